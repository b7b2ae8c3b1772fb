// Rendering a baseline diff (an analysis::Comparison of a saved timeline) as plain text.
#pragma once

#include <string>

#include "regsim/analysis/comparison.hpp"

namespace regsim::report {

/// What `regsim baseline diff` prints for the first scenario of `comparison` against its
/// baseline (the saved timeline): the end's shift, a table of the tasks that moved, were
/// added or were removed (unchanged tasks are only counted) in the current timeline's order
/// then the removed ones in the baseline's, and a summary line that names the regressions
/// beyond the tolerance. ASCII only, one line per task. Throws regsim::Error when the
/// comparison has no scenario.
std::string render_timeline_diff(const analysis::Comparison& comparison);

}  // namespace regsim::report
