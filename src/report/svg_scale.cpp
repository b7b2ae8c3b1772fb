#include "svg_scale.hpp"

#include <algorithm>

namespace regsim::report::detail {
namespace {

// The chart's ends stay within the years Boost represents (1400..9999): a margin or a
// one-day span past them would be a date whose year cannot even be named.
calendar::Date moved_within_range(calendar::Date date, int days) {
  static const calendar::Date earliest(1400, 1, 1), latest(9999, 12, 31);
  const int room =
      days < 0 ? -calendar::days_between(earliest, date) : calendar::days_between(date, latest);
  return date + boost::gregorian::days(days < 0 ? std::max(days, room) : std::min(days, room));
}

constexpr const char* month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

TimeScale::TimeScale(calendar::Date first, calendar::Date last, double left, double right)
    : first_(first), last_(last), left_(left), right_(right) {
  // At least one day wide, so that x() never divides by zero.
  if (last_ <= first_) {
    last_ = moved_within_range(first_, 1);
    if (last_ == first_) first_ = moved_within_range(last_, -1);
  }
}

Pictured pictured(const analysis::Comparison& comparison) {
  Pictured scenarios{&comparison.baseline};
  for (const auto& compared : comparison.scenarios)
    scenarios.push_back(&compared.scenario);
  return scenarios;
}

TimeScale TimeScale::covering(const Pictured& scenarios, double left, double right) {
  calendar::Date first = scenarios.front()->timeline.start;
  calendar::Date last = scenarios.front()->timeline.finish;
  for (const auto* scenario : scenarios) {
    first = std::min(first, scenario->timeline.start);
    last = std::max(last, scenario->timeline.finish);
    for (const auto& deadline : scenario->timeline.deadlines) {
      first = std::min(first, deadline.due);
      last = std::max(last, deadline.due);
    }
  }
  // A margin of 2% each side keeps milestones' diamonds inside the chart.
  const int margin = std::max(1, calendar::days_between(first, last) / 50);
  return TimeScale(moved_within_range(first, -margin), moved_within_range(last, margin), left,
                   right);
}

LabelRows::Placed LabelRows::place(double line_x, double width) {
  const bool flipped = line_x + 2 + width > limit_;
  const double from = flipped ? line_x - 2 - width : line_x + 2, to = from + width;
  std::size_t row = 0;
  for (; row < rows_.size(); ++row) {
    const bool clear = std::all_of(rows_[row].begin(), rows_[row].end(), [&](const auto& placed) {
      return to + 4 < placed.first || from > placed.second + 4;
    });
    if (clear) break;
  }
  if (row == rows_.size()) rows_.emplace_back();
  rows_[row].emplace_back(from, to);
  return {flipped ? line_x - 2 : line_x + 2, flipped, row};
}

double TimeScale::x(calendar::Date date) const {
  const double span = calendar::days_between(first_, last_);
  return left_ + (right_ - left_) * calendar::days_between(first_, date) / span;
}

std::vector<TimeScale::Tick> TimeScale::ticks() const {
  std::vector<Tick> ticks;
  const int span = calendar::days_between(first_, last_);
  if (span <= 98) {  // weeks, on Mondays
    calendar::Date day = first_;
    while (day <= last_ && day.day_of_week() != boost::date_time::Monday)
      day += boost::gregorian::days(1);
    for (; day <= last_; day += boost::gregorian::days(7)) {
      const auto ymd = day.year_month_day();
      ticks.push_back({day, std::to_string(ymd.day) + " " + month_names[ymd.month - 1]});
    }
    return ticks;
  }
  const int months_per_tick = span <= 450 ? 1 : (span <= 1400 ? 3 : 12);
  auto ymd = first_.year_month_day();
  int year = ymd.year, month = ymd.month;
  // The first boundary after the start that is a multiple of the step.
  do {
    if (++month > 12) month = 1, ++year;
  } while ((month - 1) % months_per_tick != 0);
  for (; year <= 9999;) {
    const calendar::Date day(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                             1);
    if (day > last_) break;
    std::string label = months_per_tick == 12 ? std::to_string(year)
                        : months_per_tick == 3
                            ? "Q" + std::to_string((month - 1) / 3 + 1) + " " + std::to_string(year)
                            : std::string(month_names[month - 1]) +
                                  (month == 1 || ticks.empty() ? " " + std::to_string(year) : "");
    ticks.push_back({day, label});
    month += months_per_tick;
    while (month > 12)
      month -= 12, ++year;
  }
  return ticks;
}

const char* scenario_colour(std::size_t scenario) {
  static constexpr const char* palette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
                                            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
  return palette[scenario % std::size(palette)];
}

}  // namespace regsim::report::detail
