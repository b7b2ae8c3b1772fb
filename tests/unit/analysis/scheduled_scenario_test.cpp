#include "regsim/analysis/scheduled_scenario.hpp"

#include <catch2/catch.hpp>

#include "unit/report/fixture.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::analysis::ScheduledScenario;

TEST_CASE("the label of a scheduled scenario is its title, else its scenario id", "[analysis]") {
  regsim::test::ReviewFixture f;
  CHECK(ScheduledScenario{f.pathway, f.timeline, "Old rules"}.label() == "Old rules");
  CHECK(ScheduledScenario{f.pathway, f.timeline, ""}.label() == "baseline");
  f.timeline.scenario_id.clear();
  CHECK(ScheduledScenario{f.pathway, f.timeline, ""}.label() == "baseline");
}

TEST_CASE("tasks and deadlines are found by position, timings by id", "[analysis]") {
  const regsim::test::ReviewFixture f;
  const ScheduledScenario run{f.pathway, f.timeline, ""};
  REQUIRE(run.task(2) != nullptr);
  CHECK(run.task(2)->name == "GMP inspection");
  CHECK(run.task(99) == nullptr);
  CHECK(run.deadline(0)->limit == 120);
  CHECK(run.deadline(1) == nullptr);
  CHECK(run.timeline.find("committee")->sitting_wait_days == 15);
  CHECK(run.timeline.find("nope") == nullptr);
  // A timeline without its pathway (a saved baseline) has timings but no tasks.
  const ScheduledScenario saved{{}, f.timeline, ""};
  CHECK(saved.task(2) == nullptr);
  CHECK(saved.deadline(0) == nullptr);
  // A pathway out of step with the timeline gives no task rather than the wrong one.
  ScheduledScenario shuffled = run;
  std::swap(shuffled.pathway.tasks[1], shuffled.pathway.tasks[2]);
  CHECK(shuffled.task(1) == nullptr);
  CHECK(shuffled.task(0)->id == "submission");
}

TEST_CASE("schedule_scenario applies, schedules and titles a scenario", "[analysis]") {
  auto pathway = regsim::test::make_pathway();
  pathway.tasks = {regsim::test::make_task("review", regsim::test::days(30))};
  regsim::model::Scenario faster;
  faster.id = "faster";
  faster.title = "A faster review";
  regsim::model::TaskPatch patch;
  patch.id = "review";
  patch.duration = pathway.tasks[0].duration;
  patch.duration->distribution = regsim::model::Fixed{20};
  faster.change.push_back(patch);
  pathway.scenarios = {faster};
  const auto baseline = regsim::analysis::schedule_scenario(pathway, "baseline");
  CHECK(baseline.label() == "baseline");
  CHECK(baseline.timeline.calendar_days == 30);
  CHECK(baseline.pathway.scenarios.empty());  // applied: no overlays left
  const auto scheduled = regsim::analysis::schedule_scenario(pathway, "faster");
  CHECK(scheduled.label() == "A faster review");
  CHECK(scheduled.timeline.scenario_id == "faster");
  CHECK(scheduled.timeline.calendar_days == 20);
  CHECK(scheduled.task(0)->id == "review");
}
