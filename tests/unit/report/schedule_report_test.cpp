#include "regsim/report/schedule_report.hpp"

#include <catch2/catch.hpp>

#include "regsim/error.hpp"
#include "unit/report/fixture.hpp"

using regsim::report::Format;
using regsim::report::render_schedule;

TEST_CASE("render_schedule dispatches on the format", "[report]") {
  const regsim::test::ReviewFixture f;
  const regsim::analysis::ScheduledScenario run{f.pathway, f.timeline, ""};
  CHECK(render_schedule(run, Format::gantt, {72, true, false})
            .find("Legend: # agency clock running") != std::string::npos);
  CHECK(render_schedule(run, Format::text, {72, true, false}).find("* critical (no float)") !=
        std::string::npos);
  CHECK(render_schedule(run, Format::md).rfind("# A review with one question round: baseline", 0) ==
        0);
  CHECK(render_schedule(run, Format::csv).rfind("pathway,scenario,", 0) == 0);
  CHECK(render_schedule(run, Format::json).rfind("{\n  \"schema\": \"regsim.timeline/1\"", 0) == 0);
}

TEST_CASE("render_comparison_report dispatches on the format", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  const auto comparison =
      regsim::analysis::compare({b.pathway, b.timeline, ""}, {{r.pathway, r.timeline, "Reformed"}});
  using regsim::report::render_comparison_report;
  CHECK(render_comparison_report(comparison, Format::text)
            .rfind("A review with one question round: baseline vs Reformed\n", 0) == 0);
  CHECK(render_comparison_report(comparison, Format::gantt) ==
        render_comparison_report(comparison, Format::text));
  CHECK(render_comparison_report(comparison, Format::md)
            .rfind("# A review with one question round: scenario comparison", 0) == 0);
  CHECK(render_comparison_report(comparison, Format::csv).rfind("pathway,scenario,", 0) == 0);
  const auto json = render_comparison_report(comparison, Format::json);
  CHECK(json.find("\"schema\": \"regsim.compare/1\"") != std::string::npos);
  CHECK(json.find("\"timeline\": {") != std::string::npos);
  CHECK(render_comparison_report(comparison, Format::svg).rfind("<svg", 0) == 0);
  CHECK(render_comparison_report(comparison, Format::html).rfind("<!DOCTYPE html>", 0) == 0);
  CHECK_THROWS_AS(render_comparison_report(comparison, Format::ics), regsim::Error);
}
