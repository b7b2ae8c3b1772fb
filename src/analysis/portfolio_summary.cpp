#include "regsim/analysis/portfolio_summary.hpp"

#include <algorithm>
#include <cmath>

#include "regsim/analysis/statistics.hpp"

namespace regsim::analysis {
namespace {

MeanWithInterval interval_of(const std::vector<double>& values) {
  MeanWithInterval result;
  result.mean = mean(values);
  if (values.size() > 1) {
    result.half_width =
        1.96 * standard_deviation(values) / std::sqrt(static_cast<double>(values.size()));
  }
  return result;
}

double ratio(std::int64_t numerator, std::int64_t denominator) {
  return denominator > 0 ? static_cast<double>(numerator) / static_cast<double>(denominator) : 0;
}

}  // namespace

namespace {

ClassSummary class_summary(const std::string& id, const sim::DayHistogram& lead_times) {
  ClassSummary group;
  group.id = id;
  group.applications = lead_times.total;
  group.mean_days = ratio(lead_times.sum, lead_times.total);
  group.p10 = percentile(lead_times, 10);
  group.p50 = percentile(lead_times, 50);
  group.p80 = percentile(lead_times, 80);
  group.p90 = percentile(lead_times, 90);
  return group;
}

// The monthly series as means over runs.
std::vector<MonthSummary> month_summaries(const sim::PortfolioSamples& samples) {
  const auto& series = samples.months;
  const auto runs = static_cast<double>(std::max<std::size_t>(samples.runs.size(), 1));
  const auto at = [](const std::vector<std::int64_t>& values, std::size_t m) {
    return m < values.size() ? values[m] : 0;
  };
  std::size_t count = series.backlog.size();
  for (const auto& requests : series.wait_requests)
    count = std::max(count, requests.size());
  if (count == 0 || samples.start.is_special()) return {};
  std::vector<MonthSummary> months(count);
  const calendar::Date first(samples.start.year(), samples.start.month(), 1);
  for (std::size_t m = 0; m < count; ++m) {
    auto& month = months[m];
    month.month = calendar::add_months_clamped(first, static_cast<int>(m));
    month.backlog = static_cast<double>(at(series.backlog, m)) / runs;
    month.pools.resize(samples.pool_ids.size());
    for (std::size_t p = 0; p < month.pools.size() && p < series.queue.size(); ++p) {
      auto& pool = month.pools[p];
      pool.queue = static_cast<double>(at(series.queue[p], m)) / runs;
      pool.requests = at(series.wait_requests[p], m);
      pool.mean_wait_days = ratio(at(series.wait_sum[p], m), pool.requests);
    }
  }
  return months;
}

}  // namespace

int percentile(const sim::DayHistogram& histogram, double p) {
  if (histogram.total == 0) return 0;
  // Nearest rank: the k-th smallest value, k = ceil(p / 100 x n), at least 1.
  auto rank =
      static_cast<std::int64_t>(std::ceil(p / 100.0 * static_cast<double>(histogram.total)));
  rank = std::max<std::int64_t>(rank, 1);
  std::int64_t seen = 0;
  for (std::size_t d = 0; d < histogram.counts.size(); ++d) {
    seen += histogram.counts[d];
    if (seen >= rank) return static_cast<int>(d);
  }
  return static_cast<int>(histogram.counts.size()) - 1;
}

PortfolioSummary summarize(const sim::PortfolioSamples& samples) {
  PortfolioSummary summary;
  summary.pathway_id = samples.pathway_id;
  summary.runs = std::ssize(samples.runs);
  summary.seed = samples.seed;
  summary.warmup_days = samples.warmup_days;
  std::vector<double> sojourns, throughputs, backlogs, counts;
  for (const auto& run : samples.runs) {
    sojourns.push_back(ratio(run.lead_time_sum, run.applications));
    throughputs.push_back(run.window_days > 0 ? static_cast<double>(run.finished_in_window) *
                                                    365.25 / run.window_days
                                              : 0.0);
    backlogs.push_back(static_cast<double>(run.backlog));
    counts.push_back(static_cast<double>(run.applications));
  }
  summary.applications_per_run = mean(counts);
  summary.throughput_per_year = mean(throughputs);
  summary.backlog_at_end = mean(backlogs);
  summary.sojourn_days = interval_of(sojourns);
  for (std::size_t p = 0; p < samples.pool_ids.size(); ++p) {
    PoolSummary pool;
    pool.id = samples.pool_ids[p];
    pool.capacity = samples.capacities[p];
    std::vector<double> utilisations, waits, shares;
    for (const auto& run : samples.runs) {
      const auto& figures = run.pools[p];
      utilisations.push_back(figures.utilisation);
      waits.push_back(ratio(figures.wait_sum, figures.requests));
      shares.push_back(ratio(figures.waited, figures.requests));
    }
    const auto& histogram = samples.waits[p];
    pool.utilisation = mean(utilisations);
    pool.requests = histogram.total;
    pool.mean_wait_days = ratio(histogram.sum, histogram.total);
    pool.wait_ci = interval_of(waits);
    pool.p_wait = ratio(histogram.total - (histogram.counts.empty() ? 0 : histogram.counts[0]),
                        histogram.total);
    pool.p_wait_ci = interval_of(shares);
    pool.p80_wait_days = percentile(histogram, 80);
    pool.max_wait_days =
        histogram.counts.empty() ? 0 : static_cast<int>(histogram.counts.size()) - 1;
    summary.pools.push_back(pool);
  }
  if (samples.class_ids.empty()) {
    summary.classes.push_back(class_summary(samples.pathway_id, samples.lead_times));
    summary.classes.back().mean_ci = summary.sojourn_days;
  }
  for (std::size_t c = 0; c < samples.class_ids.size(); ++c) {
    summary.classes.push_back(class_summary(samples.class_ids[c], samples.class_lead_times[c]));
    std::vector<double> means;
    for (const auto& run : samples.runs) {
      // A run without an application of the class says nothing about its mean.
      const auto& figures = run.classes[c];
      if (figures.applications > 0)
        means.push_back(ratio(figures.lead_time_sum, figures.applications));
    }
    summary.classes.back().mean_ci = interval_of(means);
  }
  summary.months = month_summaries(samples);
  return summary;
}

}  // namespace regsim::analysis
