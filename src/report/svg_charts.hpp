// Small SVG charts of Monte Carlo results for the HTML report (internal).
#pragma once

#include <string>

#include "regsim/report/html.hpp"

namespace regsim::report::detail {

/// Bars of the share of runs per bin, with the percentiles marked.
std::string svg_histogram(const DistributionView& view, std::size_t colour_index);
/// Cumulative probability against calendar days, with the percentiles marked.
std::string svg_s_curve(const DistributionView& view, std::size_t colour_index);
/// Horizontal bars of rank correlation, centred on zero, largest first.
std::string svg_tornado(const DistributionView& view, std::size_t colour_index);

}  // namespace regsim::report::detail
