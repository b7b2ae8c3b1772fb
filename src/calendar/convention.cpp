#include "regsim/calendar/convention.hpp"

#include <array>
#include <utility>

#include "day_number.hpp"
#include "regsim/error.hpp"

namespace regsim::calendar {
namespace {

constexpr std::array<std::pair<Convention, std::string_view>, 5> names{{
    {Convention::plain, "plain"},
    {Convention::kr_civil_petition, "kr-civil-petition"},
    {Convention::ema_day, "ema-day"},
    {Convention::calendar_months, "calendar-months"},
    {Convention::kr_civil_act, "kr-civil-act"},
}};

// The plain rule, also used for every negative amount (lags and leads).
Date add_plain(Date start, Duration duration, const Calendar& calendar) {
  switch (duration.unit) {
    case DurationUnit::calendar_days:
      return detail::add_days_checked(start, duration.amount);
    case DurationUnit::working_days:
      return calendar.add_working_days(start, duration.amount);
    case DurationUnit::weeks:
      return detail::add_days_checked(start, 7LL * duration.amount);
    case DurationUnit::months:
      return add_months_clamped(start, duration.amount);
  }
  return start;
}

// 민법 제160조: a period in months whose counting starts on `first` (the 기산일) ends on
// the day before the day corresponding to `first` in the last month (②), or on the last
// day of that month when it has no corresponding day (③).
Date civil_act_month_end(Date first, int months) {
  const Date corresponding = add_months_clamped(first, months);
  if (corresponding.day() != first.day()) return corresponding;  // clamped: month end
  return detail::add_days_checked(corresponding, -1);
}

// 민법 제157조, 제159조-제161조 for weeks, months and (with 제161조's roll) days.
// `first_day_counted` is the 민원처리법 제19조 ④ variant.
Date add_civil_act(Date start, Duration duration, const Calendar& calendar,
                   bool first_day_counted) {
  const Date first = first_day_counted ? start : detail::add_days_checked(start, 1);
  Date end = start;
  switch (duration.unit) {
    case DurationUnit::calendar_days:
      end = detail::add_days_checked(first, duration.amount - 1);
      break;
    case DurationUnit::weeks:
      end = detail::add_days_checked(first, 7LL * duration.amount - 1);
      break;
    case DurationUnit::months:
      end = civil_act_month_end(first, duration.amount);
      break;
    case DurationUnit::working_days:
      return calendar.add_working_days(start, duration.amount);
  }
  // 제161조: a period whose last day is a Saturday or a public holiday ends on the next
  // day; repeated while that day is also closed.
  return calendar.next_working_day_on_or_after(end);
}

// 민원처리법 제19조 ②: a period in days counts working days, the day of receipt
// included (as day 1 when it is itself a working day).
Date add_petition_days(Date start, int amount, const Calendar& calendar) {
  const Date day_one = calendar.next_working_day_on_or_after(start);
  return calendar.add_working_days(day_one, amount - 1);
}

}  // namespace

std::optional<Convention> parse_convention(std::string_view name) {
  for (const auto& [convention, text] : names) {
    if (text == name) return convention;
  }
  return std::nullopt;
}

std::string_view to_string(Convention convention) {
  for (const auto& [value, text] : names) {
    if (value == convention) return text;
  }
  return "plain";
}

Date add_duration(Date start, Duration duration, const Calendar& calendar, Convention convention) {
  if (duration.amount == 0) return start;
  if (duration.amount < 0) return add_plain(start, duration, calendar);
  switch (convention) {
    case Convention::plain:
    case Convention::calendar_months:
      return add_plain(start, duration, calendar);
    case Convention::ema_day:
      switch (duration.unit) {
        case DurationUnit::calendar_days:
        case DurationUnit::working_days:
          return detail::add_days_checked(start, duration.amount - 1);
        case DurationUnit::weeks:
          return detail::add_days_checked(start, 7LL * duration.amount - 1);
        case DurationUnit::months:
          return add_months_clamped(start, duration.amount);
      }
      break;
    case Convention::kr_civil_petition:
      if (duration.unit == DurationUnit::calendar_days ||
          duration.unit == DurationUnit::working_days) {
        return add_petition_days(start, duration.amount, calendar);
      }
      return add_civil_act(start, duration, calendar, true);
    case Convention::kr_civil_act:
      return add_civil_act(start, duration, calendar, false);
  }
  return add_plain(start, duration, calendar);
}

int count_between(Date start, Date end, DurationUnit unit, const Calendar& calendar,
                  Convention convention) {
  if (start == end) return 0;
  const bool forward = end > start;
  const int sign = forward ? 1 : -1;
  // Past the end: the result of `amount` units lies on the far side of `end`.
  const auto past = [&](int amount) {
    try {
      const Date reached = add_duration(start, Duration{sign * amount, unit}, calendar, convention);
      return forward ? reached >= end : reached <= end;
    } catch (const Error&) {
      return true;  // beyond year 9999 (or before 1400): past any representable `end`
    }
  };
  // Every unit is at least one calendar day except months (at least 28 days), and every
  // convention reaches `end` within this many units; a roll or a clamp adds at most a few.
  const auto days = static_cast<long>(forward ? (end - start).days() : (start - end).days());
  long bound = days + 2;
  if (unit == DurationUnit::weeks) bound = days / 7 + 2;
  if (unit == DurationUnit::months) bound = days / 28 + 2;
  if (unit == DurationUnit::working_days || convention == Convention::kr_civil_petition) {
    bound = days + 2;
  }
  // Smallest amount in (0, bound] that is past the end; `bound` itself is never
  // evaluated (it may lie beyond year 9999).
  long low = 0;
  long high = bound;
  while (high - low > 1) {
    const long middle = low + (high - low) / 2;
    if (past(static_cast<int>(middle))) {
      high = middle;
    } else {
      low = middle;
    }
  }
  return sign * static_cast<int>(high);
}

}  // namespace regsim::calendar
