// Counting conventions: how a statutory period in some unit turns into an end date.
#pragma once

#include <optional>
#include <string_view>

#include "regsim/calendar/calendar.hpp"
#include "regsim/calendar/duration.hpp"

namespace regsim::calendar {

/// The legal or procedural rule for counting a period. Each is documented, with its
/// source, in docs/workflow-format.md ("Counting conventions").
enum class Convention {
  plain,              ///< project-tool rule: the start day is not counted (start + N)
  kr_civil_petition,  ///< 민원처리법: working days, day of receipt is day 1
  ema_day,            ///< EMA: Day N = start + (N - 1) calendar days
  calendar_months,    ///< FDA goal dates: same day N months later, clamped to month end
  kr_civil_act,       ///< 민법 157/159-161: periods in weeks/months, roll off Sat/holidays
};

/// Parses "plain", "kr-civil-petition", "ema-day", "calendar-months", "kr-civil-act".
std::optional<Convention> parse_convention(std::string_view name);
/// The name used in files and on the command line.
std::string_view to_string(Convention convention);

/// The date on which a period of `duration` beginning on `start` ends, under
/// `convention`, counting working days on `calendar`. A zero duration ends on `start`.
/// Throws regsim::Error when the result would leave the years 1400..9999.
Date add_duration(Date start, Duration duration, const Calendar& calendar, Convention convention);

/// The inverse of add_duration for one unit: the smallest amount N >= 0 such that
/// add_duration(start, {N, unit}) >= end (so counting back what was added gives the
/// same number). For `to` before `from` the result is negative by symmetry.
int count_between(Date start, Date end, DurationUnit unit, const Calendar& calendar,
                  Convention convention);

}  // namespace regsim::calendar
