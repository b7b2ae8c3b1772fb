// Overlays checked against the flattened pathway: extends chains, the tasks, dependencies
// and pools they name. Lenient where only applying can tell (a task added by another
// scenario counts as known); model::apply_scenario is exact.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

#include "document.hpp"
#include "support/id_index.hpp"
#include "support/suggest.hpp"

namespace regsim::io::detail {

using support::did_you_mean;
namespace {

void check_extends(const model::Pathway& pathway, ReadContext& context) {
  std::map<std::string, const model::Scenario*> by_id;
  std::vector<std::string> ids;
  for (const auto& scenario : pathway.scenarios) {
    by_id.emplace(scenario.id, &scenario);
    ids.push_back(scenario.id);
  }
  for (const auto& scenario : pathway.scenarios) {
    if (scenario.extends.empty() || scenario.extends == model::baseline_scenario) continue;
    if (!by_id.contains(scenario.extends)) {
      context.error(scenario.where, "unknown_scenario",
                    "scenario '" + scenario.id + "' extends '" + scenario.extends +
                        "', which is not under 'scenarios'" + did_you_mean(scenario.extends, ids));
    }
  }
  // Each chain is walked at most |scenarios| steps, so a loop is found without recursion.
  std::set<std::string> reported;
  for (const auto& scenario : pathway.scenarios) {
    std::vector<std::string> chain{scenario.id};
    const model::Scenario* current = &scenario;
    while (!current->extends.empty() && chain.size() <= pathway.scenarios.size()) {
      auto next = by_id.find(current->extends);
      if (next == by_id.end()) break;
      chain.push_back(next->first);
      if (next->first == scenario.id) {
        if (reported.insert(scenario.id).second) {
          std::string path;
          for (const auto& id : chain)
            path += (path.empty() ? "" : " -> ") + id;
          for (const auto& id : chain)
            reported.insert(id);
          context.error(scenario.where, "scenario_cycle",
                        "scenarios extend each other in a loop: " + path +
                            "; one of them must extend the baseline");
        }
        break;
      }
      current = next->second;
    }
  }
}

}  // namespace

void check_scenarios(const model::Pathway& pathway, ReadContext& context) {
  check_extends(pathway, context);
  // Views into the pathway, hashed: copies in ordered sets cost more than scheduling.
  support::IdIndex tasks(pathway.tasks.size());
  for (const auto& task : pathway.tasks)
    tasks.insert(task.id, 0);
  struct PairHash {
    std::size_t operator()(const std::pair<std::string_view, std::string_view>& p) const {
      const std::hash<std::string_view> hash;
      return hash(p.first) * 31 + hash(p.second);
    }
  };
  // Only an overlay that removes dependencies needs the set of them.
  const bool removes_dependencies =
      std::any_of(pathway.scenarios.begin(), pathway.scenarios.end(),
                  [](const auto& scenario) { return !scenario.remove_dependencies.empty(); });
  std::unordered_set<std::pair<std::string_view, std::string_view>, PairHash> dependencies;
  if (removes_dependencies) {
    dependencies.reserve(pathway.dependencies.size());
    for (const auto& d : pathway.dependencies)
      dependencies.emplace(d.from, d.to);
  }
  for (const auto& scenario : pathway.scenarios) {
    for (const auto& task : scenario.add)
      tasks.insert(task.id, 0);
    if (!removes_dependencies) continue;
    for (const auto& d : scenario.add_dependencies)
      dependencies.emplace(d.from, d.to);
  }
  std::set<std::string, std::less<>> pools;
  std::vector<std::string> pool_ids;
  for (const auto& pool : pathway.resources) {
    pools.insert(pool.id);
    pool_ids.push_back(pool.id);
  }
  auto check_task = [&](const std::string& id, const SourceLocation& where,
                        const std::string& scenario) {
    if (tasks.contains(id)) return;
    std::vector<std::string> task_ids;  // only a misspelt name needs them, for a suggestion
    for (const auto& task : pathway.tasks)
      task_ids.push_back(task.id);
    context.error(where, "unknown_task",
                  "scenario '" + scenario + "' names task '" + id + "', which does not exist" +
                      did_you_mean(id, task_ids));
  };
  for (const auto& scenario : pathway.scenarios) {
    for (const auto& ref : scenario.remove)
      check_task(ref.id, ref.where, scenario.id);
    for (const auto& ref : scenario.skip)
      check_task(ref.id, ref.where, scenario.id);
    for (const auto& patch : scenario.change)
      check_task(patch.id, patch.where, scenario.id);
    for (const auto& d : scenario.add_dependencies) {
      check_task(d.from, d.where, scenario.id);
      check_task(d.to, d.where, scenario.id);
    }
    for (const auto& ref : scenario.remove_dependencies) {
      if (!dependencies.contains({std::string_view(ref.from), std::string_view(ref.to)})) {
        context.error(ref.where, "unknown_dependency",
                      "scenario '" + scenario.id + "' removes the dependency " + ref.from + " -> " +
                          ref.to + ", which does not exist");
      }
    }
    for (const auto& [pool, capacity] : scenario.capacities) {
      if (pools.contains(pool)) continue;
      context.error(scenario.where, "unknown_pool",
                    "scenario '" + scenario.id + "' sets the capacity of pool '" + pool +
                        "', which is not under 'resources'" + did_you_mean(pool, pool_ids));
    }
  }
}

}  // namespace regsim::io::detail
