#include "regsim/analysis/comparison.hpp"

#include <catch2/catch.hpp>

#include "regsim/error.hpp"
#include "unit/report/fixture.hpp"
#include "unit/sim/pathway_builder.hpp"
#include "unit/timeline_fixture.hpp"

using namespace regsim;
using analysis::ScheduledScenario;
using analysis::TaskChange;
using calendar::Date;

namespace {

// Timelines alone, as `baseline diff` compares a saved baseline with a new schedule.
analysis::ScenarioComparison compare_timelines(const sim::Timeline& before,
                                               const sim::Timeline& after, int tolerance = 0) {
  ScheduledScenario baseline, scenario;
  baseline.timeline = before;
  scenario.timeline = after;
  auto comparison = analysis::compare(baseline, {scenario}, analysis::CompareOptions{tolerance});
  return comparison.scenarios.at(0);
}

const analysis::TaskDelta& delta_of(const analysis::ScenarioComparison& compared,
                                    const std::string& id) {
  for (const auto& delta : compared.tasks) {
    if (delta.task_id == id) return delta;
  }
  FAIL("no delta for " << id);
  throw std::logic_error("unreachable");
}

ScheduledScenario review() {
  test::ReviewFixture fixture;
  return {fixture.pathway, fixture.timeline, ""};
}

ScheduledScenario reformed() {
  test::ReformedFixture fixture;
  return {fixture.pathway, fixture.timeline, ""};
}

}  // namespace

TEST_CASE("a comparison reports shifts task by task", "[analysis][comparison]") {
  const auto before = test::review_timeline("baseline", 406);
  auto after = before;
  // review starts 2 days later and finishes 5 days later; approval moves 5 days later.
  after.tasks[1] = test::timing("review", Date(2026, 3, 4), Date(2026, 6, 15));
  after.tasks[3] = test::timing("approval", Date(2027, 4, 17), Date(2027, 4, 17));
  after.finish = Date(2027, 4, 17);

  const auto diff = compare_timelines(before, after, 3);
  CHECK(diff.end_shift == 5);
  CHECK(diff.end_regressed);
  REQUIRE(diff.tasks.size() == 4);
  CHECK(delta_of(diff, "questions").change == TaskChange::absent);  // skipped on both sides
  CHECK(delta_of(diff, "submission").change == TaskChange::unchanged);
  const auto& moved = delta_of(diff, "review");
  CHECK(moved.change == TaskChange::moved);
  CHECK(moved.start_shift == 2);
  CHECK(moved.finish_shift == 5);
  CHECK(moved.days_change == 3);
  CHECK(moved.regression);
  CHECK(delta_of(diff, "approval").finish_shift == 5);
  CHECK(diff.moved == 2);
  CHECK(diff.unchanged == 1);
  CHECK(diff.regressions == 3);  // review, approval and the end

  const auto tolerant = compare_timelines(before, after, 5);
  CHECK(tolerant.regressions == 0);
  CHECK_FALSE(tolerant.end_regressed);
}

TEST_CASE("finishing earlier is never a regression", "[analysis][comparison]") {
  const auto diff = compare_timelines(test::review_timeline("baseline", 406),
                                      test::review_timeline("reformed", 295));
  CHECK(diff.end_shift == -111);
  CHECK(diff.regressions == 0);
  CHECK(delta_of(diff, "approval").finish_shift == -111);
  CHECK(diff.calendar_days_change == -111);
  CHECK(diff.calendar_days_change_percent.value() == Approx(-27.34).epsilon(1e-3));
}

TEST_CASE("a comparison lists added and removed tasks", "[analysis][comparison]") {
  const auto before = test::review_timeline("baseline", 406);
  auto after = before;
  after.tasks[2].skipped = false;              // questions now happen
  after.tasks.erase(after.tasks.begin() + 1);  // review removed
  const auto diff = compare_timelines(before, after);
  REQUIRE(diff.tasks.size() == 4);
  const auto& added = delta_of(diff, "questions");
  CHECK(added.change == TaskChange::added);
  CHECK(added.baseline == 2u);  // there, but skipped
  CHECK(added.scenario == 1u);
  CHECK_FALSE(added.days_change.has_value());
  const auto& removed = delta_of(diff, "review");
  CHECK(removed.change == TaskChange::removed);
  CHECK(removed.baseline == 1u);
  CHECK_FALSE(removed.scenario.has_value());
  CHECK(diff.added == 1);
  CHECK(diff.removed == 1);
  CHECK(diff.regressions == 0);
  CHECK(std::string(analysis::to_string(TaskChange::removed)) == "removed");
  CHECK(std::string(analysis::to_string(TaskChange::absent)) == "absent");
}

TEST_CASE("tasks pair in the baseline's order with added tasks slotted in",
          "[analysis][comparison]") {
  const auto comparison = analysis::compare(review(), {reformed()});
  const auto& compared = comparison.scenarios.at(0);
  std::vector<std::string> ids;
  for (const auto& delta : compared.tasks)
    ids.push_back(delta.task_id);
  CHECK(ids == std::vector<std::string>{"submission", "review", "parallel_eval", "gmp", "questions",
                                        "pre_meeting", "committee", "approval"});
  CHECK_FALSE(compared.tasks[2].baseline.has_value());  // added
  CHECK_FALSE(compared.tasks[3].scenario.has_value());  // removed
  CHECK(comparison.baseline.timeline.tasks[*compared.tasks[1].baseline].calendar_days == 100);
  CHECK(compared.scenario.timeline.tasks[*compared.tasks[1].scenario].calendar_days == 70);
  CHECK(compared.tasks[1].days_change == -30);
}

