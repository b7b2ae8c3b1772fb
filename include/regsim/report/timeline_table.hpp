// Plain-text tables of a schedule: one row per task, deadlines, portfolio pools.
#pragma once

#include <string>
#include <vector>

#include "regsim/sim/timeline.hpp"

namespace regsim::report {

/// Layout of the text tables.
struct TableOptions {
  int width = 100;  ///< the task column shrinks (ids are cut with "~") to fit this width
};

/// One application's schedule: a summary line, a row per task (start, finish, calendar,
/// working and clock days, waits, float, critical mark) and the deadlines. Plain ASCII.
std::string render_timeline_table(const sim::Timeline& timeline, const TableOptions& options = {});

/// A portfolio: a summary row per application, each application's table, then the pools'
/// queue statistics.
std::string render_portfolio_table(const sim::PortfolioResult& portfolio,
                                   const TableOptions& options = {});

/// The pools' queue statistics (capacity, requests, waits, utilisation).
std::string render_pool_table(const std::vector<sim::PoolStatistics>& pools);

}  // namespace regsim::report
