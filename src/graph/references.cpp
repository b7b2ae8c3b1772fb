// Cross-references and duplicate ids, checked once includes are flattened.
#include "regsim/graph/references.hpp"

#include <map>
#include <set>
#include <string_view>

#include "overlay.hpp"
#include "support/id_index.hpp"
#include "support/suggest.hpp"

namespace regsim::graph::detail {

using support::did_you_mean;
namespace {

template <typename Items, typename GetId>
void check_duplicates(const Items& items, std::string_view what, GetId get_id,
                      Diagnostics& diagnostics) {
  support::IdIndex seen(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& item = items[i];
    const std::string& id = get_id(item);
    const auto [earlier, inserted] = seen.insert(id, static_cast<std::int32_t>(i));
    if (!inserted) {
      const SourceLocation& first = items[static_cast<std::size_t>(earlier)].where;
      report(diagnostics, item.where, "duplicate_id",
             std::string(what) + " id '" + id + "' is already used at line " +
                 std::to_string(first.line) +
                 (first.file != item.where.file ? " of " + first.file : std::string{}) +
                 "; give each a unique id");
    }
  }
}

// What references resolve against: hash sets of views into the pathway (a 2,000-task file
// checked with ordered sets of copied strings spent more time here than in scheduling).
struct Known {
  explicit Known(const model::Pathway& defined) : pathway(defined), tasks(defined.tasks.size()) {
    for (std::size_t i = 0; i < defined.tasks.size(); ++i)
      tasks.insert(defined.tasks[i].id, static_cast<std::int32_t>(i));
    scenario_tasks = tasks;
    for (const auto& [name, calendar] : defined.sittings)
      sittings.insert(name);
    const auto add_overlay = [this](const model::Scenario& overlay) {
      for (const auto& task : overlay.add)
        scenario_tasks.insert(task.id, 0);
      for (const auto& [name, calendar] : overlay.sittings)
        sittings.insert(name);
    };
    for (const auto& scenario : defined.scenarios) {
      add_overlay(scenario);
      for (const auto& lever : scenario.levers)
        add_overlay(lever);
    }
    for (const auto& pool : defined.resources) {
      capacity.emplace(pool.id, pool.capacity);
      pool_ids.push_back(pool.id);
    }
    for (const auto& source : defined.sources) {
      sources.insert(source.id);
      source_ids.push_back(source.id);
    }
  }

  // Only a misspelt name needs the list of them all, for the suggestion.
  std::vector<std::string> task_ids() const {
    std::vector<std::string> ids;
    for (const auto& task : pathway.tasks)
      ids.push_back(task.id);
    return ids;
  }

  const model::Pathway& pathway;
  support::IdIndex tasks;
  support::IdIndex scenario_tasks;
  std::set<std::string, std::less<>> sittings;  // few; sorted for the suggestion
  std::map<std::string, int, std::less<>> capacity;
  std::vector<std::string> pool_ids;
  std::set<std::string, std::less<>> sources;
  std::vector<std::string> source_ids;
};

void check_dependencies(const model::Pathway& pathway, const Known& known,
                        Diagnostics& diagnostics) {
  for (const auto& dependency : pathway.dependencies) {
    for (const auto* end : {&dependency.from, &dependency.to}) {
      if (!known.tasks.contains(*end)) {
        report(diagnostics, dependency.where, "unknown_task",
               "dependency names task '" + *end + "', which does not exist" +
                   did_you_mean(*end, known.task_ids()));
      }
    }
    if (dependency.from == dependency.to) {
      report(diagnostics, dependency.where, "self_dependency",
             "task '" + dependency.from + "' cannot depend on itself; remove this line");
    }
  }
}

void check_pool(const Reference& ref, const Known& known, Diagnostics& diagnostics) {
  auto pool = known.capacity.find(ref.name);
  if (pool == known.capacity.end()) {
    report(diagnostics, ref.where, "unknown_pool",
           ref.used_by + " needs pool '" + ref.name + "', which is not under " + "'resources'" +
               did_you_mean(ref.name, known.pool_ids));
  } else if (!ref.in_scenario && ref.units > pool->second) {
    report(diagnostics, ref.where, "needs_exceed_capacity",
           ref.used_by + " needs " + std::to_string(ref.units) + " units of '" + ref.name +
               "', which has only " + std::to_string(pool->second) + "; it could never start");
  }
}

void check_reference(const Reference& ref, const Known& known, Diagnostics& diagnostics) {
  switch (ref.kind) {
    case ReferenceKind::task:
      if (!(ref.in_scenario ? known.scenario_tasks : known.tasks).contains(ref.name)) {
        report(diagnostics, ref.where, "unknown_task",
               ref.used_by + " names task '" + ref.name + "', which does not exist" +
                   did_you_mean(ref.name, known.task_ids()));
      }
      break;
    case ReferenceKind::pool:
      check_pool(ref, known, diagnostics);
      break;
    case ReferenceKind::sittings:
      if (!known.sittings.contains(ref.name)) {
        std::vector<std::string> names(known.sittings.begin(), known.sittings.end());
        report(diagnostics, ref.where, "unknown_sittings",
               ref.used_by + " waits for sittings '" + ref.name +
                   "', which are not under 'sittings'" + did_you_mean(ref.name, names));
      }
      break;
    case ReferenceKind::source:
      if (!known.sources.contains(ref.name)) {
        report(diagnostics, ref.where, "unknown_source",
               ref.used_by + " cites source '" + ref.name + "', which is not under 'sources'" +
                   did_you_mean(ref.name, known.source_ids));
      }
      break;
    case ReferenceKind::calendar:
      break;  // resolved (and reported) when calendars are loaded
  }
}

}  // namespace

}  // namespace regsim::graph::detail

namespace regsim::graph {

std::vector<Diagnostic> check_references(const model::Pathway& pathway,
                                         const std::vector<Reference>& references,
                                         std::size_t max_extends_depth) {
  using namespace detail;
  Diagnostics diagnostics;

  check_duplicates(
      pathway.tasks, "task", [](const auto& t) -> const std::string& { return t.id; }, diagnostics);
  check_duplicates(
      pathway.resources, "pool", [](const auto& r) -> const std::string& { return r.id; },
      diagnostics);
  check_duplicates(
      pathway.deadlines, "deadline", [](const auto& d) -> const std::string& { return d.id; },
      diagnostics);
  check_duplicates(
      pathway.branches, "branch", [](const auto& b) -> const std::string& { return b.id; },
      diagnostics);
  const Known known(pathway);
  check_dependencies(pathway, known, diagnostics);
  for (const auto& ref : references)
    check_reference(ref, known, diagnostics);
  check_scenarios(pathway, max_extends_depth, diagnostics);
  return diagnostics;
}

}  // namespace regsim::graph
