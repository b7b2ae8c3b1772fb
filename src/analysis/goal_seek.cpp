// seek_goal: bisection over one lever, each evaluation a schedule or a Monte Carlo run
// with the same seed (common random numbers), the answer verified with a fresh seed.
#include "regsim/analysis/goal_seek.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>

#include "regsim/analysis/portfolio_summary.hpp"
#include "regsim/analysis/statistics.hpp"
#include "regsim/error.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/portfolio.hpp"
#include "regsim/sim/sampling.hpp"
#include "regsim/sim/scheduler.hpp"
#include "support/suggest.hpp"

namespace regsim::analysis {
namespace {

using model::TargetKind;

constexpr double z95 = 1.96;

std::string expression(const model::GoalTarget& target) {
  switch (target.kind) {
    case TargetKind::days:
      return fmt::format("{} <= {}d", target.milestone, target.days);
    case TargetKind::percentile:
      return fmt::format("p{} of {} <= {}d", target.percentile, target.milestone, target.days);
    case TargetKind::on_time:
      return fmt::format("P({} within {}d) >= {:g}", target.milestone, target.days,
                         target.probability);
  }
  return {};
}

// A measure of `target` with nothing measured yet.
TargetMeasure blank_measure(const model::GoalTarget& target) {
  TargetMeasure measure;
  measure.expression = expression(target);
  measure.share = target.kind == TargetKind::on_time;
  measure.bound = measure.share ? target.probability : target.days;
  return measure;
}

bool ends_an_application(const model::Pathway& pathway, const std::string& task) {
  return std::none_of(pathway.dependencies.begin(), pathway.dependencies.end(),
                      [&](const model::Dependency& d) { return d.from == task; });
}

// The nearest-rank percentile of whole days with its distribution-free 95% interval: the
// order statistics at ranks n q -/+ 1.96 sqrt(n q (1 - q)). INT_MAX stands for a run in
// which the milestone did not happen.
TargetMeasure percentile_of(std::vector<int> days, const model::GoalTarget& target) {
  std::sort(days.begin(), days.end());
  const double n = static_cast<double>(days.size());
  const double q = target.percentile / 100.0;
  const double spread = z95 * std::sqrt(n * q * (1 - q));
  const auto at_rank = [&](double rank) {
    const auto k = std::clamp<std::int64_t>(static_cast<std::int64_t>(rank), 1,
                                            static_cast<std::int64_t>(days.size()));
    return static_cast<double>(days[static_cast<std::size_t>(k - 1)]);
  };
  TargetMeasure measure = blank_measure(target);
  measure.achieved = percentile(days, target.percentile);
  measure.ci_low = at_rank(std::floor(n * q - spread));
  measure.ci_high = at_rank(std::ceil(n * q + spread));
  measure.met = measure.achieved <= target.days;
  return measure;
}

// The share of runs in which the milestone came within the bound, with the Wilson 95%
// interval (it stays inside [0, 1] and is sound near 0 and 1, where on-time shares live).
TargetMeasure share_of(const std::vector<int>& days, const model::GoalTarget& target) {
  const double n = static_cast<double>(days.size());
  const double hits = static_cast<double>(
      std::count_if(days.begin(), days.end(), [&](int d) { return d <= target.days; }));
  const double p = hits / n;
  const double z2 = z95 * z95;
  const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const double half = z95 * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
  TargetMeasure measure = blank_measure(target);
  measure.achieved = p;
  measure.ci_low = std::max(0.0, centre - half);
  measure.ci_high = std::min(1.0, centre + half);
  measure.met = p >= target.probability;
  measure.share = true;
  return measure;
}

// One application: the deterministic schedule for `days` targets, one Monte Carlo for the
// others.
std::vector<TargetMeasure> measure_application(const model::Pathway& pathway,
                                               const model::Goal& goal, std::uint64_t seed,
                                               const GoalOptions& options) {
  const sim::Scheduler scheduler(pathway);
  std::optional<sim::Samples> samples;
  std::optional<sim::Timeline> timeline;
  std::vector<TargetMeasure> measures;
  for (const auto& target : goal.targets) {
    if (target.kind == TargetKind::days) {
      if (!timeline) timeline = scheduler.run();
      const auto* timing = timeline->find(target.milestone);
      TargetMeasure measure = blank_measure(target);
      const bool happened = timing && !timing->skipped;
      measure.achieved = happened ? calendar::days_between(timeline->start, timing->finish) : -1;
      measure.ci_low = measure.ci_high = measure.achieved;
      measure.met = happened && measure.achieved <= target.days;
      measures.push_back(measure);
      continue;
    }
    if (!samples) {
      sim::MonteCarloOptions mc;
      mc.runs = options.runs;
      mc.seed = seed;
      mc.threads = options.threads;
      mc.cancel = options.cancel;
      samples = sim::run_monte_carlo(scheduler, mc);
    }
    const auto column = std::find_if(
        samples->milestones.begin(), samples->milestones.end(),
        [&](int t) { return samples->task_ids[static_cast<std::size_t>(t)] == target.milestone; });
    const auto m = static_cast<std::size_t>(column - samples->milestones.begin());
    const std::size_t count = samples->milestones.size();
    std::vector<int> days;
    for (std::int64_t r = 0; r < samples->runs; ++r) {
      const int value = samples->milestone_days[static_cast<std::size_t>(r) * count + m];
      days.push_back(value < 0 ? INT_MAX : value);
    }
    measures.push_back(target.kind == TargetKind::percentile ? percentile_of(days, target)
                                                             : share_of(days, target));
  }
  return measures;
}

// The share of the values counted in `histogram` that are at most `days`.
double share_within(const sim::DayHistogram& histogram, int days) {
  if (histogram.total == 0) return 0;
  std::int64_t within = 0;
  for (std::size_t d = 0; d < histogram.counts.size() && static_cast<int>(d) <= days; ++d)
    within += histogram.counts[d];
  return static_cast<double>(within) / static_cast<double>(histogram.total);
}

// A portfolio: `runs` runs, each its own portfolio Monte Carlo of one run (so that each
// run's percentile is known); the figure is taken over every application of every run,
// its interval from the spread of the runs' own figures (batch means: applications of one
// run share queues, so they are not independent draws). With application classes a target
// measures the class its milestone belongs to.
std::vector<TargetMeasure> measure_portfolio(const model::Pathway& pathway, const model::Goal& goal,
                                             std::uint64_t seed, const GoalOptions& options) {
  const sim::Scheduler scheduler(pathway);
  const auto task_class = sim::task_classes(pathway);
  std::vector<std::int32_t> target_class(goal.targets.size(), -1);
  for (std::size_t t = 0; t < goal.targets.size() && !task_class.empty(); ++t) {
    for (std::size_t k = 0; k < pathway.tasks.size(); ++k) {
      if (pathway.tasks[k].id == goal.targets[t].milestone) target_class[t] = task_class[k];
    }
  }
  std::vector<sim::DayHistogram> pooled(goal.targets.size());
  std::vector<std::vector<double>> per_run(goal.targets.size());
  for (std::int64_t r = 0; r < options.runs; ++r) {
    sim::PortfolioOptions mc;
    mc.runs = 1;
    mc.seed = sim::replication_seed(seed, static_cast<std::uint64_t>(r));
    mc.threads = 1;
    mc.warmup_days = options.warmup_days;
    mc.cancel = options.cancel;
    const auto samples = sim::run_portfolio_monte_carlo(scheduler, mc);
    for (std::size_t t = 0; t < goal.targets.size(); ++t) {
      const auto& target = goal.targets[t];
      const auto& lead_times =
          target_class[t] < 0 ? samples.lead_times
                              : samples.class_lead_times[static_cast<std::size_t>(target_class[t])];
      pooled[t].merge(lead_times);
      per_run[t].push_back(target.kind == TargetKind::percentile
                               ? percentile(lead_times, target.percentile)
                               : share_within(lead_times, target.days));
    }
  }
  std::vector<TargetMeasure> measures;
  for (std::size_t t = 0; t < goal.targets.size(); ++t) {
    const auto& target = goal.targets[t];
    TargetMeasure measure = blank_measure(target);
    if (target.kind == TargetKind::percentile) {
      measure.achieved = percentile(pooled[t], target.percentile);
      measure.met = measure.achieved <= target.days;
    } else {
      measure.achieved = share_within(pooled[t], target.days);
      measure.met = measure.achieved >= target.probability;
    }
    const double half = per_run[t].size() < 2
                            ? 0.0
                            : z95 * standard_deviation(per_run[t]) /
                                  std::sqrt(static_cast<double>(per_run[t].size()));
    measure.ci_low = measure.achieved - half;
    measure.ci_high = measure.achieved + half;
    if (measure.share) {
      measure.ci_low = std::max(0.0, measure.ci_low);
      measure.ci_high = std::min(1.0, measure.ci_high);
    }
    measures.push_back(measure);
  }
  return measures;
}

// Every target measured with the lever at `value`.
class Evaluator {
 public:
  Evaluator(const model::Pathway& pathway, const model::Goal& goal, const GoalOptions& options)
      : pathway_(pathway), goal_(goal), options_(options) {
    const auto& lever = goal.levers.front();
    pool_ = static_cast<std::size_t>(
        std::find_if(pathway_.resources.begin(), pathway_.resources.end(),
                     [&](const model::ResourcePool& p) { return p.id == lever.pool; }) -
        pathway_.resources.begin());
  }

