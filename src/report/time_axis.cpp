#include "regsim/report/time_axis.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <string_view>

namespace regsim::report {
namespace {

using calendar::Date;

constexpr std::array<std::string_view, 12> month_names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Label {
  int column;
  Date day;
  std::string text;
  bool boundary = true;  ///< false for the partial unit labelled at column 0
};

// One header line: a label at the column of every boundary day in the axis, plus a
// label for the partial unit at column 0 when the axis does not start on a boundary.
// Greedy placement: a label needs one blank column after the previous one; the leading
// partial label yields to the first real one. Returns the labels placed.
std::vector<Label> place(const TimeAxis& axis, const std::function<bool(Date)>& is_boundary,
                         const std::function<std::string(Date, bool)>& name) {
  std::vector<Label> labels;
  const Date end = axis.day_of(axis.columns);
  bool leading = false;
  for (Date day = axis.first; day < end; day += boost::gregorian::days(1)) {
    if (is_boundary(day)) {
      const int column = axis.column_of(day);
      if (!labels.empty() && labels.back().column == column) continue;
      labels.push_back({column, day, name(day, labels.empty()), true});
    } else if (day == axis.first) {
      labels.push_back({0, day, name(day, true), false});
      leading = true;
    }
  }
  if (leading && labels.size() > 1 &&
      static_cast<int>(labels[0].text.size()) + 1 > labels[1].column) {
    labels.erase(labels.begin());
    labels[0].text = name(labels[0].day, true);
  }
  std::vector<Label> placed;
  int free_from = 0;
  for (const auto& label : labels) {
    const int length = static_cast<int>(label.text.size());
    if (label.column < free_from || label.column + length > axis.columns) continue;
    placed.push_back(label);
    free_from = label.column + length + 1;
  }
  return placed;
}

std::string draw_labels(const TimeAxis& axis, const std::vector<Label>& labels) {
  std::string line(static_cast<std::size_t>(axis.columns), ' ');
  for (const auto& label : labels) {
    line.replace(static_cast<std::size_t>(label.column), label.text.size(), label.text);
  }
  return line;
}

bool is_month_start(Date day) {
  return day.day() == 1;
}
bool is_year_start(Date day) {
  return day.day() == 1 && day.month() == 1;
}
bool is_quarter_start(Date day) {
  return day.day() == 1 && (day.month() - 1) % 3 == 0;
}

// The year is named on the first label and in January; elsewhere the month suffices.
std::string month_year(Date day, bool first) {
  std::string name(month_names[day.month() - 1]);
  if (first || day.month() == 1) name += " " + std::to_string(day.year());
  return name;
}
std::string month_name(Date day, bool) {
  return std::string(month_names[day.month() - 1]);
}
std::string year_name(Date day, bool) {
  return std::to_string(day.year());
}
std::string day_number(Date day, bool) {
  return std::to_string(day.day());
}
std::string quarter_name(Date day, bool) {
  return "Q" + std::to_string((day.month() - 1) / 3 + 1);
}

// Mondays, thinned to every k-th one (counted from 1970-01-05, a Monday, so that the
// choice does not depend on where the chart starts) so that labels are >= 3 columns apart.
std::function<bool(Date)> mondays_every(int days_per_column) {
  const int k = std::max(1, (3 * days_per_column + 6) / 7);
  return [k](Date day) {
    if (day.day_of_week() != boost::date_time::Monday) return false;
    const int weeks = calendar::days_between(Date(1970, 1, 5), day) / 7;
    return weeks % k == 0;
  };
}

std::vector<Label> fine_labels(const TimeAxis& axis) {
  switch (axis.scale) {
    case TimeScale::days:
    case TimeScale::weeks:
      return place(axis, mondays_every(axis.days_per_column), day_number);
    case TimeScale::months:
      return place(axis, is_month_start, month_name);
    case TimeScale::quarters:
      return place(axis, is_quarter_start, quarter_name);
  }
  return {};
}

std::vector<Label> coarse_labels(const TimeAxis& axis) {
  if (axis.scale == TimeScale::days || axis.scale == TimeScale::weeks) {
    return place(axis, is_month_start, month_year);
  }
  return place(axis, is_year_start, year_name);
}

}  // namespace

const char* to_string(TimeScale scale) noexcept {
  switch (scale) {
    case TimeScale::days:
      return "days";
    case TimeScale::weeks:
      return "weeks";
    case TimeScale::months:
      return "months";
    case TimeScale::quarters:
      return "quarters";
  }
  return "days";
}

int TimeAxis::column_of(Date date) const {
  const int offset = calendar::days_between(first, date);
  // Floor division, so that days before `first` map to negative columns.
  return offset >= 0 ? offset / days_per_column
                     : -((-offset + days_per_column - 1) / days_per_column);
}

Date TimeAxis::day_of(int column) const {
  return first + boost::gregorian::days(static_cast<long>(column) * days_per_column);
}

TimeAxis choose_axis(Date first, Date last, int max_columns) {
  if (last < first) std::swap(first, last);
  max_columns = std::max(1, max_columns);
  const int days = calendar::days_between(first, last) + 1;
  TimeAxis axis;
  axis.first = first;
  axis.days_per_column = (days + max_columns - 1) / max_columns;
  axis.columns = (days + axis.days_per_column - 1) / axis.days_per_column;
  const int dpc = axis.days_per_column;
  axis.scale = dpc == 1   ? TimeScale::days
               : dpc <= 4 ? TimeScale::weeks
               : dpc <= 8 ? TimeScale::months
                          : TimeScale::quarters;
  return axis;
}

std::vector<std::string> axis_labels(const TimeAxis& axis) {
  return {draw_labels(axis, coarse_labels(axis)), draw_labels(axis, fine_labels(axis))};
}

std::vector<int> tick_columns(const TimeAxis& axis) {
  std::vector<int> ticks;
  for (const auto& label : fine_labels(axis)) {
    if (label.boundary) ticks.push_back(label.column);
  }
  return ticks;
}

}  // namespace regsim::report
