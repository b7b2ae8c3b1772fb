#include "regsim/report/scheduled_run.hpp"

#include <catch2/catch.hpp>

#include "unit/report/fixture.hpp"

using regsim::report::clock_days_between;
using regsim::test::day;

TEST_CASE("clock_days_between counts days of running work outside clock stops", "[report]") {
  const regsim::test::ReviewFixture f;
  const regsim::report::ScheduledRun run{f.pathway, f.timeline, ""};
  // 184 elapsed days minus the 60-day question round and the 2-day lag with no task.
  CHECK(clock_days_between(run, day("2026-03-02"), day("2026-09-02")) == 122);
  // Up to the start of the question round the clock always ran.
  CHECK(clock_days_between(run, day("2026-03-02"), day("2026-06-10")) == 100);
  // Inside the question round: stopped.
  CHECK(clock_days_between(run, day("2026-06-10"), day("2026-08-09")) == 0);
  // Ten days of the round, the 2-day lag (08-09, 08-10), eight days of the committee.
  CHECK(clock_days_between(run, day("2026-07-30"), day("2026-08-19")) == 8);
  CHECK(clock_days_between(run, day("2026-09-02"), day("2026-03-02")) == 0);
}

TEST_CASE("clock_days_between: a clock stop stops the clock even while other work runs",
          "[report]") {
  regsim::test::ReviewFixture f;
  // Move the GMP inspection (clock running) into the question round: 06-20..07-20.
  f.timeline.tasks[2].ready = day("2026-06-20");
  f.timeline.tasks[2].start = day("2026-06-20");
  f.timeline.tasks[2].finish = day("2026-07-20");
  const regsim::report::ScheduledRun run{f.pathway, f.timeline, ""};
  CHECK(clock_days_between(run, day("2026-03-02"), day("2026-09-02")) == 122);
  // The GMP inspection alone is applicant-owned with the clock stopped but no clock-stop:
  // it neither runs nor stops the clock.
  f.pathway.tasks[2].clock_runs = false;
  f.timeline.tasks[2].ready = day("2026-08-09");
  f.timeline.tasks[2].start = day("2026-08-09");
  f.timeline.tasks[2].finish = day("2026-08-11");
  const regsim::report::ScheduledRun moved{f.pathway, f.timeline, ""};
  CHECK(clock_days_between(moved, day("2026-03-02"), day("2026-09-02")) == 122);
}

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
