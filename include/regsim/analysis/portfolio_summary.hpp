// What a portfolio Monte Carlo says: per pool utilisation and waits, per class lead times.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "regsim/sim/portfolio.hpp"

namespace regsim::analysis {

/// A mean over runs with the half-width of its 95% confidence interval: 1.96 x the sample
/// standard deviation of the run means / sqrt(runs) (0 with one run).
struct MeanWithInterval {
  double mean = 0;
  double half_width = 0;
  friend bool operator==(const MeanWithInterval&, const MeanWithInterval&) = default;
};

/// One pool over every run.
struct PoolSummary {
  std::string id;
  int capacity = 0;
  double utilisation = 0;      ///< mean over runs of busy unit-days / unit-days offered
  double mean_wait_days = 0;   ///< over every request of every run
  MeanWithInterval wait_ci;    ///< of the runs' mean waits
  double p_wait = 0;           ///< share of requests that waited at least one day
  MeanWithInterval p_wait_ci;  ///< of the runs' shares
  int p80_wait_days = 0;       ///< nearest-rank over every request
  int max_wait_days = 0;
  std::int64_t requests = 0;
  friend bool operator==(const PoolSummary&, const PoolSummary&) = default;
};

/// Lead times (arrival to the application's last finish, calendar days) of one class.
struct ClassSummary {
  std::string id;
  std::int64_t applications = 0;  ///< counted over every run
  double mean_days = 0;
  MeanWithInterval mean_ci;
  int p10 = 0, p50 = 0, p80 = 0, p90 = 0;  ///< nearest-rank over every application
  friend bool operator==(const ClassSummary&, const ClassSummary&) = default;
};

/// One pool in one month, over every run.
struct PoolMonth {
  double queue = 0;           ///< requests waiting at the month's end, mean over runs
  double mean_wait_days = 0;  ///< of the requests that became ready in the month
  std::int64_t requests = 0;  ///< that became ready in the month, summed over runs
  friend bool operator==(const PoolMonth&, const PoolMonth&) = default;
};

/// One month of the portfolio over every run (sim::MonthlySeries: warm-up included).
struct MonthSummary {
  calendar::Date month;  ///< its first day
  double backlog = 0;    ///< applications in the system at the month's end, mean over runs
  std::vector<PoolMonth> pools;
  friend bool operator==(const MonthSummary&, const MonthSummary&) = default;
};

/// The summary of a portfolio Monte Carlo.
struct PortfolioSummary {
  std::string pathway_id;
  std::int64_t runs = 0;
  std::uint64_t seed = 0;
  std::int32_t warmup_days = 0;
  double applications_per_run = 0;  ///< mean, after the warm-up
  double throughput_per_year =
      0;                          ///< finished per 365.25 days between warm-up end and last arrival
  double backlog_at_end = 0;      ///< mean over runs: in the system on the last arrival's day
  MeanWithInterval sojourn_days;  ///< mean lead time (Little's law: L = lambda W)
  std::vector<PoolSummary> pools;
  std::vector<ClassSummary> classes;
  std::vector<MonthSummary> months;  ///< from the first arrival's month to the last finish's
  friend bool operator==(const PortfolioSummary&, const PortfolioSummary&) = default;
};

/// The nearest-rank percentile p (0..100) of the values counted in `histogram` (as
/// analysis::percentile does on sorted values); 0 when it is empty.
int percentile(const sim::DayHistogram& histogram, double p);

/// Summarises `samples`. A portfolio without classes is one class named after the pathway.
PortfolioSummary summarize(const sim::PortfolioSamples& samples);

}  // namespace regsim::analysis
