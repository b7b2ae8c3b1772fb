// Monte Carlo percentiles of several scenarios side by side (for `regsim compare --runs`).
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/summary.hpp"
#include "regsim/report/options.hpp"

namespace regsim::report {

/// A table of the end of the pathway per scenario: runs, P50 and P80 in calendar days and
/// as dates, and the change of each against the first summary (the reference). Markdown
/// when `markdown`, else aligned text within `width` columns: a table from 92 columns,
/// narrower a block of lines per scenario.
std::string render_percentile_table(const std::vector<analysis::SimulationSummary>& summaries,
                                    bool markdown = false, int width = 100);

}  // namespace regsim::report