  std::vector<TargetMeasure> measure(int value, std::uint64_t seed) {
    if (options_.cancel && options_.cancel->load()) throw Interrupted();
    pathway_.resources[pool_].capacity = value;
    return pathway_.portfolio ? measure_portfolio(pathway_, goal_, seed, options_)
                              : measure_application(pathway_, goal_, seed, options_);
  }

 private:
  model::Pathway pathway_;
  const model::Goal& goal_;
  const GoalOptions& options_;
  std::size_t pool_ = 0;
};

bool all_met(const std::vector<TargetMeasure>& measures) {
  return std::all_of(measures.begin(), measures.end(),
                     [](const TargetMeasure& m) { return m.met; });
}

}  // namespace

void check_goal(const model::Goal& goal, const model::Pathway& pathway) {
  std::vector<Diagnostic> diagnostics;
  const auto fail = [&](const SourceLocation& where, const char* id, std::string message) {
    Diagnostic diagnostic;
    diagnostic.where = where;
    diagnostic.id = id;
    diagnostic.message = std::move(message);
    diagnostics.push_back(std::move(diagnostic));
  };
  std::vector<std::string> tasks, pools;
  for (const auto& task : pathway.tasks)
    tasks.push_back(task.id);
  for (const auto& pool : pathway.resources)
    pools.push_back(pool.id);
  for (const auto& target : goal.targets) {
    if (std::find(tasks.begin(), tasks.end(), target.milestone) == tasks.end()) {
      fail(target.where, "unknown_task",
           "pathway '" + pathway.id + "' has no task '" + target.milestone + "'" +
               support::did_you_mean(target.milestone, tasks));
      continue;
    }
    if (!pathway.portfolio) continue;
    if (target.kind == TargetKind::days) {
      fail(target.where, "bad_value",
           "pathway '" + pathway.id +
               "' has a portfolio, whose lead times spread: give a 'percentile' or a 'within' "
               "with a 'probability'");
    } else if (!ends_an_application(pathway, target.milestone)) {
      fail(target.where, "bad_value",
           "a portfolio's targets bound the lead time of an application, arrival to its end: '" +
               target.milestone + "' does not end the pathway");
    }
  }
  for (std::size_t l = 0; l < goal.levers.size(); ++l) {
    const auto& lever = goal.levers[l];
    if (l > 0) {
      fail(lever.where, "bad_value",
           "one lever per goal file for now: several levers need the least-cost search of "
           "docs/goals.md, which is not built yet");
      continue;
    }
    const auto pool = std::find(pools.begin(), pools.end(), lever.pool);
    if (pool == pools.end()) {
      fail(lever.where, "unknown_pool",
           "pathway '" + pathway.id + "' has no pool '" + lever.pool + "'" +
               support::did_you_mean(lever.pool, pools));
    } else if (!pathway.resources[static_cast<std::size_t>(pool - pools.begin())].plan.empty()) {
      fail(lever.where, "bad_value",
           "pool '" + lever.pool +
               "' has a capacity plan, which would override the lever on its dates; a lever "
               "sets one capacity for the whole run");
    }
  }
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
}

GoalResult seek_goal(const model::Pathway& pathway, const model::Goal& goal,
                     const GoalOptions& options) {
  const auto& lever = goal.levers.front();
  Evaluator evaluator(pathway, goal, options);
  GoalResult result;
  result.pathway_id = pathway.id;
  result.portfolio = pathway.portfolio.has_value();
  result.stochastic =
      std::any_of(goal.targets.begin(), goal.targets.end(),
                  [](const model::GoalTarget& t) { return t.kind != TargetKind::days; });
  result.runs = options.runs;
  result.seed = options.seed;
  result.verification_seed = options.seed + 1;
  // The least value in [min, max] that meets every target: max first (infeasible when it
  // does not), then bisection keeping `high` meeting and `low` failing (or below range).
  int high = lever.max;
  auto at_high = evaluator.measure(high, options.seed);
  ++result.evaluations;
  result.feasible = all_met(at_high);
  if (result.feasible) {
    int low = lever.min - 1;
    while (high - low > 1) {
      const int middle = low + (high - low) / 2;
      auto measures = evaluator.measure(middle, options.seed);
      ++result.evaluations;
      if (all_met(measures)) {
        high = middle;
        at_high = std::move(measures);
      } else {
        low = middle;
      }
    }
  }
  result.levers.push_back({lever.pool, high, high * lever.cost, lever.min, lever.max});
  result.search = std::move(at_high);
  result.verification = evaluator.measure(high, result.verification_seed);
  result.verified = all_met(result.verification);
  if (result.feasible && high > lever.min)
    result.one_less = evaluator.measure(high - 1, result.verification_seed);
  return result;
}

}  // namespace regsim::analysis
