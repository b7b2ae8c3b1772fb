// Overlays checked against the flattened pathway: extends chains, the tasks, dependencies
// and pools they name. Lenient where only applying can tell (a task added by another
// scenario counts as known); graph::apply_scenario is exact.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "overlay.hpp"
#include "regsim/graph/references.hpp"
#include "support/id_index.hpp"
#include "support/suggest.hpp"

namespace regsim::graph::detail {

using support::did_you_mean;
namespace {

// A loop of extends, named from its first scenario in file order (a long loop shortened).
template <typename Parent>
void report_loop(const std::vector<model::Scenario>& scenarios, std::size_t head,
                 const Parent& parent, Diagnostics& diagnostics) {
  std::string chain = scenarios[head].id;
  std::size_t length = 1;
  for (std::size_t i = *parent(head); i != head; i = *parent(i)) {
    if (++length <= 8) chain += " -> " + scenarios[i].id;
  }
  if (length > 8) chain += " -> ... (" + std::to_string(length) + " scenarios)";
  report(diagnostics, scenarios[head].where, "scenario_cycle",
         "scenarios extend each other in a loop: " + chain + " -> " + scenarios[head].id +
             "; one of them must extend the baseline");
}

// Every extends chain in one pass, linear in the number of scenarios: each scenario is
// walked once, its depth (scenarios in its chain, itself included) kept for the walks
// that reach it later. A loop is reported once, at its first scenario in file order; a
// chain deeper than `max_depth` once, at the scenario that crosses the limit.
void check_chains(const std::vector<model::Scenario>& scenarios, std::size_t max_depth,
                  Diagnostics& diagnostics) {
  constexpr std::size_t unknown = 0, walking = 1, looped = 2, depth0 = 3;  // depth d: 3 + d
  std::unordered_map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < scenarios.size(); ++i)
    index.emplace(scenarios[i].id, i);
  const auto parent = [&](std::size_t i) -> std::optional<std::size_t> {
    const auto found = index.find(scenarios[i].extends);
    if (found == index.end()) return std::nullopt;  // the baseline, or unknown (reported)
    return found->second;
  };
  std::vector<std::size_t> state(scenarios.size(), unknown);
  std::vector<std::size_t> path;
  for (std::size_t first = 0; first < scenarios.size(); ++first) {
    path.clear();
    std::optional<std::size_t> at = first;
    while (at && state[*at] == unknown) {
      state[*at] = walking;
      path.push_back(*at);
      at = parent(*at);
    }
    std::size_t below = 0;  // scenarios below the path's last one
    bool in_loop = at && state[*at] == looped;
    if (at && state[*at] == walking) {
      report_loop(scenarios,
                  *std::min_element(std::find(path.begin(), path.end(), *at), path.end()), parent,
                  diagnostics);
      in_loop = true;
    } else if (at && !in_loop) {
      below = state[*at] - depth0;
    }
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      if (in_loop) {
        state[*it] = looped;  // in the loop or leading into it: reported once
        continue;
      }
      state[*it] = depth0 + ++below;
      if (below == max_depth + 1) {
        report(diagnostics, scenarios[*it].where, "extends_too_deep",
               "scenario '" + scenarios[*it].id + "' extends a chain of " +
                   std::to_string(max_depth) + " scenarios, the limit; extend one " +
                   "nearer the baseline");
      }
    }
  }
}

void check_extends(const model::Pathway& pathway, std::size_t max_extends_depth,
                   Diagnostics& diagnostics) {
  std::map<std::string, const model::Scenario*> by_id;
  std::vector<std::string> ids;
  for (const auto& scenario : pathway.scenarios) {
    by_id.emplace(scenario.id, &scenario);
    ids.push_back(scenario.id);
  }
  for (const auto& scenario : pathway.scenarios) {
    if (scenario.extends.empty() || scenario.extends == model::baseline_scenario) continue;
    if (!by_id.contains(scenario.extends)) {
      report(diagnostics, scenario.where, "unknown_scenario",
             "scenario '" + scenario.id + "' extends '" + scenario.extends +
                 "', which is not under 'scenarios'" + did_you_mean(scenario.extends, ids));
    }
  }
  check_chains(pathway.scenarios, max_extends_depth, diagnostics);
}

}  // namespace

void check_scenarios(const model::Pathway& pathway, std::size_t max_extends_depth,
                     Diagnostics& diagnostics) {
  check_extends(pathway, max_extends_depth, diagnostics);
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
    report(diagnostics, where, "unknown_task",
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
        report(diagnostics, ref.where, "unknown_dependency",
               "scenario '" + scenario.id + "' removes the dependency " + ref.from + " -> " +
                   ref.to + ", which does not exist");
      }
    }
    for (const auto& [pool, capacity] : scenario.capacities) {
      if (pools.contains(pool)) continue;
      report(diagnostics, scenario.where, "unknown_pool",
             "scenario '" + scenario.id + "' sets the capacity of pool '" + pool +
                 "', which is not under 'resources'" + did_you_mean(pool, pool_ids));
    }
  }
}

}  // namespace regsim::graph::detail
