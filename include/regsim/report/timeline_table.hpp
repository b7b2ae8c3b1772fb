// Plain-text tables of a schedule: one row per task, deadlines, portfolio pools.
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/report/options.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report {

/// One application's schedule: a summary line, a row per task (start, finish, calendar,
/// working and clock days, waits, float, critical mark), a legend and the deadlines.
/// Plain ASCII, every line within `options.width` columns (at least 60): task ids are cut
/// with "~" down to 8 columns, then the working-day, sitting, pool and float columns are
/// left out in that order (the legend names them), and deadlines become one sentence each.
std::string render_timeline_table(const sim::Timeline& timeline, const TextOptions& options = {});

/// With a status (run.plan set): each milestone's and the end's planned and forecast finish
/// and the variance in calendar days (positive: late), within `width` columns (at least
/// 60); empty without a plan.
std::string render_variance_table(const analysis::ScheduledScenario& run, int width = 100);

/// A portfolio: a summary row per application, each application's table, then the pools'
/// queue statistics, within `options.width`.
std::string render_portfolio_table(const sim::PortfolioResult& portfolio,
                                   const TextOptions& options = {});

/// The pools' queue statistics (capacity, requests, waits, utilisation); below
/// 62 columns plus the longest pool id, with short headings and a line explaining them.
std::string render_pool_table(const std::vector<sim::PoolStatistics>& pools, int width = 100);

}  // namespace regsim::report
