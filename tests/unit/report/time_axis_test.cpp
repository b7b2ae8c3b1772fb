#include "regsim/report/time_axis.hpp"

#include <catch2/catch.hpp>

#include "unit/report/fixture.hpp"

using regsim::report::choose_axis;
using regsim::report::TimeScale;
using regsim::test::day;

TEST_CASE("choose_axis takes the fewest days per column that fit", "[report]") {
  SECTION("a month at one day per column") {
    // 2026-03-01..03-31: 31 days in 40 columns.
    const auto axis = choose_axis(day("2026-03-01"), day("2026-03-31"), 40);
    CHECK(axis.days_per_column == 1);
    CHECK(axis.columns == 31);
    CHECK(axis.scale == TimeScale::days);
  }
  SECTION("184 days in 55 columns: 4 days each, 47 columns, weeks") {
    const auto axis = choose_axis(day("2026-03-02"), day("2026-09-02"), 55);
    CHECK(axis.days_per_column == 4);  // ceil(185 / 55)
    CHECK(axis.columns == 47);         // ceil(185 / 4)
    CHECK(axis.scale == TimeScale::weeks);
  }
  SECTION("406 days in 60 columns: 7 days each, months") {
    const auto axis = choose_axis(day("2026-03-02"), day("2027-04-12"), 60);
    CHECK(axis.days_per_column == 7);  // ceil(407 / 60)
    CHECK(axis.scale == TimeScale::months);
  }
  SECTION("three years in 60 columns: quarters") {
    const auto axis = choose_axis(day("2026-01-01"), day("2028-12-31"), 60);
    CHECK(axis.days_per_column == 19);  // ceil(1096 / 60)
    CHECK(axis.scale == TimeScale::quarters);
  }
}

TEST_CASE("column_of and day_of are inverse at column starts", "[report]") {
  const auto axis = choose_axis(day("2026-03-02"), day("2026-09-02"), 55);
  CHECK(axis.column_of(day("2026-03-02")) == 0);
  CHECK(axis.column_of(day("2026-03-05")) == 0);
  CHECK(axis.column_of(day("2026-03-06")) == 1);
  CHECK(axis.column_of(day("2026-03-01")) == -1);
  CHECK(axis.day_of(30) == day("2026-06-30"));  // 2026-03-02 + 120 days
}

TEST_CASE("axis_labels name months over years, one label per unit where room allows", "[report]") {
  // 2026-01-01..2026-12-31 at 7 days per column: months.
  const auto axis = choose_axis(day("2026-01-01"), day("2026-12-31"), 53);
  REQUIRE(axis.scale == TimeScale::months);
  const auto labels = regsim::report::axis_labels(axis);
  REQUIRE(labels.size() == 2);
  CHECK(labels[0].rfind("2026", 0) == 0);
  CHECK(labels[1].rfind("Jan", 0) == 0);
  // February starts on day 31: column 4 (days 28..34).
  CHECK(labels[1].substr(4, 3) == "Feb");
  CHECK(static_cast<int>(labels[1].size()) == axis.columns);
  const auto ticks = regsim::report::tick_columns(axis);
  REQUIRE(ticks.size() == 12);
  CHECK(ticks[0] == 0);
  CHECK(ticks[1] == 4);
}

TEST_CASE("axis_labels name Mondays in the days scale", "[report]") {
  // 2026-03-02 is a Monday; 2026-03-09 the next.
  const auto axis = choose_axis(day("2026-03-02"), day("2026-03-20"), 40);
  REQUIRE(axis.scale == TimeScale::days);
  const auto labels = regsim::report::axis_labels(axis);
  CHECK(labels[0].rfind("Mar 2026", 0) == 0);
  CHECK(labels[1].substr(0, 2) == "2 ");
  CHECK(labels[1].substr(7, 2) == "9 ");
  CHECK(labels[1].substr(14, 2) == "16");
}
