#include "regsim/graph/scenario.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "overlay.hpp"
#include "regsim/model/pathway.hpp"
#include "support/suggest.hpp"

namespace regsim::graph {

using model::baseline_scenario;
using model::Pathway;
using model::Scenario;
namespace {

using detail::Diagnostics;
using detail::quoted;
using detail::report;

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
  detail::Blame blame;
  for (const Scenario* scenario : chain) {
    detail::apply_overlay(result, *scenario, diagnostics, blame);
    for (const Scenario& lever : scenario->levers)
      detail::apply_overlay(result, lever, diagnostics, blame);
  }
  if (result.tasks.empty() && !chain.empty()) {
    report(diagnostics, chain.back()->where, "missing_key",
           "scenario " + quoted(scenario_id) +
               " removes every task; a scenario must leave at "
               "least one");
  }
  detail::check_overlaid(result, std::string(scenario_id), blame, diagnostics);
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
  result.scenario = std::string(scenario_id);
  return result;
}

}  // namespace regsim::graph
