// The time axis of a text Gantt: which days each column covers and the date header.
#pragma once

#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"

namespace regsim::report {

/// The unit the date header is labelled in, chosen from the days one column covers.
enum class TimeScale {
  days,      ///< 1 day per column; day-of-month under each Monday, months above
  weeks,     ///< 2-4 days per column; day-of-month under Mondays, months above
  months,    ///< 5-8 days per column; month names, years above
  quarters,  ///< 9 or more days per column; Q1..Q4, years above
};

/// "days", "weeks", "months" or "quarters".
const char* to_string(TimeScale scale) noexcept;

/// Maps dates to chart columns: column c covers the days
/// [first + c * days_per_column, first + (c + 1) * days_per_column).
struct TimeAxis {
  calendar::Date first;     ///< the first day of column 0
  int days_per_column = 1;  ///< >= 1
  int columns = 1;          ///< columns in use (the last one holds the last day)
  TimeScale scale = TimeScale::days;

  /// The column holding `date`; may be < 0 or >= columns when the date is outside.
  int column_of(calendar::Date date) const;
  /// The first day column `column` covers.
  calendar::Date day_of(int column) const;
};

/// The finest axis that shows the days [first, last] (both included) in at most
/// `max_columns` columns (>= 1). days_per_column = ceil(days / max_columns).
TimeAxis choose_axis(calendar::Date first, calendar::Date last, int max_columns);

/// Two header lines for the chart area, each exactly `axis.columns` columns wide: the
/// coarse unit (months with their year for days and weeks; years otherwise) and the fine
/// unit (day of month of each Monday; month names; quarters), each label starting at
/// the column of the day it names. A label that would touch the previous one is left out.
/// English month abbreviations; ASCII only.
std::vector<std::string> axis_labels(const TimeAxis& axis);

/// The columns where the fine unit of the header starts (Mondays, month or quarter
/// starts), for tick marks on a ruler.
std::vector<int> tick_columns(const TimeAxis& axis);

}  // namespace regsim::report
