// Attribution of a scenario's change to its levers: `regsim explain` (docs/cli.md).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "regsim/model/pathway.hpp"
#include "regsim/sim/processes.hpp"

namespace regsim::analysis {

/// One lever of the explained scenario (model::Scenario::levers), or the own changes of a
/// scenario in its extends chain (id: the scenario's id), which count as one lever.
struct LeverInfo {
  std::string id;
  std::string title;
  std::vector<std::string> sources;
  std::string estimate;  ///< the lever's unsourced figures and their range
  std::string scenario;  ///< the scenario of the chain that holds it
  friend bool operator==(const LeverInfo&, const LeverInfo&) = default;
};

/// The change from the baseline to the scenario in one measure (the deterministic end, or
/// a percentile of the Monte Carlo end), split lever by lever.
struct Waterfall {
  std::string measure;       ///< "deterministic", "P50" or "P80"
  double baseline_days = 0;  ///< the measure with no lever
  double scenario_days = 0;  ///< the measure with every lever
  /// [lever]: the change when the lever is added after the ones before it, in the order
  /// given (the scenario's chain base first, each scenario's own changes before its levers).
  std::vector<double> in_order;
  /// [lever]: its Shapley value, the mean of its in-order change over all n! orders.
  std::vector<double> shapley;
  /// scenario_days - baseline_days: what both columns sum to (the Shapley values exactly
  /// up to rounding of the division by n!).
  double total_days() const { return scenario_days - baseline_days; }
  friend bool operator==(const Waterfall&, const Waterfall&) = default;
};

/// What `regsim explain` shows.
struct Explanation {
  std::string pathway_id;
  std::string pathway_title;
  std::string scenario_id;
  std::string scenario_title;
  std::vector<LeverInfo> levers;
  std::vector<Waterfall> waterfalls;  ///< deterministic, then P50 and P80 with runs
  std::int64_t runs = 0;              ///< 0: deterministic only
  std::uint64_t seed = 0;
  std::size_t schedules = 0;  ///< lever subsets scheduled (2^n)
  /// ExplainOptions::portfolio: P50 and P80 are of the lead time per application over the
  /// portfolio's runs, applications arriving after `warmup_days` (sim::PortfolioOptions).
  bool portfolio = false;
  std::int32_t warmup_days = 0;
  double applications_per_run = 0;  ///< counted applications per run, mean (all levers)
  friend bool operator==(const Explanation&, const Explanation&) = default;
};

/// The most levers explained (2^n subsets are scheduled, n! orders averaged exactly).
inline constexpr std::size_t max_explained_levers = 10;

/// How to explain.
struct ExplainOptions {
  std::int64_t runs = 0;  ///< > 0: also P50 and P80 over that many Monte Carlo runs
  std::uint64_t seed = 1;
  int threads = 1;
  const std::atomic<bool>* cancel = nullptr;  ///< sim::MonteCarloOptions::cancel
  /// Processes sharing each subset's runs (docs/scale-out.md). Only process 0 receives
  /// them (sim::Gather::first_process): the P50 and P80 of the others are not the result.
  const sim::Processes* processes = nullptr;
  /// Attribute the lead time of the pathway's `portfolio:` (many applications queueing for
  /// the pools, sim::run_portfolio_monte_carlo) instead of one application's end: P50 and
  /// P80 over every counted application of `runs` portfolio runs. Every subset runs with
  /// the same seed, so it sees the same arrivals and, where its levers keep each task's
  /// count of random numbers, the same durations (docs/cli.md). Needs runs > 0.
  bool portfolio = false;
  std::int32_t warmup_days = 0;  ///< sim::PortfolioOptions::warmup_days
};

/// Explains scenario `scenario_id` of `pathway` (as read, its overlays inside): the levers
/// of its extends chain (base first; a scenario's own changes, when it has any, count as
/// one lever named after it), each subset of them scheduled once on the pathway (the
/// levers applied in their order), the in-order and Shapley attributions of the end's
/// calendar days. With runs, each subset also runs `runs` Monte Carlo replications with
/// common random numbers (sim::MonteCarloOptions::common_random_numbers) and the same
/// seed, and P50 and P80 are attributed likewise (with options.portfolio, those of the
/// portfolio's lead time per application). Throws InputError for an unknown
/// scenario, for more than max_explained_levers levers (too_many_levers), and what applying
/// a subset throws (a lever that needs another, e.g. changes a task another adds).
Explanation explain(const model::Pathway& pathway, const std::string& scenario_id,
                    const ExplainOptions& options = {});

/// Shapley values of a set function over n players given as `value[mask]` for every
/// subset mask in [0, 2^n): player i's mean marginal contribution over all orders.
/// Computed as sum over subsets S without i of |S|! (n-|S|-1)! (v(S+i) - v(S)), divided by
/// n! once at the end, so the values sum to value[2^n - 1] - value[0] up to that division.
std::vector<double> shapley_values(const std::vector<double>& value, std::size_t n);

/// The in-order attribution: value[first i+1 players] - value[first i players].
std::vector<double> in_order_values(const std::vector<double>& value, std::size_t n);

}  // namespace regsim::analysis
