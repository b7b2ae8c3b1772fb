#include "regsim/calendar/convention.hpp"

#include <catch2/catch.hpp>

#include "kr_2025.hpp"
#include "regsim/error.hpp"

using regsim::calendar::add_duration;
using regsim::calendar::Calendar;
using regsim::calendar::Convention;
using regsim::calendar::count_between;
using regsim::calendar::Date;
using regsim::calendar::Duration;
using regsim::calendar::DurationUnit;

namespace {

const Calendar& kr() {
  static const Calendar calendar("kr-2025", regsim::test::kr_2025_holidays());
  return calendar;
}

Duration days(int n) {
  return {n, DurationUnit::calendar_days};
}
Duration working(int n) {
  return {n, DurationUnit::working_days};
}
Duration weeks(int n) {
  return {n, DurationUnit::weeks};
}
Duration months(int n) {
  return {n, DurationUnit::months};
}

constexpr Convention all_conventions[] = {Convention::plain, Convention::kr_civil_petition,
                                          Convention::ema_day, Convention::calendar_months,
                                          Convention::kr_civil_act};

}  // namespace

TEST_CASE("convention names", "[calendar]") {
  using regsim::calendar::parse_convention;
  for (Convention convention : all_conventions) {
    CHECK(parse_convention(regsim::calendar::to_string(convention)) == convention);
  }
  CHECK(parse_convention("kr-civil-petition") == Convention::kr_civil_petition);
  CHECK(regsim::calendar::to_string(Convention::ema_day) == "ema-day");
  CHECK_FALSE(parse_convention("kr_civil_petition"));
  CHECK_FALSE(parse_convention(""));
  CHECK_FALSE(parse_convention("Plain"));
}

TEST_CASE("zero durations end on the start date under every convention", "[calendar]") {
  for (Convention convention : all_conventions) {
    for (auto unit : {DurationUnit::calendar_days, DurationUnit::working_days, DurationUnit::weeks,
                      DurationUnit::months}) {
      CHECK(add_duration(Date(2025, 3, 1), {0, unit}, kr(), convention) == Date(2025, 3, 1));
    }
  }
}

TEST_CASE("plain: the start day is not counted", "[calendar]") {
  const auto plain = Convention::plain;
  // Thu 2 Oct 2025; 3-9 Oct closed: the 5th working day after is Thu 16 Oct.
  CHECK(add_duration(Date(2025, 10, 2), working(5), kr(), plain) == Date(2025, 10, 16));
  CHECK(add_duration(Date(2025, 12, 15), days(30), kr(), plain) == Date(2026, 1, 14));
  CHECK(add_duration(Date(2024, 2, 1), weeks(6), kr(), plain) == Date(2024, 3, 14));  // leap
  CHECK(add_duration(Date(2025, 1, 31), months(1), kr(), plain) == Date(2025, 2, 28));
  // Negative amounts (lags, leads) use this rule under every convention.
  for (Convention convention : all_conventions) {
    CHECK(add_duration(Date(2025, 10, 10), working(-1), kr(), convention) == Date(2025, 10, 2));
    CHECK(add_duration(Date(2025, 3, 10), days(-10), kr(), convention) == Date(2025, 2, 28));
  }
  CHECK(count_between(Date(2025, 10, 2), Date(2025, 10, 16), DurationUnit::working_days, kr(),
                      plain) == 5);
  CHECK(count_between(Date(2025, 10, 10), Date(2025, 10, 2), DurationUnit::working_days, kr(),
                      plain) == -1);
}

TEST_CASE("ema-day: Day N is the start plus N - 1 calendar days", "[calendar]") {
  const auto ema = Convention::ema_day;
  // EMA/638986/2019 (recommended submission dates, 120-day phase): start (day 1) and
  // adoption of the list of questions (day 120).
  CHECK(add_duration(Date(2019, 8, 8), days(120), kr(), ema) == Date(2019, 12, 5));
  CHECK(add_duration(Date(2019, 9, 26), days(120), kr(), ema) == Date(2020, 1, 23));
  CHECK(add_duration(Date(2019, 12, 26), days(120), kr(), ema) == Date(2020, 4, 23));  // leap
  CHECK(add_duration(Date(2020, 1, 22), days(120), kr(), ema) == Date(2020, 5, 20));
  // EMA/577385/2016 Rev.2 (type II, 90-day timetable): start -> opinion or RSI on Day 90.
  CHECK(add_duration(Date(2017, 1, 22), days(90), kr(), ema) == Date(2017, 4, 21));
  CHECK(add_duration(Date(2017, 2, 18), days(90), kr(), ema) == Date(2017, 5, 18));
  CHECK(add_duration(Date(2019, 8, 8), days(1), kr(), ema) == Date(2019, 8, 8));
  // Working days count as calendar days: the EMA clock runs over weekends and holidays.
  CHECK(add_duration(Date(2019, 8, 8), working(120), kr(), ema) == Date(2019, 12, 5));
  CHECK(add_duration(Date(2025, 8, 31), months(6), kr(), ema) == Date(2026, 2, 28));
  CHECK(count_between(Date(2019, 8, 8), Date(2019, 12, 5), DurationUnit::calendar_days, kr(),
                      ema) == 120);
}

