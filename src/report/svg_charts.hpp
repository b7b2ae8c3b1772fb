// Small SVG charts of Monte Carlo results for the HTML report (internal).
#pragma once

#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
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

/// One line of a month-by-month chart: a value per month (NaN: none that month).
struct MonthLine {
  std::string name;
  std::vector<double> values;
};

/// Lines of values month by month from `first_month` (its first day), in the scenario
/// colours, on an axis from 0 to the largest value, with a legend when there are several.
std::string svg_month_lines(const std::string& title, const std::string& y_name,
                            calendar::Date first_month, const std::vector<MonthLine>& lines);

}  // namespace regsim::report::detail
