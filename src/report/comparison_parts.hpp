// Internal: pieces of the comparison report that the Markdown renderer reuses.
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/comparison.hpp"
#include "regsim/report/options.hpp"

namespace regsim::report::detail {

/// The two-bar chart of `scenario` against `baseline`: a caption, the date header, two
/// rows per task, the deadline feet, a blank line and the legend. A single line when
/// nothing is dated.
std::vector<std::string> comparison_chart(const analysis::ScheduledScenario& baseline,
                                          const analysis::ScenarioComparison& scenario,
                                          const TextOptions& options);

/// Which tasks joined or left the driving path (the chain of what set each date back from
/// the end) in `scenario` against the baseline: "Driving path: joined a, b; left c", or
/// that it has the same tasks as the baseline's.
std::string driving_change(const analysis::ScenarioComparison& scenario);

}  // namespace regsim::report::detail
