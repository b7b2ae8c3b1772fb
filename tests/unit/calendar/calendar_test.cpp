#include "regsim/calendar/calendar.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "kr_2025.hpp"
#include "regsim/error.hpp"

using regsim::calendar::Calendar;
using regsim::calendar::Date;
using regsim::calendar::Holiday;

namespace {

const Calendar& kr() {
  static const Calendar calendar("kr-2025", regsim::test::kr_2025_holidays());
  return calendar;
}

// An independent oracle for the properties: day-by-day over the raw holiday list.
bool naive_working(Date date, const std::vector<Holiday>& holidays) {
  const int weekday = date.day_of_week();
  if (weekday == 0 || weekday == 6) return false;
  return std::none_of(holidays.begin(), holidays.end(),
                      [&](const Holiday& h) { return h.date == date; });
}

}  // namespace

TEST_CASE("the default calendar is Monday to Friday without holidays", "[calendar]") {
  const Calendar weekdays;
  CHECK(weekdays.name() == "weekdays");
  CHECK(weekdays.holidays().empty());
  CHECK(weekdays.is_working_day(Date(2025, 1, 1)));         // a Wednesday, no holidays here
  CHECK_FALSE(weekdays.is_working_day(Date(2025, 1, 11)));  // Saturday
  CHECK_FALSE(weekdays.is_working_day(Date(2025, 1, 12)));  // Sunday
  CHECK(weekdays.working_days_between(Date(2025, 1, 6), Date(2025, 1, 13)) == 5);
  CHECK(weekdays.working_days_between(Date(2025, 1, 13), Date(2025, 1, 6)) == -5);
  CHECK(weekdays.add_working_days(Date(2025, 1, 10), 1) == Date(2025, 1, 13));   // Fri -> Mon
  CHECK(weekdays.add_working_days(Date(2025, 1, 11), 1) == Date(2025, 1, 13));   // Sat -> Mon
  CHECK(weekdays.add_working_days(Date(2025, 1, 13), -1) == Date(2025, 1, 10));  // Mon -> Fri
  CHECK(weekdays.add_working_days(Date(2025, 1, 12), -1) == Date(2025, 1, 10));  // Sun -> Fri
  CHECK(weekdays.add_working_days(Date(2025, 1, 12), 0) == Date(2025, 1, 12));
  CHECK(weekdays.next_working_day_on_or_after(Date(2025, 1, 11)) == Date(2025, 1, 13));
  CHECK(weekdays.next_working_day_on_or_after(Date(2025, 1, 13)) == Date(2025, 1, 13));
  CHECK(weekdays.previous_working_day_on_or_before(Date(2025, 1, 12)) == Date(2025, 1, 10));
  // 2024 is a leap year starting on a Monday: 52 weeks and 2 days (Mon, Tue).
  CHECK(weekdays.working_days_between(Date(2024, 1, 1), Date(2025, 1, 1)) == 262);
}

TEST_CASE("Korean 2025 holidays: the Seollal and Chuseok weeks", "[calendar]") {
  const Calendar& calendar = kr();
  CHECK_FALSE(calendar.is_working_day(Date(2025, 1, 27)));  // temporary holiday
  CHECK_FALSE(calendar.is_working_day(Date(2025, 10, 8)));  // substitute for Chuseok on Sunday
  CHECK(calendar.is_working_day(Date(2025, 1, 31)));
  // Fri 24 Jan; then Mon 27 (temporary) and Seollal Tue-Thu: the next working day is Fri 31.
  CHECK(calendar.add_working_days(Date(2025, 1, 24), 1) == Date(2025, 1, 31));
  CHECK(calendar.add_working_days(Date(2025, 1, 31), -1) == Date(2025, 1, 24));
  CHECK(calendar.working_days_between(Date(2025, 1, 24), Date(2025, 2, 3)) == 2);
  // 3 Oct (Fri), weekend, Chuseok 6-7, substitute 8, Hangul Day 9: Thu 2 -> Fri 10.
  CHECK(calendar.add_working_days(Date(2025, 10, 2), 1) == Date(2025, 10, 10));
  CHECK(calendar.working_days_between(Date(2025, 10, 1), Date(2025, 10, 13)) == 3);
  CHECK(calendar.next_working_day_on_or_after(Date(2025, 10, 3)) == Date(2025, 10, 10));
  CHECK(calendar.previous_working_day_on_or_before(Date(2025, 10, 9)) == Date(2025, 10, 2));
}

