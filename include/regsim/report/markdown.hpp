// Markdown reports: tables for the figures, the text chart in a code block.
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/report/options.hpp"

namespace regsim::report {

/// One schedule in Markdown: a heading, a summary sentence, a task table (kind, start,
/// finish, calendar and clock days, waits, critical), a deadline table when there are
/// deadlines, and render_gantt() in a ```text code block (laid out with `options`).
std::string render_gantt_markdown(const analysis::ScheduledScenario& run,
                                  const TextOptions& options = {});

/// A comparison in Markdown, one section per scenario: a summary table of both runs, the
/// milestone delta table, the per-task table (days in each, change), the deadlines, and
/// the two-bar chart in a ```text code block.
std::string render_comparison_markdown(const analysis::Comparison& comparison,
                                       const TextOptions& options = {});

/// `text` safe inside a Markdown table cell: '|' escaped, line breaks as spaces, '<' and
/// '>' as entities (no HTML element can start), other controls as escape_controls() does.
std::string markdown_cell(std::string_view text);

}  // namespace regsim::report
