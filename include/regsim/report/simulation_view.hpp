// What the HTML report draws of a Monte Carlo run, taken from the simulation summary.
#pragma once

#include <vector>

#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/report/html.hpp"

namespace regsim::report {

/// The end of the pathway's spread as the HTML report draws it: histogram (shares of
/// runs), S-curve, P10/P50/P80/P90, and the tasks by |Spearman correlation|, largest first.
DistributionView distribution_view(const analysis::SimulationSummary& summary);

/// The same with the deadlines that measure what the chart shows drawn on it: counted in
/// calendar days, from a task without predecessors (its start, or the finish of a
/// milestone: day 0 of every run) to the finish of a task without successors. `pathway`
/// is the one the summary was drawn from (scenario applied).
DistributionView distribution_view(const analysis::SimulationSummary& summary,
                                   const model::Pathway& pathway);

/// One view per side of `comparison` (with its pathway's deadlines), from `summaries` (a
/// summary per side, the baseline's first); empty when there are none.
std::vector<DistributionView> distribution_views(
    const analysis::Comparison& comparison,
    const std::vector<analysis::SimulationSummary>& summaries);

}  // namespace regsim::report
