#include "regsim/model/scenario.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "regsim/model/pathway.hpp"
#include "support/id_index.hpp"
#include "support/suggest.hpp"

namespace regsim::model {
namespace {

using Diagnostics = std::vector<Diagnostic>;

void report(Diagnostics& diagnostics, const SourceLocation& where, std::string id,
            std::string message) {
  diagnostics.push_back(Diagnostic{where, Severity::error, std::move(id), std::move(message)});
}

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

std::string known_scenarios(const std::vector<Scenario>& overlays) {
  std::string text(baseline_scenario);
  for (const auto& scenario : overlays)
    text += ", " + scenario.id;
  return text;
}

// " (did you mean 'x'?)" for a scenario name that is not there (the CLI's --scenario too).
std::string suggest_scenario(std::string_view name, const std::vector<Scenario>& overlays) {
  std::vector<std::string_view> ids{baseline_scenario};
  for (const auto& scenario : overlays)
    ids.push_back(scenario.id);
  return support::did_you_mean(name, ids);
}

// The scenarios to apply, base first. Empty (with diagnostics) when the chain is broken:
// nothing sensible can be applied then.
std::vector<const Scenario*> resolve_chain(const std::vector<Scenario>& overlays,
                                           const std::string& file, std::string_view scenario_id,
                                           Diagnostics& diagnostics) {
  std::unordered_map<std::string_view, const Scenario*> by_id;
  for (const auto& scenario : overlays)
    by_id.emplace(scenario.id, &scenario);

  std::vector<const Scenario*> chain;
  const auto first = by_id.find(scenario_id);
  if (first == by_id.end()) {
    report(diagnostics, SourceLocation{file, 0, 0}, "unknown_scenario",
           "no scenario " + quoted(scenario_id) + suggest_scenario(scenario_id, overlays) +
               " (known: " + known_scenarios(overlays) + ")");
    return {};
  }
  chain.push_back(first->second);
  // Iterative walk: a chain is at most as long as the list of scenarios.
  while (!chain.back()->extends.empty() && chain.back()->extends != baseline_scenario) {
    const Scenario& current = *chain.back();
    const auto next = by_id.find(current.extends);
    if (next == by_id.end()) {
      report(diagnostics, current.where, "unknown_scenario",
             "scenario " + quoted(current.id) + " extends " + quoted(current.extends) +
                 ", which does not exist" + suggest_scenario(current.extends, overlays) +
                 " (known: " + known_scenarios(overlays) + ")");
      return {};
    }
    const auto loop_start = std::find(chain.begin(), chain.end(), next->second);
    if (loop_start != chain.end()) {
      std::string path;
      for (auto it = loop_start; it != chain.end(); ++it)
        path += (*it)->id + " -> ";
      path += next->second->id;
      report(diagnostics, current.where, "scenario_cycle",
             "scenarios extend each other in a loop: " + path);
      return {};
    }
    chain.push_back(next->second);
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

// Which overlay entry last set a task's needs or a pool's capacity, so that a need the
// overlays make too large is reported where the overlay did it.
// Names and positions point into the scenarios being applied, which outlive it.
struct Blame {
  std::unordered_map<std::string_view, const SourceLocation*> task_needs;
  std::unordered_map<std::string_view, const SourceLocation*> pool_capacity;
  /// Tasks whose kind, duration or sittings an overlay set (or that it added).
  std::unordered_map<std::string_view, const SourceLocation*> task_shape;
};

// Applies one overlay in the documented order, collecting what does not fit.
class OverlayApplier {
 public:
  OverlayApplier(Pathway& pathway, const Scenario& scenario, Diagnostics& diagnostics, Blame& blame)
      : pathway_(pathway), scenario_(scenario), diagnostics_(diagnostics), blame_(blame) {}

  void apply() {
    index_tasks();
    remove_tasks();
    skip_tasks();
    change_tasks();
    add_tasks();
    remove_dependencies();
    add_dependencies();
    change_capacities();
    if (scenario_.calendar) {
      if (check_calendar(*scenario_.calendar, scenario_.where)) {
        pathway_.calendar = *scenario_.calendar;
      }
    }
    if (scenario_.convention) pathway_.convention = *scenario_.convention;
    for (const auto& [name, sittings] : scenario_.sittings) {
      pathway_.sittings.insert_or_assign(name, sittings);
    }
    if (scenario_.start) pathway_.start = scenario_.start;
    // Sitting names are checked last: this overlay's own `sittings` may define them.
    for (const auto& [name, where] : sittings_to_check_) {
      if (pathway_.sittings.find(name) == pathway_.sittings.end()) {
        report(diagnostics_, where, "unknown_sittings",
               in_scenario() + "no sitting calendar " + quoted(name));
      }
    }
  }

 private:
  std::string in_scenario() const { return "scenario " + quoted(scenario_.id) + ": "; }

  // The index holds views of the task ids, which move with the tasks: it is rebuilt after
  // remove_tasks, and the room reserved here lets add_tasks append without moving any.
  void index_tasks() {
    pathway_.tasks.reserve(pathway_.tasks.size() + scenario_.add.size());
    index_ = support::IdIndex(pathway_.tasks.size() + scenario_.add.size());
    for (std::size_t i = 0; i < pathway_.tasks.size(); ++i)
      index_.insert(pathway_.tasks[i].id, static_cast<std::int32_t>(i));
  }

  Task* task(std::string_view id) {
    const std::int32_t found = index_.find(id);
    return found < 0 ? nullptr : &pathway_.tasks[static_cast<std::size_t>(found)];
  }

  void unknown_task(const SourceLocation& where, std::string_view verb, const std::string& id) {
    report(diagnostics_, where, "unknown_task",
           in_scenario() + std::string(verb) + " task " + quoted(id) + ", which does not exist");
  }

  void remove_tasks() {
    if (scenario_.remove.empty()) return;
    std::unordered_map<std::string, const TaskRef*> removed;
    for (const auto& ref : scenario_.remove) {
      if (!task(ref.id) || removed.count(ref.id)) {
        unknown_task(ref.where, "removes", ref.id);
        continue;
      }
      removed.emplace(ref.id, &ref);
    }
    if (removed.empty()) return;
    auto& tasks = pathway_.tasks;
    tasks.erase(std::remove_if(tasks.begin(), tasks.end(),
                               [&](const Task& t) { return removed.count(t.id) != 0; }),
                tasks.end());
    auto& dependencies = pathway_.dependencies;
    dependencies.erase(std::remove_if(dependencies.begin(), dependencies.end(),
                                      [&](const Dependency& d) {
                                        return removed.count(d.from) || removed.count(d.to);
                                      }),
                       dependencies.end());
    index_tasks();
    // Deadlines, branches and rework loops cannot measure from or return to a task that
    // no longer exists; say so at the overlay line rather than later at the deadline.
    // `by` names the user; it is only spelt out when there is something to report.
    const auto still_named = [&](const std::string& id, std::string_view by_kind,
                                 const std::string& by_id) {
      const auto found = removed.find(id);
      if (found == removed.end()) return;
      report(diagnostics_, found->second->where, "unknown_task",
             in_scenario() + "removes task " + quoted(id) + ", but " + std::string(by_kind) +
                 quoted(by_id) + " names it; use `skip` to keep it as a pass-through");
    };
    if (removed.empty()) return;
    for (const auto& deadline : pathway_.deadlines) {
      still_named(deadline.from, "deadline ", deadline.id);
      if (deadline.to != deadline.from) still_named(deadline.to, "deadline ", deadline.id);
    }
    for (const auto& branch : pathway_.branches) {
      for (const auto& outcome : branch.outcomes) {
        still_named(outcome.task, "branch ", branch.id);
      }
    }
    for (const auto& t : tasks) {
      if (t.rework) still_named(t.rework->restart, "the rework of task ", t.id);
    }
  }

  void skip_tasks() {
    for (const auto& ref : scenario_.skip) {
      Task* skipped = task(ref.id);
      if (!skipped) {
        unknown_task(ref.where, "skips", ref.id);
        continue;
      }
      // A skipped task behaves as one whose probability did not come up: it stays in the
      // graph so that its dependencies still pass through, takes no time, holds no pool
      // and repeats nothing.
      skipped->probability = 0;
      skipped->duration.distribution = Fixed{0};
      skipped->needs.clear();
      skipped->rework.reset();
    }
  }

  bool check_calendar(const std::string& name, const SourceLocation& where) {
    if (name == "weekdays" || pathway_.calendars.find(name) != pathway_.calendars.end()) {
      return true;
    }
    report(diagnostics_, where, "unknown_calendar",
           in_scenario() + "calendar " + quoted(name) + " is not loaded into the pathway");
    return false;
  }

  bool check_needs(const std::vector<ResourceNeed>& needs, const SourceLocation& where) {
    bool ok = true;
    for (const auto& need : needs) {
      const bool known =
          std::any_of(pathway_.resources.begin(), pathway_.resources.end(),
                      [&](const ResourcePool& pool) { return pool.id == need.pool; });
      if (!known) {
        report(diagnostics_, where, "unknown_pool",
               in_scenario() + "no resource pool " + quoted(need.pool));
        ok = false;
      }
    }
    return ok;
  }

  // Names a task refers to that must exist once the overlay is applied.
  void check_references(const Task& t, const SourceLocation& where) {
    if (!t.calendar.empty()) check_calendar(t.calendar, where);
    check_needs(t.needs, where);
    if (!t.sittings.empty()) sittings_to_check_.emplace_back(t.sittings, where);
  }

  void change_tasks() {
    for (const auto& patch : scenario_.change) {
      Task* changed = task(patch.id);
      if (!changed) {
        unknown_task(patch.where, "changes", patch.id);
        continue;
      }
      if (patch.kind || patch.duration || patch.sittings) {
        blame_.task_shape.insert_or_assign(patch.id, &patch.where);
      }
      if (patch.name) changed->name = *patch.name;
      if (patch.owner) changed->owner = *patch.owner;
      if (patch.kind) changed->kind = *patch.kind;
      if (patch.duration) changed->duration = *patch.duration;
      if (patch.clock_runs) changed->clock_runs = *patch.clock_runs;
      if (patch.calendar && check_calendar(*patch.calendar, patch.where)) {
        changed->calendar = *patch.calendar;
      }
      if (patch.convention) changed->convention = *patch.convention;
      if (patch.needs && check_needs(*patch.needs, patch.where)) {
        changed->needs = *patch.needs;
        blame_.task_needs.insert_or_assign(patch.id, &patch.where);
      }
      if (patch.sittings) {
        changed->sittings = *patch.sittings;
        sittings_to_check_.emplace_back(*patch.sittings, patch.where);
      }
      if (patch.probability) changed->probability = *patch.probability;
      if (patch.rework) changed->rework = *patch.rework;
      if (patch.note) changed->note = *patch.note;
    }
  }

  void add_tasks() {
    for (const auto& added : scenario_.add) {
      if (task(added.id)) {
        report(diagnostics_, added.where, "duplicate_id",
               in_scenario() + "adds task " + quoted(added.id) + ", which already exists");
        continue;
      }
      check_references(added, added.where);
      if (!added.needs.empty()) blame_.task_needs.insert_or_assign(added.id, &added.where);
      blame_.task_shape.insert_or_assign(added.id, &added.where);
      pathway_.tasks.push_back(added);
      index_.insert(pathway_.tasks.back().id, static_cast<std::int32_t>(pathway_.tasks.size() - 1));
    }
  }

  void remove_dependencies() {
    for (const auto& ref : scenario_.remove_dependencies) {
      const bool from_known = task(ref.from) != nullptr;
      const bool to_known = task(ref.to) != nullptr;
      if (!from_known) unknown_task(ref.where, "removes a dependency from", ref.from);
      if (!to_known) unknown_task(ref.where, "removes a dependency to", ref.to);
      if (!from_known || !to_known) continue;
      auto& dependencies = pathway_.dependencies;
      const auto kept =
          std::remove_if(dependencies.begin(), dependencies.end(),
                         [&](const Dependency& d) { return d.from == ref.from && d.to == ref.to; });
      if (kept == dependencies.end()) {
        report(diagnostics_, ref.where, "unknown_dependency",
               in_scenario() + "removes dependency " + quoted(ref.from + " -> " + ref.to) +
                   ", which does not exist");
      }
      dependencies.erase(kept, dependencies.end());
    }
  }

  void add_dependencies() {
    for (const auto& dependency : scenario_.add_dependencies) {
      const bool from_known = task(dependency.from) != nullptr;
      const bool to_known = task(dependency.to) != nullptr;
      if (!from_known) unknown_task(dependency.where, "adds a dependency from", dependency.from);
      if (!to_known) unknown_task(dependency.where, "adds a dependency to", dependency.to);
      if (from_known && to_known) pathway_.dependencies.push_back(dependency);
    }
  }

  void change_capacities() {
    for (const auto& [pool_id, capacity] : scenario_.capacities) {
      // An init-capture, not [&]: clang before 16 cannot capture a structured binding,
      // and the fuzz build uses clang 14.
      const auto pool = std::find_if(pathway_.resources.begin(), pathway_.resources.end(),
                                     [&id = pool_id](const ResourcePool& p) { return p.id == id; });
      if (pool == pathway_.resources.end()) {
        report(diagnostics_, scenario_.where, "unknown_pool",
               in_scenario() + "changes the capacity of " + quoted(pool_id) +
                   ", which is not a resource pool");
      } else if (capacity < 1) {
        report(diagnostics_, scenario_.where, "bad_capacity",
               in_scenario() + "the capacity of " + quoted(pool_id) + " must be at least 1, not " +
                   std::to_string(capacity));
      } else {
        pool->capacity = capacity;
        blame_.pool_capacity.insert_or_assign(pool_id, &scenario_.where);
      }
    }
  }

  Pathway& pathway_;
  const Scenario& scenario_;
  Diagnostics& diagnostics_;
  Blame& blame_;
  support::IdIndex index_;
  std::vector<std::pair<std::string, SourceLocation>> sittings_to_check_;
};

// A need larger than its pool can never be met. Only needs or capacities an overlay set
// are checked here: the file's own are the reader's to report.
void check_capacities(const Pathway& pathway, const std::string& scenario_id, const Blame& blame,
                      Diagnostics& diagnostics) {
  for (const auto& task : pathway.tasks) {
    for (const auto& need : task.needs) {
      const auto pool = std::find_if(pathway.resources.begin(), pathway.resources.end(),
                                     [&](const ResourcePool& p) { return p.id == need.pool; });
      if (pool == pathway.resources.end() || need.units <= pool->capacity) continue;
      const auto by_task = blame.task_needs.find(task.id);
      const auto by_pool = blame.pool_capacity.find(need.pool);
      if (by_task == blame.task_needs.end() && by_pool == blame.pool_capacity.end()) continue;
      const SourceLocation& where =
          *(by_task != blame.task_needs.end() ? by_task->second : by_pool->second);
      report(diagnostics, where, "needs_exceed_capacity",
             "scenario " + quoted(scenario_id) + ": task " + quoted(task.id) + " needs " +
                 std::to_string(need.units) + " of " + quoted(need.pool) + ", which has " +
                 std::to_string(pool->capacity));
    }
  }
}

// Kind, duration and sittings must still agree after an overlay changed one of them
// (a task turned into a decision needs a sitting calendar; a milestone takes no time).
void check_shapes(const Pathway& pathway, const std::string& scenario_id, const Blame& blame,
                  Diagnostics& diagnostics) {
  for (const auto& task : pathway.tasks) {
    const auto touched = blame.task_shape.find(task.id);
    if (touched == blame.task_shape.end()) continue;
    const auto prefix = [&] {
      return "scenario " + quoted(scenario_id) + ": task " + quoted(task.id);
    };
    if (task.kind == TaskKind::decision && task.sittings.empty()) {
      report(diagnostics, *touched->second, "decision_without_sittings",
             prefix() + " is a decision but names no sitting calendar");
    }
    const auto* fixed = std::get_if<Fixed>(&task.duration.distribution);
    if (task.kind == TaskKind::milestone && !(fixed && fixed->value == 0)) {
      report(diagnostics, *touched->second, "milestone_duration",
             prefix() + " is a milestone and must have a zero duration");
    }
  }
}

}  // namespace

Pathway apply_scenario(const Pathway& pathway, std::string_view scenario_id) {
  return apply_scenario(Pathway(pathway), scenario_id);
}

Pathway apply_scenario(Pathway&& pathway, std::string_view scenario_id) {
  // The overlays leave the pathway first; the chain points into them while they apply.
  const std::vector<Scenario> overlays = std::move(pathway.scenarios);
  pathway.scenarios.clear();
  return apply_scenario(std::move(pathway), overlays, scenario_id);
}

Pathway apply_scenario(Pathway&& pathway, const std::vector<Scenario>& overlays,
                       std::string_view scenario_id) {
  Pathway result = std::move(pathway);
  result.scenarios.clear();
  if (scenario_id.empty() || scenario_id == baseline_scenario) {
    result.scenario = baseline_scenario;
    return result;
  }
  Diagnostics diagnostics;
  const auto chain = resolve_chain(overlays, result.file, scenario_id, diagnostics);
  Blame blame;
  for (const Scenario* scenario : chain) {
    OverlayApplier(result, *scenario, diagnostics, blame).apply();
  }
  if (result.tasks.empty() && !chain.empty()) {
    report(diagnostics, chain.back()->where, "missing_key",
           "scenario " + quoted(scenario_id) +
               " removes every task; a scenario must leave at "
               "least one");
  }
  check_capacities(result, std::string(scenario_id), blame, diagnostics);
  check_shapes(result, std::string(scenario_id), blame, diagnostics);
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
  result.scenario = std::string(scenario_id);
  return result;
}

std::vector<std::string> scenario_ids(const Pathway& pathway) {
  std::vector<std::string> ids{baseline_scenario};
  for (const auto& scenario : pathway.scenarios)
    ids.push_back(scenario.id);
  return ids;
}

}  // namespace regsim::model
