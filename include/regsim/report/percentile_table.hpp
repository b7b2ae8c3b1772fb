// Monte Carlo percentiles of several scenarios side by side (for `regsim compare --runs`).
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/summary.hpp"
#include "regsim/report/options.hpp"

namespace regsim::report {

/// A table of the end of the pathway per scenario: runs, P50 and P80 in calendar days and
/// as dates, and the change of each against the first summary (the reference). Markdown
/// when `markdown`, else aligned text.
std::string render_percentile_table(const std::vector<analysis::SimulationSummary>& summaries,
                                    bool markdown = false);

}  // namespace regsim::report
