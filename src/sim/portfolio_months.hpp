// Internal: the month-by-month series of a portfolio run (backlog, queues, waits).
#pragma once

#include <cstdint>
#include <vector>

#include "engine.hpp"
#include "regsim/calendar/date.hpp"
#include "regsim/sim/portfolio.hpp"

namespace regsim::sim::detail {

/// The ends of the months from a start date's month on, as engine day numbers: month m
/// ends the day before the m-th end, the first day of month m + 1. Grows on demand.
class MonthGrid {
 public:
  explicit MonthGrid(calendar::Date start);
  /// Makes sure the month holding `day` has its end.
  void cover(std::int32_t day);
  /// The number of month ends on or before `day`: the index of the month holding it.
  std::size_t months_through(std::int32_t day) const {
    const auto offset = static_cast<std::int64_t>(day) - first_indexed_;
    if (offset >= 0 && offset < static_cast<std::int64_t>(through_.size()))
      return static_cast<std::size_t>(through_[static_cast<std::size_t>(offset)]);
    return searched_months_through(day);
  }
  /// Tabulates months_through for the days from `from` to `to` (covered already): a
  /// portfolio asks it five times per application, and a lookup beats a binary search
  /// over the months. Spans over `max_indexed_days` keep the search.
  void index_days(std::int32_t from, std::int32_t to);

 private:
  static constexpr std::int64_t max_indexed_days = std::int64_t{1} << 22;
  std::size_t searched_months_through(std::int32_t day) const;

  int year_, month_;
  std::vector<std::int32_t> ends_;
  std::int32_t first_indexed_ = 0;
  std::vector<std::int32_t> through_;  ///< months_through(first_indexed_ + k)
};

/// One pool need of one instance of the compiled pathway, with the instance's class (-1
/// without classes): what the per-application loops of a portfolio's summaries visit,
/// listed once instead of looked up through instance, task and needs for every application.
struct PooledUse {
  std::int32_t instance = 0;
  std::int32_t pool = 0;
  std::int32_t units = 1;
  std::int32_t group = -1;
};

/// The pool needs of every instance, in instance and then need order.
/// `instance_class` is empty without classes.
std::vector<PooledUse> pooled_uses(const graph::CompiledPathway& compiled,
                                   const std::vector<std::int32_t>& instance_class);

/// Adds one run to `series`: the applications' finishes (`finishes`, per application) and
/// each pool request's ready and start. Backlog and queues go in as differences (+1 in the
/// first month whose end finds the application or request in the system, -1 in the first
/// that does not): sums of differences over runs, turned into levels once by
/// finish_months, give the same totals in any merge order.
void add_run_months(const std::vector<PooledUse>& uses, const EngineResult& result,
                    const std::vector<std::int32_t>& finishes,
                    const std::vector<std::int32_t>& application_class, MonthGrid& grid,
                    MonthlySeries& series);

/// Turns the summed differences of backlog and queues into levels (prefix sums).
void finish_months(MonthlySeries& series);

}  // namespace regsim::sim::detail
