// Portfolios: the arrivals of a `portfolio:` section and the Monte Carlo of a whole portfolio.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/processes.hpp"
#include "regsim/sim/sampling.hpp"
#include "regsim/sim/scheduler.hpp"

namespace regsim::sim {

/// The arrival dates of `portfolio` from `start`: the explicit dates as written; else the
/// k-th (k = 0, 1, ...) at start + k x interval (on the pathway's default calendar, plain
/// convention, so 1mo keeps the day of the month); else, for a Poisson process drawn from
/// `random`, at start + floor(T_k) days where T_k is the sum of k exponential gaps of the
/// mean interval in days (a continuous process, counted in whole days). With `random` null
/// a Poisson portfolio arrives regularly at its mean interval (the deterministic schedule).
/// Generation stops after `count` arrivals (when not 0) or past `until`. Throws
/// regsim::Error (portfolio_limit_message) past max_portfolio_applications().
std::vector<calendar::Date> portfolio_arrivals(const model::Pathway& pathway,
                                               const model::Portfolio& portfolio,
                                               calendar::Date start, Engine* random = nullptr);

/// Whole days, counted: `counts[d]` values equal d. Exact percentiles in memory that grows
/// with the longest value, not with the number of values.
struct DayHistogram {
  std::vector<std::int64_t> counts;
  std::int64_t total = 0;  ///< number of values
  std::int64_t sum = 0;    ///< of the values
  /// Counts one value (below 0 counts as 0). Inline: a portfolio adds two or more per
  /// application of every run.
  void add(std::int32_t days) {
    const std::int32_t kept = days > 0 ? days : 0;
    const auto d = static_cast<std::size_t>(kept);
    if (d >= counts.size()) counts.resize(d + 1, 0);
    ++counts[d];
    ++total;
    sum += kept;
  }
  void merge(const DayHistogram& other);
  friend bool operator==(const DayHistogram&, const DayHistogram&) = default;
};

/// Month by month, summed over runs (integer sums: any merge order gives the same totals).
/// Month 0 is the start date's month. The figures of a month are taken at its end (on the
/// first day of the next month): the applications in the system (arrived, not finished)
/// and, per pool, the requests waiting (ready, not started); a wait counts in the month in
/// which its request became ready. Every application counts, warm-up included: the series
/// shows the warm-up.
struct MonthlySeries {
  std::vector<std::int64_t> backlog;                     ///< per month
  std::vector<std::vector<std::int64_t>> queue;          ///< per pool, per month
  std::vector<std::vector<std::int64_t>> wait_sum;       ///< per pool, per month
  std::vector<std::vector<std::int64_t>> wait_requests;  ///< per pool, per month
  void merge(const MonthlySeries& other);
  friend bool operator==(const MonthlySeries&, const MonthlySeries&) = default;
};

/// Queue figures of one pool in one run.
struct PoolRun {
  std::int64_t requests = 0, waited = 0, wait_sum = 0;
  /// busy unit-days / unit-days offered (the capacity in force each day, plan included)
  /// from the first arrival to the last finish
  double utilisation = 0;
  friend bool operator==(const PoolRun&, const PoolRun&) = default;
};

/// Lead-time figures of one class in one run.
struct ClassRun {
  std::int64_t applications = 0, lead_time_sum = 0;
  friend bool operator==(const ClassRun&, const ClassRun&) = default;
};

/// Figures of one run of a portfolio (applications arriving after the warm-up only).
struct PortfolioRun {
  std::vector<PoolRun> pools;
  std::vector<ClassRun> classes;  ///< per class of the portfolio (empty without classes)
  std::int64_t applications = 0;  ///< counted (after the warm-up)
  std::int64_t lead_time_sum = 0;
  std::int64_t finished_in_window = 0;  ///< finished between the warm-up's end and the last arrival
  std::int32_t window_days = 0;         ///< days from the warm-up's end to the last arrival
  std::int64_t backlog = 0;             ///< arrived by the last arrival's day and not yet finished
  friend bool operator==(const PortfolioRun&, const PortfolioRun&) = default;
};

/// What Monte Carlo of a portfolio keeps: per run a few figures, and over all runs the
/// histograms of lead times (days from arrival to the application's last finish) and of
/// each pool's waits (days from ready to start, per task that needs the pool).
struct PortfolioSamples {
  std::string pathway_id;
  std::uint64_t seed = 0;
  std::int32_t warmup_days = 0;
  std::vector<std::string> pool_ids;
  std::vector<int> capacities;
  std::vector<PortfolioRun> runs;
  DayHistogram lead_times;
  std::vector<DayHistogram> waits;             ///< per pool
  std::vector<std::string> class_ids;          ///< the portfolio's classes (empty without classes)
  std::vector<DayHistogram> class_lead_times;  ///< per class
  std::int64_t max_applications = 0;           ///< the largest portfolio of a run
  calendar::Date start;                        ///< month 0 of `months` is this date's month
  MonthlySeries months;
};

/// Options of a portfolio Monte Carlo.
struct PortfolioOptions {
  std::int64_t runs = 100;
  std::uint64_t seed = 42;
  int threads = 0;                      ///< 0: one per hardware thread
  std::optional<calendar::Date> start;  ///< overrides the pathway's start date
  std::int32_t warmup_days = 0;         ///< applications arriving earlier are not counted
  const std::atomic<bool>* cancel = nullptr;
  /// Processes sharing the runs (docs/scale-out.md): this one runs its block, and every
  /// process ends with every run's figures and the sums of all. nullptr: one process.
  const Processes* processes = nullptr;
  /// Gather::first_process: only process 0 ends with them; the others keep their own
  /// block's figures and sums, and must not read them.
  Gather gather = Gather::every_process;
};

/// The class (index into `portfolio.classes`) of each task of `pathway`: the class whose id
/// prefixes the task's (`class.`); -1 for a task of no class. Empty without classes.
std::vector<std::int32_t> task_classes(const model::Pathway& pathway);

/// The class of an application from a uniform `u` in [0, 1): the first class whose
/// cumulative share exceeds u (the last for u lost to rounding).
std::int32_t class_of(const model::Portfolio& portfolio, double u);

/// The classes of `applications` applications in a deterministic schedule, in arrival
/// order: each goes to the class furthest behind its share (share x applications so far
/// minus those it has), the first such class on ties. Shares 0.6 and 0.4 give A B A B A,
/// A B A B A, ...: every prefix is within one application of its shares.
std::vector<std::int32_t> planned_classes(const model::Portfolio& portfolio,
                                          std::size_t applications);

/// Runs the scheduler's portfolio `options.runs` times. Run r draws its arrivals, then (with
/// classes) one uniform per application in arrival order for its class (class_of), then each
/// application's durations, branches and rounds in arrival order, from one stream seeded by
/// replication_seed(seed, r); runs are merged in run order, so the result is the same for
/// any number of threads. An application of a class draws every task of the portfolio and
/// runs only its class's tasks (the others are skipped); every pool serves the queue by
/// class priority, higher first, first come first served within a priority. Memory: one run's
/// engine state per thread plus the histograms. Throws InputError (missing_start) without a start
/// date, regsim::Error without a portfolio.
PortfolioSamples run_portfolio_monte_carlo(const Scheduler& scheduler,
                                           const PortfolioOptions& options);

}  // namespace regsim::sim
