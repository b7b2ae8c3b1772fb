#include "regsim/analysis/explanation.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "regsim/analysis/portfolio_summary.hpp"
#include "regsim/analysis/statistics.hpp"
#include "regsim/error.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/portfolio.hpp"
#include "regsim/sim/scheduler.hpp"

namespace regsim::analysis {
namespace {

// The scenarios of `scenario_id`'s extends chain, base first (apply_scenario has checked it).
std::vector<const model::Scenario*> chain_of(const model::Pathway& pathway,
                                             const std::string& scenario_id) {
  std::unordered_map<std::string_view, const model::Scenario*> by_id;
  for (const auto& scenario : pathway.scenarios)
    by_id.emplace(scenario.id, &scenario);
  std::vector<const model::Scenario*> chain;
  for (auto at = by_id.find(scenario_id); at != by_id.end();
       at = by_id.find(chain.back()->extends)) {
    chain.push_back(at->second);
    if (chain.size() > pathway.scenarios.size()) break;  // a loop (apply_scenario refused it)
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

// The levers of the chain as overlays of their own, with what the report says of them.
void collect_levers(const std::vector<const model::Scenario*>& chain,
                    std::vector<model::Scenario>& units, std::vector<LeverInfo>& info) {
  for (const model::Scenario* scenario : chain) {
    if (model::changes_anything(*scenario)) {
      model::Scenario own = *scenario;
      own.extends.clear();
      own.levers.clear();
      info.push_back({own.id, own.title, own.sources, own.estimate, scenario->id});
      units.push_back(std::move(own));
    }
    for (const auto& lever : scenario->levers) {
      info.push_back({lever.id, lever.title, lever.sources, lever.estimate, scenario->id});
      units.push_back(lever);
    }
  }
}

std::uint64_t factorial(std::size_t n) {
  std::uint64_t f = 1;
  for (std::size_t k = 2; k <= n; ++k)
    f *= k;
  return f;
}

struct SubsetResult {
  int days = 0;
  int p50 = 0;
  int p80 = 0;
  double applications_per_run = 0;  ///< portfolio: counted applications per run
};

// P50 and P80 of the lead time per application over the portfolio's runs, each subset with
// the same seed: the same arrivals, and the same draws where the levers keep their count.
void run_portfolio(const sim::Scheduler& scheduler, const ExplainOptions& options,
                   SubsetResult& result) {
  sim::PortfolioOptions mc;
  mc.runs = options.runs;
  mc.seed = options.seed;
  mc.threads = options.threads;
  mc.warmup_days = options.warmup_days;
  mc.cancel = options.cancel;
  // Every process ends with every subset's figures (the default gather), as each needs
  // them to build the same waterfall.
  mc.processes = options.processes;
  const sim::PortfolioSamples samples = sim::run_portfolio_monte_carlo(scheduler, mc);
  result.p50 = percentile(samples.lead_times, 50);
  result.p80 = percentile(samples.lead_times, 80);
  result.applications_per_run = static_cast<double>(samples.lead_times.total) /
                                static_cast<double>(std::max<std::int64_t>(1, options.runs));
}

// The pathway with only the levers in `mask` (in their order), scheduled and, with runs,
// replicated with common random numbers (sim::MonteCarloOptions's default).
SubsetResult run_subset(const model::Pathway& base, const std::vector<model::Scenario>& units,
                        const std::string& scenario_id, std::size_t mask,
                        const ExplainOptions& options) {
  model::Scenario subset;
  subset.id = scenario_id;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (mask & (std::size_t{1} << i)) subset.levers.push_back(units[i]);
  }
  const std::vector<model::Scenario> overlays{std::move(subset)};
  const sim::Scheduler scheduler(
      graph::apply_scenario(model::Pathway(base), overlays, scenario_id));
  SubsetResult result;
  sim::RunOptions run;
  run.measure_float = false;
  const sim::Timeline plan = scheduler.run(run);
  result.days = plan.calendar_days;
  if (options.runs > 0 && options.portfolio) {
    run_portfolio(scheduler, options, result);
  } else if (options.runs > 0) {
    sim::MonteCarloOptions mc;
    mc.runs = options.runs;
    mc.seed = options.seed;
    mc.threads = options.threads;
    mc.cancel = options.cancel;
    mc.plan = &plan;
    mc.processes = options.processes;
    mc.gather = sim::Gather::first_process;
    auto samples = sim::run_monte_carlo(scheduler, mc);
    std::sort(samples.end_days.begin(), samples.end_days.end());
    result.p50 = percentile(std::span<const int>(samples.end_days), 50);
    result.p80 = percentile(std::span<const int>(samples.end_days), 80);
  }
  return result;
}

Waterfall waterfall(std::string measure, const std::vector<double>& value, std::size_t n) {
  Waterfall w;
  w.measure = std::move(measure);
  w.baseline_days = value.front();
  w.scenario_days = value.back();
  w.in_order = in_order_values(value, n);
  w.shapley = shapley_values(value, n);
  return w;
}

}  // namespace

std::vector<double> shapley_values(const std::vector<double>& value, std::size_t n) {
  std::vector<double> weight(n == 0 ? 1 : n);  // |S|! (n - |S| - 1)! by |S|
  for (std::size_t s = 0; s < n; ++s)
    weight[s] = static_cast<double>(factorial(s) * factorial(n - s - 1));
  std::vector<double> result(n, 0.0);
  const std::size_t subsets = std::size_t{1} << n;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t bit = std::size_t{1} << i;
    double sum = 0;  // whole days times whole weights: exact in a double up to n = 10
    for (std::size_t mask = 0; mask < subsets; ++mask) {
      if (mask & bit) continue;
      const auto size = static_cast<std::size_t>(__builtin_popcountll(mask));
      sum += weight[size] * (value[mask | bit] - value[mask]);
    }
    result[i] = sum / static_cast<double>(factorial(n));
  }
  return result;
}

std::vector<double> in_order_values(const std::vector<double>& value, std::size_t n) {
  std::vector<double> result(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t before = (std::size_t{1} << i) - 1;
    result[i] = value[before | (std::size_t{1} << i)] - value[before];
  }
  return result;
}

Explanation explain(const model::Pathway& pathway, const std::string& scenario_id,
                    const ExplainOptions& options) {
  static_cast<void>(graph::apply_scenario(pathway, scenario_id));  // checks the chain
  Explanation result;
  result.pathway_id = pathway.id;
  result.pathway_title = pathway.title;
  result.scenario_id = scenario_id;
  result.runs = options.runs;
  result.seed = options.seed;
  std::vector<model::Scenario> units;
  const auto chain = chain_of(pathway, scenario_id);
  if (!chain.empty()) result.scenario_title = chain.back()->title;
  collect_levers(chain, units, result.levers);
  const std::size_t n = units.size();
  if (n > max_explained_levers) {
    throw InputError(chain.back()->where, "too_many_levers",
                     "scenario '" + scenario_id + "' has " + std::to_string(n) +
                         " levers; explain attributes at most " +
                         std::to_string(max_explained_levers) +
                         " exactly (2^n schedules): group measures into fewer levers");
  }
  model::Pathway base = pathway;
  base.scenarios.clear();
  const std::size_t subsets = std::size_t{1} << n;
  std::vector<double> days(subsets), p50(subsets), p80(subsets);
  for (std::size_t mask = 0; mask < subsets; ++mask) {
    const SubsetResult r = run_subset(base, units, scenario_id, mask, options);
    days[mask] = r.days;
    p50[mask] = r.p50;
    p80[mask] = r.p80;
    if (mask + 1 == subsets) result.applications_per_run = r.applications_per_run;
  }
  result.portfolio = options.portfolio && options.runs > 0;
  result.warmup_days = result.portfolio ? options.warmup_days : 0;
  result.schedules = subsets;
  result.waterfalls.push_back(waterfall("deterministic", days, n));
  if (options.runs > 0) {
    result.waterfalls.push_back(waterfall("P50", p50, n));
    result.waterfalls.push_back(waterfall("P80", p80, n));
  }
  return result;
}

}  // namespace regsim::analysis
