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
