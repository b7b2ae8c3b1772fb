// Internal: pieces of the comparison report that the Markdown renderer reuses.
#pragma once

#include <string>
#include <vector>

#include "regsim/report/options.hpp"
#include "regsim/report/scheduled_run.hpp"

namespace regsim::report::detail {

/// The two-bar chart of a comparison: a caption, the date header, two rows per task,
/// the deadline feet, a blank line and the legend. A single line when nothing is dated.
std::vector<std::string> comparison_chart(const ScheduledRun& baseline,
                                          const ScheduledRun& scenario, const TextOptions& options);

}  // namespace regsim::report::detail