TEST_CASE("milestone deltas: dates, days, clock days, change and percent",
          "[analysis][comparison]") {
  const auto deltas = analysis::compare(review(), {reformed()}).scenarios.at(0).milestones;
  // Approval ends both timelines, so there is no separate whole-pathway row.
  REQUIRE(deltas.size() == 2);
  CHECK(deltas[0].task_id == "submission");
  CHECK(deltas[0].change_days() == 0);
  CHECK_FALSE(deltas[0].change_percent().has_value());  // 0 baseline days
  const auto& approval = deltas[1];
  CHECK(approval.name == "Approval");
  CHECK(approval.baseline->date == test::day("2026-09-02"));
  CHECK(approval.scenario->date == test::day("2026-07-01"));
  CHECK(approval.baseline->calendar_days == 184);
  CHECK(approval.scenario->calendar_days == 121);
  CHECK(approval.baseline->clock_days == 122);  // 184 - 60 stopped - 2 idle
  CHECK(approval.scenario->clock_days == 89);   // 121 - 30 stopped - 2 idle
  CHECK(approval.change_days() == -63);
  CHECK(approval.change_clock_days() == -33);
  CHECK(approval.change_percent().value() == Approx(-34.239).epsilon(1e-4));        // -63 / 184
  CHECK(approval.change_clock_percent().value() == Approx(-27.049).epsilon(1e-4));  // -33 / 122
}

TEST_CASE("milestone deltas add a whole-pathway row when no milestone ends both timelines",
          "[analysis][comparison]") {
  auto before = review();
  auto after = reformed();
  before.timeline.tasks.pop_back();  // no approval milestone
  after.timeline.tasks.pop_back();
  const auto deltas = analysis::compare(before, {after}).scenarios.at(0).milestones;
  REQUIRE(deltas.size() == 2);
  CHECK(deltas[1].name == "End of pathway");
  CHECK(deltas[1].task_id.empty());
  CHECK(deltas[1].baseline->clock_days == 122);  // the timeline's own total
  CHECK(deltas[1].change_days() == -63);
}

TEST_CASE("milestone clock days are the clock the scheduler counted, rework included",
          "[analysis][comparison]") {
  // review (clock) and the applicant's answer (no clock, no clock stop) twice: the clock
  // stands still while the answer is prepared. The comparison once counted from the review's
  // first start to its last finish, 80 clock days where the schedule said 60.
  auto pathway = test::make_pathway();
  auto answer = test::make_task("answer", test::days(20));
  answer.clock_runs = false;
  answer.rework = model::Rework{0.9, 1, "review", {}};
  pathway.tasks = {test::make_task("review", test::days(30)), answer,
                   test::make_task("approval", test::days(0), model::TaskKind::milestone)};
  pathway.dependencies = {test::make_dependency("review", "answer"),
                          test::make_dependency("answer", "approval")};
  auto faster = pathway;
  faster.tasks[0].duration.distribution = model::Fixed{20};
  ScheduledScenario before{pathway, sim::schedule(pathway), ""};
  ScheduledScenario after{faster, sim::schedule(faster), ""};
  const auto milestones = analysis::compare(before, {after}).scenarios.at(0).milestones;
  REQUIRE(milestones.size() == 1);
  CHECK(milestones[0].baseline->clock_days == 60);
  CHECK(milestones[0].baseline->clock_days == before.timeline.clock_days);
  CHECK(milestones[0].scenario->clock_days == 40);
}

TEST_CASE("deadlines pair by id in the baseline's order", "[analysis][comparison]") {
  auto after = reformed();
  after.timeline.deadlines.clear();
  const auto comparison = analysis::compare(review(), {reformed(), after});
  REQUIRE(comparison.scenarios[0].deadlines.size() == 1);
  CHECK(comparison.scenarios[0].deadlines[0].deadline_id == "statutory");
  CHECK(comparison.scenarios[0].deadlines[0].scenario == 0u);
  CHECK_FALSE(comparison.scenarios[1].deadlines[0].scenario.has_value());
}

TEST_CASE("a comparison owns what it compares", "[analysis][comparison]") {
  std::optional<analysis::Comparison> kept;
  {
    auto before = review();
    kept = analysis::compare(std::move(before), {reformed()});
  }  // the scheduled scenarios it was made from are gone
  const auto copy = *kept;
  kept.reset();
  CHECK(copy.baseline.label() == "baseline");
  CHECK(copy.scenarios.at(0).scenario.task(2)->id == "parallel_eval");
  CHECK(copy.scenarios.at(0).milestones.at(1).scenario->clock_days == 89);
}

TEST_CASE("span_days measures from the start or from a task, on any basis",
          "[analysis][comparison]") {
  ScheduledScenario scheduled;
  scheduled.timeline = test::review_timeline("baseline", 406);
  CHECK(analysis::span_days(scheduled, "", "approval", model::ClockBasis::calendar_days) == 406);
  CHECK(analysis::span_days(scheduled, "submission", "review", model::ClockBasis::calendar_days) ==
        100);
  CHECK_FALSE(analysis::span_days(scheduled, "", "questions", model::ClockBasis::calendar_days)
                  .has_value());
  CHECK_THROWS_AS(analysis::span_days(scheduled, "", "approvl", model::ClockBasis::calendar_days),
                  Error);
  // Clock days come from the timeline's clock record.
  const auto fixture = review();
  CHECK(analysis::span_days(fixture, "", "approval", model::ClockBasis::clock_days) == 122);
  CHECK(analysis::span_days(fixture, "review", "review", model::ClockBasis::clock_days) == 100);
  CHECK(analysis::span_days(fixture, "", "", model::ClockBasis::clock_days) == 122);

  const auto comparison = analysis::compare(review(), {reformed()});
  CHECK(analysis::span_change(comparison, comparison.scenarios[0], "", "approval",
                              model::ClockBasis::clock_days) == -33);
}
