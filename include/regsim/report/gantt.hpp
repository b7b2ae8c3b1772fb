// The text Gantt chart of one scheduled scenario.
#pragma once

#include <string>

#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/report/options.hpp"

namespace regsim::report {

/// A text Gantt of `run`, every line at most `options.width` display columns, ending in
/// a newline. Layout, top to bottom: a title and a summary line (dates, calendar days,
/// clock days); the date header chosen by choose_axis(); one row per task in pathway
/// order with its name (shortened to fit), calendar days, clock days and bar; a row
/// numbering the deadlines, drawn as vertical lines at their due dates; the deadline
/// results; a legend. Bars: agency clock running, clock stopped, waiting for a reviewer
/// (ready -> start) and waiting for a committee sitting are drawn with distinct glyphs;
/// milestones are ◆; critical tasks are marked '!' before their name. Throws
/// regsim::Error when the width is outside [min_width, max_width].
std::string render_gantt(const analysis::ScheduledScenario& run, const TextOptions& options = {});

}  // namespace regsim::report
