#include "regsim/report/scheduled_run.hpp"

#include <catch2/catch.hpp>

#include "unit/report/fixture.hpp"

TEST_CASE("the label of a run is its title, else its scenario id", "[report]") {
  regsim::test::ReviewFixture f;
  CHECK(regsim::report::ScheduledRun{f.pathway, f.timeline, "Old rules"}.label() == "Old rules");
  CHECK(regsim::report::ScheduledRun{f.pathway, f.timeline, ""}.label() == "baseline");
  f.timeline.scenario_id.clear();
  CHECK(regsim::report::ScheduledRun{f.pathway, f.timeline, ""}.label() == "baseline");
}

TEST_CASE("lookups find tasks, deadlines and timings by id", "[report]") {
  const regsim::test::ReviewFixture f;
  REQUIRE(regsim::report::find_task(f.pathway, "gmp") != nullptr);
  CHECK(regsim::report::find_task(f.pathway, "gmp")->name == "GMP inspection");
  CHECK(regsim::report::find_task(f.pathway, "nope") == nullptr);
  CHECK(regsim::report::find_deadline(f.pathway, "statutory")->limit == 120);
  CHECK(regsim::report::find_timing(f.timeline, "committee")->sitting_wait_days == 15);
  CHECK(regsim::report::find_timing(f.timeline, "nope") == nullptr);
}
