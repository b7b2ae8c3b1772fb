// Internal: dates as Julian day numbers, with the 1400..9999 range check in one place.
#pragma once

#include <cstdint>
#include <string>

#include "regsim/calendar/date.hpp"
#include "regsim/error.hpp"

namespace regsim::calendar::detail {

/// Julian day number of `date` (2000-01-01 is 2451545; day number mod 7 == 0 is a Monday).
inline std::int64_t day_number(Date date) {
  return static_cast<std::int64_t>(date.day_number());
}

/// Day numbers of 1400-01-01 and 9999-12-31, the range Boost.Date_Time represents.
inline const std::int64_t first_day_number = day_number(Date(1400, 1, 1));
inline const std::int64_t last_day_number = day_number(Date(9999, 12, 31));

/// The date with day number `number`; throws regsim::Error (exit code 2) outside
/// 1400..9999, with the text `describe()` returns naming the computation that overflowed
/// (built only then: this is on every scheduling step's path).
template <typename Describe>
Date date_from_day_number(std::int64_t number, Describe describe) {
  if (number < first_day_number || number > last_day_number) {
    throw Error("date arithmetic leaves the supported years 1400..9999 (" + describe() +
                "); use a shorter duration");
  }
  return Date(1400, 1, 1) +
         boost::gregorian::date_duration(static_cast<long>(number - first_day_number));
}

/// `date` moved by `days`, range-checked.
inline Date add_days_checked(Date date, std::int64_t days) {
  return date_from_day_number(day_number(date) + days, [&] {
    return to_iso(date) + " plus " + std::to_string(days) + " days";
  });
}

}  // namespace regsim::calendar::detail
