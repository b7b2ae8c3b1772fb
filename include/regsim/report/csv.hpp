// CSV export (RFC 4180): one row per task and scenario, with a scenario column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report {

/// The columns, in order (documented in docs/cli.md, "CSV columns"): pathway, scenario,
/// application, task_id, task_name, kind, owner, clock, ready, start, finish,
/// calendar_days, working_days, clock_days, resource_wait_days, sitting_wait_days,
/// total_float_days, free_float_days, critical, skipped, rounds.
const std::vector<std::string_view>& csv_columns();

/// One CSV field: quoted (with inner quotes doubled) when it holds a comma, a quote, a
/// CR or an LF, or starts or ends with a space; otherwise unchanged (RFC 4180 §2).
std::string csv_field(std::string_view text);

/// A header row and one row per task of `run`, in timeline order. Lines end in CRLF
/// (RFC 4180). `clock` is "running" or "stopped"; booleans are "true"/"false"; dates
/// ISO 8601.
std::string render_csv(const analysis::ScheduledScenario& run);

/// The same for every side of a comparison: the baseline's rows, then each scenario's.
/// With `monte_carlo` (one summary per side, the baseline's first: `compare --runs`), five
/// more columns: reached_share, p10_finish, p50_finish, p80_finish and p90_finish, filled
/// on milestone rows (the share of runs that reached it and its P-dates), else empty.
std::string render_csv(const analysis::Comparison& comparison,
                       const std::vector<analysis::SimulationSummary>& monte_carlo = {});

/// The same for a portfolio of `pathway`: each application's rows in turn, numbered in
/// the `application` column.
std::string render_csv(const sim::PortfolioResult& portfolio, const model::Pathway& pathway);

/// The UTF-8 byte-order mark. Excel takes a CSV file without it for the local code page
/// and garbles Hangul and kanji; `--csv-bom` puts it first (docs/cli.md, "CSV columns").
inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace regsim::report
