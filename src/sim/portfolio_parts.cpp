#include "portfolio_parts.hpp"

#include <algorithm>

namespace regsim::sim::detail {
namespace {

void put_histogram(Packer& out, const DayHistogram& histogram) {
  out.put_vector(histogram.counts);
  out.put(histogram.total);
  out.put(histogram.sum);
}

DayHistogram get_histogram(Unpacker& in) {
  DayHistogram histogram;
  in.get_into(histogram.counts);
  histogram.total = in.get<std::int64_t>();
  histogram.sum = in.get<std::int64_t>();
  return histogram;
}

void put_table(Packer& out, const std::vector<std::vector<std::int64_t>>& table) {
  out.put<std::uint64_t>(table.size());
  for (const auto& row : table)
    out.put_vector(row);
}

std::vector<std::vector<std::int64_t>> get_table(Unpacker& in) {
  std::vector<std::vector<std::int64_t>> table(in.get<std::uint64_t>());
  for (auto& row : table)
    in.get_into(row);
  return table;
}

}  // namespace

void PortfolioTotals::merge(const PortfolioTotals& other) {
  lead_times.merge(other.lead_times);
  if (waits.size() < other.waits.size()) waits.resize(other.waits.size());
  for (std::size_t p = 0; p < other.waits.size(); ++p)
    waits[p].merge(other.waits[p]);
  if (class_lead_times.size() < other.class_lead_times.size())
    class_lead_times.resize(other.class_lead_times.size());
  for (std::size_t c = 0; c < other.class_lead_times.size(); ++c)
    class_lead_times[c].merge(other.class_lead_times[c]);
  max_applications = std::max(max_applications, other.max_applications);
  months.merge(other.months);
}

std::string pack_portfolio_part(const std::vector<PortfolioRun>& runs, RunBlock block,
                                const PortfolioTotals& totals) {
  Packer out;
  for (auto r = block.begin; r < block.end; ++r) {
    const PortfolioRun& run = runs[static_cast<std::size_t>(r)];
    out.put_vector(run.pools);
    out.put_vector(run.classes);
    out.put(run.applications);
    out.put(run.lead_time_sum);
    out.put(run.finished_in_window);
    out.put(run.window_days);
    out.put(run.backlog);
  }
  put_histogram(out, totals.lead_times);
  out.put<std::uint64_t>(totals.waits.size());
  for (const auto& histogram : totals.waits)
    put_histogram(out, histogram);
  out.put<std::uint64_t>(totals.class_lead_times.size());
  for (const auto& histogram : totals.class_lead_times)
    put_histogram(out, histogram);
  out.put(totals.max_applications);
  out.put_vector(totals.months.backlog);
  put_table(out, totals.months.queue);
  put_table(out, totals.months.wait_sum);
  put_table(out, totals.months.wait_requests);
  return out.take();
}

void unpack_portfolio_part(std::string_view bytes, RunBlock block, std::vector<PortfolioRun>& runs,
                           PortfolioTotals& totals) {
  Unpacker in(bytes);
  for (auto r = block.begin; r < block.end; ++r) {
    PortfolioRun& run = runs[static_cast<std::size_t>(r)];
    run.pools = in.get_vector<PoolRun>();
    run.classes = in.get_vector<ClassRun>();
    run.applications = in.get<std::int64_t>();
    run.lead_time_sum = in.get<std::int64_t>();
    run.finished_in_window = in.get<std::int64_t>();
    run.window_days = in.get<std::int32_t>();
    run.backlog = in.get<std::int64_t>();
  }
  totals.lead_times = get_histogram(in);
  totals.waits.resize(in.get<std::uint64_t>());
  for (auto& histogram : totals.waits)
    histogram = get_histogram(in);
  totals.class_lead_times.resize(in.get<std::uint64_t>());
  for (auto& histogram : totals.class_lead_times)
    histogram = get_histogram(in);
  totals.max_applications = in.get<std::int64_t>();
  in.get_into(totals.months.backlog);
  totals.months.queue = get_table(in);
  totals.months.wait_sum = get_table(in);
  totals.months.wait_requests = get_table(in);
}

}  // namespace regsim::sim::detail
