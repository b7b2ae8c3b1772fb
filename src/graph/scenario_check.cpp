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

// Every overlay of every scenario: its own changes, then its levers, as visit(scenario, overlay).
template <typename Visit>
void for_each_overlay(const model::Pathway& pathway, Visit visit) {
  for (const auto& scenario : pathway.scenarios) {
    visit(scenario, scenario);
    for (const auto& lever : scenario.levers)
      visit(scenario, lever);
  }
}

// A scenario's levers: unique ids (explain names them), each sourced or estimated.
void check_levers(const model::Scenario& scenario, Diagnostics& diagnostics) {
  std::map<std::string_view, const model::Scenario*> seen;
  for (const auto& lever : scenario.levers) {
    const auto [earlier, inserted] = seen.emplace(lever.id, &lever);
    if (!inserted) {
      report(diagnostics, lever.where, "duplicate_id",
             "scenario '" + scenario.id + "' has two levers '" + lever.id +
                 "' (the first at line " + std::to_string(earlier->second->where.line) +
                 "); give each a unique id");
    }
    if (lever.sources.empty() && lever.estimate.empty()) {
      report(diagnostics, lever.where, "unsourced_lever",
             "lever '" + lever.id + "' of scenario '" + scenario.id +
                 "' has neither 'sources' nor 'estimate'; cite what announced the measure, or "
                 "say what is estimated and its plausible range");
    }
  }
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
  bool removes_dependencies = false;
  for_each_overlay(pathway, [&](const model::Scenario&, const model::Scenario& overlay) {
    removes_dependencies = removes_dependencies || !overlay.remove_dependencies.empty();
  });
  std::unordered_set<std::pair<std::string_view, std::string_view>, PairHash> dependencies;
  if (removes_dependencies) {
    dependencies.reserve(pathway.dependencies.size());
    for (const auto& d : pathway.dependencies)
      dependencies.emplace(d.from, d.to);
  }
  for_each_overlay(pathway, [&](const model::Scenario&, const model::Scenario& overlay) {
    for (const auto& task : overlay.add)
      tasks.insert(task.id, 0);
    if (!removes_dependencies) return;
    for (const auto& d : overlay.add_dependencies)
      dependencies.emplace(d.from, d.to);
  });
  std::vector<std::string> pool_ids;
  for (const auto& pool : pathway.resources)
    pool_ids.push_back(pool.id);
  const std::set<std::string, std::less<>> pools(pool_ids.begin(), pool_ids.end());
  auto check_task = [&](const std::string& id, const SourceLocation& where,
                        const std::string& scenario) {
    if (tasks.contains(id)) return;
    std::vector<std::string> task_ids;  // only a misspelt name needs them, for a suggestion
    for (const auto& task : pathway.tasks)
      task_ids.push_back(task.id);
    report(
        diagnostics, where, "unknown_task",
        scenario + " names task '" + id + "', which does not exist" + did_you_mean(id, task_ids));
  };
  for_each_overlay(pathway, [&](const model::Scenario& scenario, const model::Scenario& overlay) {
    const std::string who = &scenario == &overlay
                                ? "scenario '" + scenario.id + "'"
                                : "lever '" + overlay.id + "' of scenario '" + scenario.id + "'";
    for (const auto& ref : overlay.remove)
      check_task(ref.id, ref.where, who);
    for (const auto& ref : overlay.skip)
      check_task(ref.id, ref.where, who);
    for (const auto& patch : overlay.change)
      check_task(patch.id, patch.where, who);
    for (const auto& d : overlay.add_dependencies) {
      check_task(d.from, d.where, who);
      check_task(d.to, d.where, who);
    }
    for (const auto& ref : overlay.remove_dependencies) {
      if (!dependencies.contains({std::string_view(ref.from), std::string_view(ref.to)})) {
        report(diagnostics, ref.where, "unknown_dependency",
               who + " removes the dependency " + ref.from + " -> " + ref.to +
                   ", which does not exist");
      }
    }
    for (const auto& [pool, capacity] : overlay.capacities) {
      if (pools.contains(pool)) continue;
      report(diagnostics, overlay.where, "unknown_pool",
             who + " sets the capacity of pool '" + pool + "', which is not under 'resources'" +
                 did_you_mean(pool, pool_ids));
    }
  });
  for (const auto& scenario : pathway.scenarios)
    check_levers(scenario, diagnostics);
}

}  // namespace regsim::graph::detail
