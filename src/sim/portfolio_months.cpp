#include "portfolio_months.hpp"

#include <algorithm>
#include <cstdint>

#include "days.hpp"

namespace regsim::sim::detail {
namespace {

// series[index] += amount, growing the series with zeros.
void add_at(std::vector<std::int64_t>& series, std::size_t index, std::int64_t amount) {
  if (index >= series.size()) series.resize(index + 1, 0);
  series[index] += amount;
}

// The months whose end (ends[m]) finds something present from `from` (inclusive) to `to`
// (exclusive) in the system: m with from <= ends[m] < to, that is from the count of ends
// before `from` to the count before `to`.
void add_presence(std::vector<std::int64_t>& differences, const MonthGrid& grid, std::int32_t from,
                  std::int32_t to) {
  if (from >= to) return;
  const std::size_t first = grid.months_through(from - 1);
  const std::size_t last = grid.months_through(to - 1);
  if (first >= last) return;
  add_at(differences, first, 1);
  add_at(differences, last, -1);
}

void prefix_sums(std::vector<std::int64_t>& values) {
  for (std::size_t m = 1; m < values.size(); ++m)
    values[m] += values[m - 1];
}

}  // namespace

MonthGrid::MonthGrid(calendar::Date start) : year_(start.year()), month_(start.month()) {}

void MonthGrid::cover(std::int32_t day) {
  // After December 9999 there is no month to begin: its end is the day after the last
  // supported one, which is after any day the engine can reach.
  static const std::int32_t beyond = to_day(calendar::Date(9999, 12, 31)) + 1;
  while ((ends_.empty() || ends_.back() <= day) && (ends_.empty() || ends_.back() != beyond)) {
    if (++month_ == 13) {
      month_ = 1;
      ++year_;
    }
    ends_.push_back(year_ > 9999 ? beyond
                                 : to_day(calendar::Date(static_cast<unsigned short>(year_),
                                                         static_cast<unsigned short>(month_), 1)));
  }
}

std::size_t MonthGrid::searched_months_through(std::int32_t day) const {
  return static_cast<std::size_t>(std::upper_bound(ends_.begin(), ends_.end(), day) -
                                  ends_.begin());
}

void MonthGrid::index_days(std::int32_t from, std::int32_t to) {
  // A table made for an earlier run stays right: month ends are only ever appended after
  // the last day covered, so no day it holds changes month. Runs of one portfolio mostly
  // span the same days; only a run reaching outside them makes a new table, over both.
  const auto indexed_end = static_cast<std::int64_t>(first_indexed_) + std::ssize(through_);
  if (!through_.empty() && from >= first_indexed_ && to < indexed_end) return;
  if (!through_.empty() && to >= from) {
    from = std::min(from, first_indexed_);
    to = static_cast<std::int32_t>(std::max<std::int64_t>(to, indexed_end - 1));
  }
  through_.clear();
  first_indexed_ = from;
  if (to < from || std::int64_t{to} - from >= max_indexed_days) return;
  through_.resize(static_cast<std::size_t>(to - from) + 1);
  std::size_t month = searched_months_through(from);
  for (std::size_t k = 0; k < through_.size(); ++k) {
    const std::int64_t day = std::int64_t{from} + static_cast<std::int64_t>(k);
    while (month < ends_.size() && ends_[month] <= day)
      ++month;
    through_[k] = static_cast<std::int32_t>(month);
  }
}

std::vector<PooledUse> pooled_uses(const graph::CompiledPathway& compiled,
                                   const std::vector<std::int32_t>& instance_class) {
  std::vector<PooledUse> uses;
  for (std::size_t i = 0; i < compiled.instances.size(); ++i) {
    const auto& task = compiled.tasks[static_cast<std::size_t>(compiled.instances[i].task)];
    for (auto k = task.needs_begin; k < task.needs_end; ++k) {
      const auto& need = compiled.needs[static_cast<std::size_t>(k)];
      uses.push_back({static_cast<std::int32_t>(i), need.pool, need.units,
                      instance_class.empty() ? -1 : instance_class[i]});
    }
  }
  return uses;
}

void add_run_months(const std::vector<PooledUse>& uses, const EngineResult& result,
                    const std::vector<std::int32_t>& finishes,
                    const std::vector<std::int32_t>& application_class, MonthGrid& grid,
                    MonthlySeries& series) {
  const std::size_t pools = result.pools.size();
  series.queue.resize(pools);
  series.wait_sum.resize(pools);
  series.wait_requests.resize(pools);
  std::int32_t first = INT32_MAX, last = INT32_MIN;
  for (std::size_t a = 0; a < result.application_count(); ++a) {
    first = std::min(first, result.arrivals[a]);
    last = std::max(last, finishes[a]);
  }
  if (result.arrivals.empty()) return;
  grid.cover(last);
  // Every day asked below lies from the day before the first arrival to the last finish.
  grid.index_days(first - 1, last);
  for (std::size_t a = 0; a < result.application_count(); ++a) {
    const auto record = result.application(a);
    add_presence(series.backlog, grid, record.arrival, finishes[a]);
    const std::int32_t group = application_class.empty() ? -1 : application_class[a];
    for (const PooledUse& use : uses) {
      if (group >= 0 && use.group != group) continue;
      const auto i = static_cast<std::size_t>(use.instance);
      const auto p = static_cast<std::size_t>(use.pool);
      add_presence(series.queue[p], grid, record.ready[i], record.start[i]);
      // The month holding the ready day: the first whose end is after it.
      const std::size_t month = grid.months_through(record.ready[i]);
      add_at(series.wait_sum[p], month, record.start[i] - record.ready[i]);
      add_at(series.wait_requests[p], month, 1);
    }
  }
}

void finish_months(MonthlySeries& series) {
  prefix_sums(series.backlog);
  for (auto& queue : series.queue)
    prefix_sums(queue);
}

}  // namespace regsim::sim::detail

namespace regsim::sim {

void MonthlySeries::merge(const MonthlySeries& other) {
  const auto add = [](std::vector<std::int64_t>& into, const std::vector<std::int64_t>& from) {
    if (from.size() > into.size()) into.resize(from.size(), 0);
    for (std::size_t m = 0; m < from.size(); ++m)
      into[m] += from[m];
  };
  const auto add_pools = [&add](std::vector<std::vector<std::int64_t>>& into,
                                const std::vector<std::vector<std::int64_t>>& from) {
    if (from.size() > into.size()) into.resize(from.size());
    for (std::size_t p = 0; p < from.size(); ++p)
      add(into[p], from[p]);
  };
  add(backlog, other.backlog);
  add_pools(queue, other.queue);
  add_pools(wait_sum, other.wait_sum);
  add_pools(wait_requests, other.wait_requests);
}

}  // namespace regsim::sim
