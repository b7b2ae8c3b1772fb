#include "regsim/calendar/date.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <string_view>

#include "regsim/error.hpp"

using regsim::calendar::Date;
using regsim::calendar::parse_date;

TEST_CASE("parse_date accepts real ISO dates only", "[calendar]") {
  CHECK(parse_date("2025-09-05") == Date(2025, 9, 5));
  CHECK(parse_date("2024-02-29") == Date(2024, 2, 29));  // leap year
  CHECK_FALSE(parse_date("2025-02-29"));                 // not a leap year
  CHECK_FALSE(parse_date("2100-02-29"));                 // century rule
  CHECK(parse_date("2000-02-29"));                       // 400-year rule
  CHECK_FALSE(parse_date("2025-13-01"));
  CHECK_FALSE(parse_date("2025-04-31"));
  CHECK_FALSE(parse_date("2025-4-01"));
  CHECK_FALSE(parse_date("2025/04/01"));
  CHECK_FALSE(parse_date("20250401"));
  CHECK_FALSE(parse_date("1399-12-31"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("to_iso and days_between", "[calendar]") {
  CHECK(regsim::calendar::to_iso(Date(2026, 1, 2)) == "2026-01-02");
  CHECK(regsim::calendar::days_between(Date(2025, 12, 31), Date(2026, 1, 1)) == 1);
  CHECK(regsim::calendar::days_between(Date(2024, 1, 1), Date(2025, 1, 1)) == 366);
  CHECK(regsim::calendar::days_between(Date(2026, 1, 1), Date(2025, 1, 1)) == -365);
}

TEST_CASE("write_iso agrees with Boost on every day of the supported years", "[calendar]") {
  // write_iso computes the fields itself (not through Boost's year_month_day).
  const Date first(1400, 1, 1);
  const Date last(9999, 12, 31);
  char text[regsim::calendar::iso_length];
  long mismatches = 0;
  for (Date day = first; day <= last; day += boost::gregorian::days(1)) {
    regsim::calendar::write_iso(day, text);
    const auto ymd = day.year_month_day();
    const auto expected = fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year),
                                      static_cast<int>(ymd.month), static_cast<int>(ymd.day));
    if (std::string_view(text, sizeof text) != expected) ++mismatches;
  }
  CHECK(mismatches == 0);
  CHECK(regsim::calendar::to_iso(Date(1400, 3, 1)) == "1400-03-01");
  CHECK(regsim::calendar::to_iso(Date(2000, 2, 29)) == "2000-02-29");
  CHECK(regsim::calendar::to_iso(Date(boost::date_time::not_a_date_time)) == "----------");
}

TEST_CASE("add_months_clamped keeps the day or clamps to the month end", "[calendar]") {
  using regsim::calendar::add_months_clamped;
  // FDA goal-date style: same day N months later.
  CHECK(add_months_clamped(Date(2025, 1, 15), 10) == Date(2025, 11, 15));
  // 31 Aug + 6 months: February has no 31st, the period ends on its last day.
  CHECK(add_months_clamped(Date(2025, 8, 31), 6) == Date(2026, 2, 28));
  CHECK(add_months_clamped(Date(2023, 8, 31), 6) == Date(2024, 2, 29));
  // Unlike Boost's month iterator, a month-end start does not snap to the month end.
  CHECK(add_months_clamped(Date(2025, 4, 30), 1) == Date(2025, 5, 30));
  CHECK(add_months_clamped(Date(2025, 3, 31), -1) == Date(2025, 2, 28));
  CHECK(add_months_clamped(Date(2025, 11, 30), 3) == Date(2026, 2, 28));
  CHECK_THROWS_AS(add_months_clamped(Date(9999, 6, 1), 12), regsim::Error);
}