TEST_CASE("a year of Korean working days", "[calendar]") {
  // 2025 starts on a Wednesday: 52 weeks + 1 day = 261 weekdays; 17 of the holidays fall
  // on weekdays (1 Mar and 5 Oct are on a weekend).
  CHECK(kr().working_days_between(Date(2025, 1, 1), Date(2026, 1, 1)) == 244);
  CHECK(kr().add_working_days(Date(2024, 12, 31), 244) == Date(2025, 12, 31));
}

TEST_CASE("holidays are sorted, merged per day and listed per year", "[calendar]") {
  const Calendar& calendar = kr();
  CHECK(calendar.holiday_name(Date(2025, 5, 5)) == "Children's Day / Buddha's Birthday");
  CHECK(calendar.holiday_name(Date(2025, 5, 7)).empty());
  CHECK(std::is_sorted(calendar.holidays().begin(), calendar.holidays().end(),
                       [](const Holiday& a, const Holiday& b) { return a.date < b.date; }));
  CHECK(calendar.holidays().size() == 20);  // 21 entries, two on 5 May
  const auto year = calendar.holidays_in_year(2025);
  REQUIRE(year.size() == 19);
  CHECK(year.front().date == Date(2025, 1, 1));
  CHECK(year.back().date == Date(2025, 12, 25));
  CHECK(calendar.holidays_in_year(2026).size() == 1);
  CHECK(calendar.holidays_in_year(2030).empty());
  const Calendar shuffled(
      "x", {{Date(2025, 3, 1), "B"}, {Date(2025, 1, 1), "A"}, {Date(2025, 3, 1), "B"}});
  REQUIRE(shuffled.holidays().size() == 2);
  CHECK(shuffled.holidays()[0].name == "A");
  CHECK(shuffled.holidays()[1].name == "B");  // an exact repeat is not appended
}

TEST_CASE("outside the years with holiday data only weekends count", "[calendar]") {
  const Calendar& calendar = kr();
  // 2024 is not covered: 31 Dec 2024 (Tue) is a working day, 1 Jan 2025 is not.
  CHECK(calendar.working_days_between(Date(2024, 12, 30), Date(2025, 1, 3)) == 3);
  CHECK(calendar.add_working_days(Date(2024, 12, 31), 1) == Date(2025, 1, 2));
  CHECK(calendar.add_working_days(Date(2025, 1, 2), -2) == Date(2024, 12, 30));
  // 2027 is not covered: 1 Jan 2027 (Fri) counts as a working day.
  CHECK(calendar.is_working_day(Date(2027, 1, 1)));
  CHECK(calendar.add_working_days(Date(2026, 12, 31), 1) == Date(2027, 1, 1));
  // Far away, plain weekday arithmetic: 2100-03-01 is a Monday.
  CHECK(calendar.add_working_days(Date(2100, 3, 1), 10) == Date(2100, 3, 15));
}

TEST_CASE("with_closures adds office closure days", "[calendar]") {
  const Calendar office = kr().with_closures("office", {{Date(2025, 12, 31), "Year-end closure"}});
  CHECK(office.name() == "office");
  CHECK(kr().is_working_day(Date(2025, 12, 31)));
  CHECK_FALSE(office.is_working_day(Date(2025, 12, 31)));
  // Tue 30 Dec; 31 Dec closed; 1 Jan holiday: Fri 2 Jan 2026.
  CHECK(office.add_working_days(Date(2025, 12, 30), 1) == Date(2026, 1, 2));
  CHECK(office.holiday_name(Date(2025, 12, 31)) == "Year-end closure");
}

