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
  CHECK(regsim::report::parse_format("html") == Format::html);
  CHECK(regsim::report::parse_format("svg") == Format::svg);
  CHECK(regsim::report::parse_format("mermaid") == Format::mermaid);
  CHECK(regsim::report::parse_format("ics") == Format::ics);
  CHECK(regsim::report::parse_format("tjp") == Format::tjp);
  CHECK(regsim::report::parse_format("mspdi") == Format::mspdi);
  CHECK_FALSE(regsim::report::parse_format("pdf").has_value());
  CHECK_FALSE(regsim::report::parse_format("HTML").has_value());
  // Exports of one scenario are refused by compare; pictures take many scenarios.
  CHECK(regsim::report::is_single_scenario_export(Format::tjp));
  CHECK(regsim::report::is_single_scenario_export(Format::ics));
  CHECK_FALSE(regsim::report::is_single_scenario_export(Format::html));
  CHECK_FALSE(regsim::report::is_single_scenario_export(Format::csv));
}
