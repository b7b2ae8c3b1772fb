// Measuring a goal's targets: the deterministic schedule, one application's Monte Carlo or
// a portfolio Monte Carlo, with distribution-free, Wilson or batch-means intervals.
#include "goal_measure.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

#include "regsim/analysis/portfolio_summary.hpp"
#include "regsim/analysis/statistics.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/portfolio.hpp"
#include "regsim/sim/sampling.hpp"
#include "regsim/sim/scheduler.hpp"

namespace regsim::analysis::detail {
namespace {

using model::TargetKind;

constexpr double z95 = 1.96;

}  // namespace

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

namespace {

// A measure of `target` with nothing measured yet.
TargetMeasure blank_measure(const model::GoalTarget& target) {
  TargetMeasure measure;
  measure.expression = expression(target);
  measure.share = target.kind == TargetKind::on_time;
  measure.bound = measure.share ? target.probability : target.days;
  return measure;
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
      mc.processes = options.processes;
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

// The pooled lead times and the per-run figure of each target over some portfolio runs.
struct PortfolioRuns {
  std::vector<sim::DayHistogram> pooled;
  std::vector<std::vector<double>> per_run;
};

// Runs [block.begin, block.end) of a portfolio evaluation, one portfolio run each.
PortfolioRuns portfolio_runs(const sim::Scheduler& scheduler, const model::Goal& goal,
                             const std::vector<std::int32_t>& target_class, std::uint64_t seed,
                             const GoalOptions& options, sim::RunBlock block) {
  PortfolioRuns runs{std::vector<sim::DayHistogram>(goal.targets.size()),
                     std::vector<std::vector<double>>(goal.targets.size())};
  for (std::int64_t r = block.begin; r < block.end; ++r) {
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
      runs.pooled[t].merge(lead_times);
      runs.per_run[t].push_back(target.kind == TargetKind::percentile
                                    ? percentile(lead_times, target.percentile)
                                    : share_within(lead_times, target.days));
    }
  }
  return runs;
}

std::string pack(const PortfolioRuns& runs) {
  sim::Packer out;
  for (std::size_t t = 0; t < runs.pooled.size(); ++t) {
    out.put_vector(runs.pooled[t].counts);
    out.put(runs.pooled[t].total);
    out.put(runs.pooled[t].sum);
    out.put_vector(runs.per_run[t]);
  }
  return out.take();
}

// Adds a process's part to `runs`: its histograms merged, its per-run figures appended.
void unpack_into(std::string_view bytes, PortfolioRuns& runs) {
  sim::Unpacker in(bytes);
  for (std::size_t t = 0; t < runs.pooled.size(); ++t) {
    sim::DayHistogram part;
    in.get_into(part.counts);
    part.total = in.get<std::int64_t>();
    part.sum = in.get<std::int64_t>();
    runs.pooled[t].merge(part);
    in.get_into(runs.per_run[t], runs.per_run[t].size());
  }
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
  PortfolioRuns runs{std::vector<sim::DayHistogram>(goal.targets.size()),
                     std::vector<std::vector<double>>(goal.targets.size())};
  const auto compute = [&](sim::RunBlock block) {
    runs = portfolio_runs(scheduler, goal, target_class, seed, options, block);
  };
  if (options.processes == nullptr || options.processes->count() <= 1) {
    compute({0, options.runs});
  } else {
    // Each process its block of runs; histograms merge exactly, per-run figures in run order.
    const auto parts = sim::share_runs(*options.processes, 0, options.runs, compute,
                                       [&](sim::RunBlock) { return pack(runs); });
    runs = {std::vector<sim::DayHistogram>(goal.targets.size()),
            std::vector<std::vector<double>>(goal.targets.size())};
    for (const auto& part : parts)
      unpack_into(part, runs);
  }
  const auto& pooled = runs.pooled;
  const auto& per_run = runs.per_run;
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

}  // namespace

std::vector<TargetMeasure> measure_goal(const model::Pathway& pathway, const model::Goal& goal,
                                        std::uint64_t seed, const GoalOptions& options) {
  if (options.cancel && options.cancel->load()) throw Interrupted();
  return pathway.portfolio ? measure_portfolio(pathway, goal, seed, options)
                           : measure_application(pathway, goal, seed, options);
}

bool all_met(const std::vector<TargetMeasure>& measures) {
  return std::all_of(measures.begin(), measures.end(),
                     [](const TargetMeasure& m) { return m.met; });
}

}  // namespace regsim::analysis::detail
