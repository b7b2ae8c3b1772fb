// One entry point for `regsim schedule`'s reports and exports, whatever the format.
#pragma once

#include <string>

#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/report/options.hpp"

namespace regsim::report {

/// The schedule of `run` in `format`: text -> render_timeline_table() (the task table),
/// gantt -> render_gantt(), md -> render_gantt_markdown(), csv -> render_csv() of this one
/// run; html, svg, mermaid, ics, tjp and mspdi -> the renderers of exports.hpp and
/// html.hpp; json -> render_timeline_json(). Text layouts follow `options` (width, ASCII,
/// colour).
std::string render_schedule(const analysis::ScheduledScenario& run, Format format,
                            const TextOptions& options = {});

}  // namespace regsim::report
