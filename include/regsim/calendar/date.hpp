// Calendar dates: Boost.Date_Time's gregorian date, ISO 8601 parsing and printing.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace regsim::calendar {

/// A calendar date (proleptic Gregorian, years 1400..9999). Boost's type is a thin
/// wrapper around a day number: cheap to copy, compare and step.
using Date = boost::gregorian::date;

/// Parses exactly `YYYY-MM-DD`; std::nullopt when malformed or not a real date
/// (2025-02-30) or outside 1400..9999.
std::optional<Date> parse_date(std::string_view text);

/// `YYYY-MM-DD`.
std::string to_iso(Date date);

/// Characters write_iso writes.
inline constexpr std::size_t iso_length = 10;

/// Writes `YYYY-MM-DD` (or ten '-' for a special date) at `out`, which has room for
/// iso_length characters, and returns the position after it. For writers that put a date
/// on every row.
char* write_iso(Date date, char* out);

/// Calendar days from `from` to `to` (negative when `to` is earlier).
int days_between(Date from, Date to);

/// Same day of the month `months` months later (or earlier), clamped to the last day of
/// the target month: 2025-08-31 + 6 months = 2026-02-28. (Boost's own month iterator
/// snaps month-ends to month-ends, 2025-04-30 + 1 = 05-31, which is not the legal rule.)
/// Throws regsim::Error when the result leaves 1400..9999.
Date add_months_clamped(Date date, int months);

}  // namespace regsim::calendar
