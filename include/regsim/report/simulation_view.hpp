// What the HTML report draws of a Monte Carlo run, taken from the simulation summary.
#pragma once

#include "regsim/analysis/summary.hpp"
#include "regsim/report/html.hpp"

namespace regsim::report {

/// The end of the pathway's spread as the HTML report draws it: histogram (shares of
/// runs), S-curve, P10/P50/P80/P90, and the tasks by |Spearman correlation|, largest first.
DistributionView distribution_view(const analysis::SimulationSummary& summary);

}  // namespace regsim::report