TEST_CASE("calendar-months: FDA goal dates", "[calendar]") {
  const auto fda = Convention::calendar_months;
  CHECK(add_duration(Date(2025, 8, 31), months(6), kr(), fda) == Date(2026, 2, 28));
  CHECK(add_duration(Date(2023, 8, 31), months(6), kr(), fda) == Date(2024, 2, 29));
  // A goal date on a Saturday stands (cosibelimab resubmission, goal Sat 28 Dec 2024,
  // a class 2 resubmission of 6 months).
  CHECK(add_duration(Date(2024, 6, 28), months(6), kr(), fda) == Date(2024, 12, 28));
  CHECK(add_duration(Date(2025, 1, 15), days(60), kr(), fda) == Date(2025, 3, 16));
  CHECK(count_between(Date(2025, 8, 31), Date(2026, 2, 28), DurationUnit::months, kr(), fda) == 6);
  CHECK(count_between(Date(2025, 8, 31), Date(2026, 2, 27), DurationUnit::months, kr(), fda) == 6);
  CHECK(count_between(Date(2025, 8, 31), Date(2026, 3, 1), DurationUnit::months, kr(), fda) == 7);
}

TEST_CASE("kr-civil-act: 민법 157, 160, 161", "[calendar]") {
  const auto act = Convention::kr_civil_act;
  const Calendar weekdays;
  // 1 month from 30 April: counting starts 1 May, ends the day before 1 June.
  CHECK(add_duration(Date(2023, 4, 30), months(1), weekdays, act) == Date(2023, 5, 31));
  CHECK(add_duration(Date(2023, 1, 31), months(1), weekdays, act) == Date(2023, 2, 28));
  // 160 ③: counting starts 31 Jan (29 Jan); February has no 31st (29th): its last day.
  CHECK(add_duration(Date(2023, 1, 30), months(1), weekdays, act) == Date(2023, 2, 28));
  CHECK(add_duration(Date(2023, 1, 28), months(1), weekdays, act) == Date(2023, 2, 28));
  CHECK(add_duration(Date(2023, 1, 27), months(1), weekdays, act) == Date(2023, 2, 27));
  CHECK(add_duration(Date(2024, 1, 28), months(1), weekdays, act) == Date(2024, 2, 28));
  CHECK(add_duration(Date(2025, 1, 31), months(3), kr(), act) == Date(2025, 4, 30));
  // 161: 1 week from Sat 22 Feb 2025 ends Sat 1 Mar (a holiday), Sun 2, substitute
  // holiday Mon 3: the period ends Tue 4 Mar.
  CHECK(add_duration(Date(2025, 2, 22), weeks(1), kr(), act) == Date(2025, 3, 4));
  // 10 days from Thu 25 Sep 2025 end Sun 5 Oct; Chuseok, its substitute and Hangul Day
  // chain to Fri 10 Oct.
  CHECK(add_duration(Date(2025, 9, 25), days(10), kr(), act) == Date(2025, 10, 10));
  // Over the year end: 1 month from 1 Dec 2025 ends 1 Jan 2026, a holiday: Fri 2 Jan.
  CHECK(add_duration(Date(2025, 12, 1), months(1), kr(), act) == Date(2026, 1, 2));
  CHECK(add_duration(Date(2025, 11, 30), months(1), kr(), act) == Date(2025, 12, 31));
}