TEST_CASE("other weekends: Friday and Saturday", "[calendar]") {
  const regsim::calendar::WeekendMask friday_saturday = (1u << 5) | (1u << 6);
  const Calendar gulf("gulf", {}, friday_saturday);
  CHECK(gulf.weekend() == friday_saturday);
  CHECK(gulf.is_working_day(Date(2025, 1, 12)));                           // Sunday
  CHECK(gulf.add_working_days(Date(2025, 1, 9), 1) == Date(2025, 1, 12));  // Thu -> Sun
  CHECK_THROWS_AS(Calendar("never", {}, 0x7F), regsim::Error);
}

TEST_CASE("dates past year 9999 are an error, not a crash", "[calendar]") {
  CHECK_THROWS_AS(Calendar().add_working_days(Date(9999, 12, 30), 5), regsim::Error);
  CHECK(Calendar().add_working_days(Date(9999, 12, 29), 1) == Date(9999, 12, 30));  // Wed->Thu
}

TEST_CASE("property: counting agrees with a day-by-day count", "[calendar]") {
  const auto holidays = regsim::test::kr_2025_holidays();
  const Calendar& calendar = kr();
  for (Date from(2024, 12, 1); from <= Date(2026, 1, 31); from += boost::gregorian::days(3)) {
    int expected = 0;
    Date day = from;
    for (int step = 1; step <= 120; ++step, day += boost::gregorian::days(1)) {
      if (naive_working(day, holidays)) ++expected;
      const Date to = day + boost::gregorian::days(1);
      REQUIRE(calendar.working_days_between(from, to) == expected);
      REQUIRE(calendar.working_days_between(to, from) == -expected);
      REQUIRE(calendar.is_working_day(day) == naive_working(day, holidays));
    }
  }
  for (Date from(2024, 12, 1); from <= Date(2026, 1, 31); from += boost::gregorian::days(5)) {
    for (int n = -60; n <= 60; ++n) {
      const Date end = calendar.add_working_days(from, n);
      if (n > 0) {
        REQUIRE(end > from);
        REQUIRE(naive_working(end, holidays));
        REQUIRE(calendar.working_days_between(from + boost::gregorian::days(1),
                                              end + boost::gregorian::days(1)) == n);
      } else if (n < 0) {
        REQUIRE(end < from);
        REQUIRE(naive_working(end, holidays));
        REQUIRE(calendar.working_days_between(end, from) == -n);
      }
    }
  }
}

TEST_CASE("property: working-day searches agree with a day-by-day walk in a dense calendar",
          "[calendar]") {
  // Three years with a closure on about one working day in three, drawn from a fixed
  // linear congruential sequence: 64-day blocks with every count of working days, and
  // searches landing on every bit position of a block.
  std::vector<Holiday> closures;
  std::uint64_t state = 12345;
  for (Date day(2030, 1, 1); day <= Date(2032, 12, 31); day += boost::gregorian::days(1)) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    if ((state >> 33) % 3 == 0) closures.push_back({day, "closed"});
  }
  const Calendar calendar("dense", closures);
  std::vector<Date> working;  // every working day from late 2029 to early 2033, in order
  for (Date day(2029, 12, 1); day <= Date(2033, 1, 31); day += boost::gregorian::days(1)) {
    if (naive_working(day, closures)) working.push_back(day);
  }
  for (std::size_t i = 0; i < working.size(); i += 7) {
    // The next working day on or after each day up to working[i], and back.
    for (Date day = i > 0 ? working[i - 1] + boost::gregorian::days(1) : working[0];
         day <= working[i]; day += boost::gregorian::days(1)) {
      REQUIRE(calendar.next_working_day_on_or_after(day) == working[i]);
    }
    REQUIRE(calendar.previous_working_day_on_or_before(working[i]) == working[i]);
    for (int n = -70; n <= 70; ++n) {
      const auto target = static_cast<std::ptrdiff_t>(i) + n;
      if (n == 0 || target < 0 || target >= std::ssize(working)) continue;
      REQUIRE(calendar.add_working_days(working[i], n) ==
              working[static_cast<std::size_t>(target)]);
    }
  }
}
