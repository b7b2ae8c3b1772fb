#include <catch2/catch.hpp>
#include <cstdint>

#include "../../../src/sim/days.hpp"
#include "../../../src/sim/portfolio_months.hpp"

using regsim::calendar::Date;
using regsim::sim::detail::MonthGrid;
using regsim::sim::detail::to_day;

namespace {

// The month index of `date` in a grid from January 2026: months since then.
std::size_t months_since_2026(const Date& date) {
  return static_cast<std::size_t>((date.year() - 2026) * 12 + (date.month() - 1));
}

}  // namespace

TEST_CASE("a month grid finds each day's month through its day table", "[sim]") {
  MonthGrid grid(Date(2026, 1, 15));
  grid.cover(to_day(Date(2026, 6, 30)));
  grid.index_days(to_day(Date(2026, 1, 14)), to_day(Date(2026, 6, 30)));
  for (const Date date : {Date(2026, 1, 15), Date(2026, 1, 31), Date(2026, 2, 1), Date(2026, 3, 31),
                          Date(2026, 6, 30)}) {
    CHECK(grid.months_through(to_day(date)) == months_since_2026(date));
  }
}

TEST_CASE("a month grid's day table stays right when a later run reaches further", "[sim]") {
  // Runs of one portfolio share the grid: the first indexes January to March, the second
  // ends in August, after the grid has grown; a third asks for days inside the first
  // range again. Each answer is the month counted from the dates.
  MonthGrid grid(Date(2026, 1, 1));
  grid.cover(to_day(Date(2026, 3, 31)));
  grid.index_days(to_day(Date(2025, 12, 31)), to_day(Date(2026, 3, 31)));
  CHECK(grid.months_through(to_day(Date(2026, 3, 31))) == 2);

  grid.cover(to_day(Date(2026, 8, 20)));
  grid.index_days(to_day(Date(2026, 2, 10)), to_day(Date(2026, 8, 20)));
  for (const Date date : {Date(2026, 1, 1), Date(2026, 2, 28), Date(2026, 3, 1), Date(2026, 4, 1),
                          Date(2026, 7, 31), Date(2026, 8, 20)}) {
    CHECK(grid.months_through(to_day(date)) == months_since_2026(date));
  }

  grid.index_days(to_day(Date(2026, 1, 5)), to_day(Date(2026, 2, 5)));
  CHECK(grid.months_through(to_day(Date(2026, 2, 5))) == 1);
  CHECK(grid.months_through(to_day(Date(2026, 8, 1))) == 7);
  // A day past every covered month still gets its count by search.
  CHECK(grid.months_through(to_day(Date(2026, 9, 15))) == 8);
}