TEST_CASE("kr-civil-petition: 민원처리법 제19조", "[calendar]") {
  const auto petition = Convention::kr_civil_petition;
  // Receipt Fri 24 Jan 2025 is day 1; day 2 is Fri 31 Jan (27-30 closed); day 20 is
  // Wed 26 Feb. Periods in days count working days too (②).
  CHECK(add_duration(Date(2025, 1, 24), working(20), kr(), petition) == Date(2025, 2, 26));
  CHECK(add_duration(Date(2025, 1, 24), days(20), kr(), petition) == Date(2025, 2, 26));
  CHECK(add_duration(Date(2025, 1, 24), working(1), kr(), petition) == Date(2025, 1, 24));
  // Receipt on Sat 1 Mar (a holiday): day 1 is Tue 4 Mar, day 3 Thu 6 Mar.
  CHECK(add_duration(Date(2025, 3, 1), working(3), kr(), petition) == Date(2025, 3, 6));
  // 2025 has 244 working days and 1 Jan is a holiday: day 244 from 2 Jan is 31 Dec.
  CHECK(add_duration(Date(2025, 1, 2), working(244), kr(), petition) == Date(2025, 12, 31));
  // ④ months and weeks: first day counted, then 민법 160-161. 3 months from Tue 4 Mar end
  // Tue 3 Jun, the presidential election: Wed 4 Jun.
  CHECK(add_duration(Date(2025, 3, 4), months(3), kr(), petition) == Date(2025, 6, 4));
  CHECK(add_duration(Date(2025, 9, 26), weeks(1), kr(), petition) == Date(2025, 10, 2));
  CHECK(add_duration(Date(2025, 9, 27), weeks(1), kr(), petition) == Date(2025, 10, 10));
  CHECK(add_duration(Date(2023, 1, 31), months(1), Calendar(), petition) == Date(2023, 2, 28));
  CHECK(count_between(Date(2025, 1, 24), Date(2025, 2, 26), DurationUnit::working_days, kr(),
                      petition) == 20);
}

TEST_CASE("counting up to the last representable day does not overflow", "[calendar]") {
  // From January 1400 to December 9999: (9999 - 1400) whole years of 12 months, plus 11.
  // Reaching 31 Dec 9999 needs one month more, whose end (1 Jan 10000) is not representable.
  CHECK(count_between(Date(1400, 1, 1), Date(9999, 12, 1), DurationUnit::months, Calendar(),
                      Convention::calendar_months) == (9999 - 1400) * 12 + 11);
  CHECK(count_between(Date(1400, 1, 1), Date(9999, 12, 31), DurationUnit::months, Calendar(),
                      Convention::plain) == (9999 - 1400) * 12 + 12);
}

TEST_CASE("results beyond year 9999 are an error", "[calendar]") {
  CHECK_THROWS_AS(add_duration(Date(9999, 12, 1), months(2), kr(), Convention::plain),
                  regsim::Error);
  CHECK_THROWS_AS(add_duration(Date(9999, 12, 31), days(1), kr(), Convention::plain),
                  regsim::Error);
  CHECK_THROWS_AS(add_duration(Date(9999, 12, 31), days(2), kr(), Convention::kr_civil_act),
                  regsim::Error);
}

TEST_CASE("property: counting back what was added gives the same number", "[calendar]") {
  const DurationUnit units[] = {DurationUnit::calendar_days, DurationUnit::working_days,
                                DurationUnit::weeks, DurationUnit::months};
  for (Convention convention : all_conventions) {
    for (DurationUnit unit : units) {
      for (Date start(2024, 11, 1); start <= Date(2026, 2, 1); start += boost::gregorian::days(7)) {
        Date previous = start;
        for (int n = 0; n <= 40; ++n) {
          const int amount = unit == DurationUnit::months ? n : n * 7 + n % 5;
          const Date end = add_duration(start, {amount, unit}, kr(), convention);
          REQUIRE(end >= previous);  // monotone
          previous = end;
          const int counted = count_between(start, end, unit, kr(), convention);
          // When two amounts end on one date (a roll, or Day 1 = Day 0) the smaller one
          // comes back; otherwise exactly the amount added.
          REQUIRE(counted <= amount);
          REQUIRE(add_duration(start, {counted, unit}, kr(), convention) == end);
          if (amount > 0 && add_duration(start, {amount - 1, unit}, kr(), convention) != end) {
            REQUIRE(counted == amount);
          }
          if (convention == Convention::plain || convention == Convention::calendar_months) {
            REQUIRE(counted == amount);
            const Date back = add_duration(start, {-amount, unit}, kr(), convention);
            REQUIRE(count_between(start, back, unit, kr(), convention) == -amount);
          }
        }
      }
    }
  }
}
