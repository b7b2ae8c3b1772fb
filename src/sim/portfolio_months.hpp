// Internal: the month-by-month series of a portfolio run (backlog, queues, waits).
#pragma once

#include <cstdint>
#include <vector>

#include "engine.hpp"
#include "regsim/calendar/date.hpp"
#include "regsim/sim/portfolio.hpp"

namespace regsim::sim::detail {

/// The ends of the months from a start date's month on, as engine day numbers: month m
/// ends the day before ends()[m], the first day of month m + 1. Grows on demand.
class MonthGrid {
 public:
  explicit MonthGrid(calendar::Date start);
  /// Makes sure the month holding `day` has its end.
  void cover(std::int32_t day);
  const std::vector<std::int32_t>& ends() const { return ends_; }

 private:
  int year_, month_;
  std::vector<std::int32_t> ends_;
};

/// Adds one run to `series`: the applications' finishes (`finishes`, per application) and
/// each pool request's ready and start. Backlog and queues go in as differences (+1 in the
/// first month whose end finds the application or request in the system, -1 in the first
/// that does not): sums of differences over runs, turned into levels once by
/// finish_months, give the same totals in any merge order.
void add_run_months(const graph::CompiledPathway& compiled, const EngineResult& result,
                    const std::vector<std::int32_t>& finishes,
                    const std::vector<std::int32_t>& instance_class,
                    const std::vector<std::int32_t>& application_class, MonthGrid& grid,
                    MonthlySeries& series);

/// Turns the summed differences of backlog and queues into levels (prefix sums).
void finish_months(MonthlySeries& series);

}  // namespace regsim::sim::detail
