#include "regsim/report/formatters.hpp"

#include <catch2/catch.hpp>

#include "regsim/report/options.hpp"

TEST_CASE("domain types format as in pathway files", "[report]") {
  CHECK(fmt::format("{}", regsim::calendar::Date(2026, 3, 2)) == "2026-03-02");
  CHECK(fmt::format("{:>12}", regsim::calendar::Date(2026, 3, 2)) == "  2026-03-02");
  CHECK(fmt::format("{}", regsim::calendar::Date(boost::date_time::not_a_date_time)) == "-");
  CHECK(fmt::format("{}", regsim::model::TaskKind::clock_stop) == "clock-stop");
  CHECK(fmt::format("{}", regsim::model::ClockBasis::working_days) == "working-days");
  CHECK(regsim::report::describe(regsim::model::ClockBasis::clock_days) == "clock days");
}

TEST_CASE("parse_format knows the report formats", "[report]") {
  using regsim::report::Format;
  CHECK(regsim::report::parse_format("md") == Format::md);
  CHECK(regsim::report::parse_format("csv") == Format::csv);
  CHECK(regsim::report::parse_format("json") == Format::json);
  CHECK(regsim::report::parse_format("text") == Format::text);
  CHECK_FALSE(regsim::report::parse_format("html").has_value());
}
