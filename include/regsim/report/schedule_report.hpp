// One entry point each for `regsim schedule`'s and `regsim compare`'s reports, any format.
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/report/html.hpp"
#include "regsim/report/options.hpp"

namespace regsim::report {

/// The schedule of `run` in `format`: text -> render_timeline_table() (the task table),
/// gantt -> render_gantt(), md -> render_gantt_markdown(), csv -> render_csv() of this one
/// run; html, svg, mermaid, ics, tjp and mspdi -> the renderers of exports.hpp and
/// html.hpp; json -> render_timeline_json(); xlsx -> render_xlsx() (bytes). Text layouts follow
/// `options` (width, ASCII, colour).
std::string render_schedule(const analysis::ScheduledScenario& run, Format format,
                            const TextOptions& options = {});

/// `comparison` in `format`: text and gantt -> render_comparison(), md ->
/// render_comparison_markdown(), csv -> render_csv(), json -> render_comparison_json()
/// with every timeline, html and svg -> html.hpp with `picture`, xlsx -> render_xlsx(). With
/// `monte_carlo` (a summary per side, the baseline's first: `compare --runs`), text and md
/// end with render_percentile_table(), and csv, json, html and xlsx carry the runs as
/// their renderers document. Throws regsim::Error for the exports of one scenario
/// (mermaid, ics, tjp, mspdi: is_single_scenario_export()).
std::string render_comparison_report(
    const analysis::Comparison& comparison, Format format, const TextOptions& options = {},
    const PictureOptions& picture = {},
    const std::vector<analysis::SimulationSummary>& monte_carlo = {});

}  // namespace regsim::report
