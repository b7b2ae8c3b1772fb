// Small SVG charts of Monte Carlo results for the HTML report (internal).
#pragma once

#include <string>
#include <vector>

#include "regsim/report/html.hpp"

namespace regsim::report::detail {

/// Bars of the share of runs per bin, with the percentiles marked.
std::string svg_histogram(const DistributionView& view, std::size_t colour_index);
/// Cumulative probability against calendar days, with the percentiles marked.
std::string svg_s_curve(const DistributionView& view, std::size_t colour_index);
/// Every view's S-curve on one axis, in its scenario's colour, with a legend and the first
/// view's deadlines: how the scenarios compare at every level of confidence.
std::string svg_s_curves(const std::vector<DistributionView>& views);
/// Horizontal bars of rank correlation, centred on zero, largest first.
std::string svg_tornado(const DistributionView& view, std::size_t colour_index);

}  // namespace regsim::report::detail
