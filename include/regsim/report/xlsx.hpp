// Excel workbooks (.xlsx): schedules, comparisons, simulations and portfolios with real dates.
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report {

// Each function returns the bytes of an .xlsx file (written by libxlsxwriter); the caller
// writes them. Dates are date cells (yyyy-mm-dd), day counts numbers, flags booleans,
// and every sheet's header row stays frozen. The same input gives the same bytes: the
// document's creation date is the schedule's start. Sheet layouts: docs/cli.md, "Excel".

/// One scenario: a sheet named after it with the CSV's columns (csv_columns()), one row
/// per task; "Gantt", one row per task that happens with a column per period and
/// conditional fills (critical tasks red, others blue); "Deadlines".
std::string render_xlsx(const analysis::ScheduledScenario& run);

/// A comparison: "Comparison" (each scenario's milestones against the baseline's, with
/// changes), one sheet per scenario (the baseline first, the CSV's columns), "Gantt" with
/// the rows of every scenario on one time axis, "Deadlines"; with `monte_carlo` (a summary
/// per side, the baseline's first: `compare --runs`), "Monte Carlo": each side's end and
/// milestones with P10/P50/P80/P90 as dates and days.
std::string render_xlsx(const analysis::Comparison& comparison,
                        const std::vector<analysis::SimulationSummary>& monte_carlo = {});

/// A Monte Carlo summary: "Percentiles" (the end and each milestone: P10/P50/P80/P90 as
/// dates and days, mean, spread), "Deadlines" (hit rates), "Tasks" (criticality,
/// sensitivity), "S-curves" (the share of runs done by each date).
std::string render_xlsx(const analysis::SimulationSummary& summary);

/// A portfolio of `pathway`: "Applications" (one row each: start, finish, days), "Tasks"
/// (the CSV's columns for every application), "Pools" (queue statistics).
std::string render_xlsx(const sim::PortfolioResult& portfolio, const model::Pathway& pathway);

}  // namespace regsim::report
