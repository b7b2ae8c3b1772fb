// Rendering a baseline diff (analysis::TimelineDiff) as plain text, task by task.
#pragma once

#include <string>

#include "regsim/analysis/timeline_diff.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report {

/// What `regsim baseline diff` prints: the end's shift, a table of the tasks that moved,
/// were added or were removed (unchanged tasks are only counted), and a summary line that
/// names the regressions beyond the tolerance. ASCII only, one line per task.
std::string render_timeline_diff(const analysis::TimelineDiff& diff, const sim::Timeline& baseline,
                                 const sim::Timeline& current);

}  // namespace regsim::report
