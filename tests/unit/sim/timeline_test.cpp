#include "regsim/sim/timeline.hpp"

#include <catch2/catch.hpp>

#include "regsim/error.hpp"
#include "regsim/sim/scheduler.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::calendar::Date;
using regsim::model::ClockBasis;
using regsim::model::DependencyType;
using regsim::model::TaskKind;
using regsim::sim::AgencyClock;
using namespace regsim::test;

namespace {

// review 01-05..02-04 (30 d, clock running); a clock stop 01-15..01-20 inside it; the
// applicant's preparation 01-05..02-14 (40 d) with the clock stopped but no clock stop.
regsim::model::Pathway overlapping_clock_stop() {
  auto pathway = make_pathway();
  auto prep = make_task("prep", days(40));
  prep.owner = "applicant";
  prep.clock_runs = false;
  pathway.tasks = {make_task("review", days(30)), make_task("pause", days(5), TaskKind::clock_stop),
                   prep};
  pathway.dependencies = {
      make_dependency("review", "pause", DependencyType::start_to_start, days(10)),
      make_dependency("review", "prep", DependencyType::start_to_start)};
  return pathway;
}

}  // namespace

TEST_CASE("the clock record gives clock days between any two dates", "[sim][clock]") {
  // 03-02..06-10 running, a question round and a 2-day gap, 08-11..09-02 running.
  AgencyClock clock;
  clock.runs = {{Date(2026, 3, 2), Date(2026, 6, 10), 0},
                {Date(2026, 8, 11), Date(2026, 9, 2), 100}};
  CHECK(clock.days_between(Date(2026, 3, 2), Date(2026, 9, 2)) == 122);
  CHECK(clock.days_between(Date(2026, 3, 2), Date(2026, 6, 10)) == 100);
  CHECK(clock.days_between(Date(2026, 6, 10), Date(2026, 8, 9)) == 0);
  // Ten days of the round, the 2-day gap (08-09, 08-10), eight days of the committee.
  CHECK(clock.days_between(Date(2026, 7, 30), Date(2026, 8, 19)) == 8);
  CHECK(clock.days_between(Date(2026, 9, 2), Date(2026, 3, 2)) == -122);
  // Before the first run and after the last nothing more is counted.
  CHECK(clock.days_before(Date(2025, 1, 1)) == 0);
  CHECK(clock.days_before(Date(2030, 1, 1)) == 122);
  CHECK(clock.days_before(regsim::calendar::Date(boost::date_time::not_a_date_time)) == 0);
  CHECK(AgencyClock{}.days_between(Date(2026, 3, 2), Date(2026, 9, 2)) == 0);
}

TEST_CASE("the scheduler counts the clock once: record, totals, tasks and deadlines agree",
          "[sim][clock]") {
  auto pathway = overlapping_clock_stop();
  pathway.deadlines.resize(1);
  pathway.deadlines[0].id = "clock";
  pathway.deadlines[0].from = "review";
  pathway.deadlines[0].to = "prep";
  pathway.deadlines[0].limit = 30;
  pathway.deadlines[0].basis = ClockBasis::clock_days;
  const auto timeline = regsim::sim::schedule(pathway);
  // The clock stop stops the clock while the review runs; the preparation never runs it.
  REQUIRE(timeline.clock.runs.size() == 2);
  CHECK(timeline.clock.runs[0] == AgencyClock::Run{Date(2026, 1, 5), Date(2026, 1, 15), 0});
  CHECK(timeline.clock.runs[1] == AgencyClock::Run{Date(2026, 1, 20), Date(2026, 2, 4), 10});
  CHECK(timeline.clock_days == 25);
  CHECK(timeline.clock.days_between(timeline.start, timeline.finish) == timeline.clock_days);
  for (const auto& task : timeline.tasks) {
    INFO(task.task_id);
    CHECK(timeline.clock.days_between(task.start, task.finish) == task.clock_days);
  }
  CHECK(timeline.deadlines[0].used == 25);
}

TEST_CASE("rework rounds count only the days each round ran", "[sim][clock]") {
  // review (10 d, clock) -> answer (5 d, applicant, clock stopped, no clock stop), twice
  // more: review 01-05..15, 01-20..30, 02-04..14; the answers in between stop nothing but
  // run no clock either, so the clock stands still between the review rounds.
  auto pathway = make_pathway();
  auto answer = make_task("answer", days(5));
  answer.clock_runs = false;
  answer.rework = regsim::model::Rework{0.9, 2, "review", {}};
  pathway.tasks = {make_task("review", days(10)), answer,
                   make_task("approval", days(0), TaskKind::milestone)};
  pathway.dependencies = {make_dependency("review", "answer"),
                          make_dependency("answer", "approval")};
  const auto timeline = regsim::sim::schedule(pathway);
  const auto& review = *timeline.find("review");
  REQUIRE(review.rounds == 3);
  CHECK(review.calendar_days == 40);
  CHECK(review.clock_days == 30);
  CHECK(timeline.clock.runs.size() == 3);
  // A report asking for the review's span gets the clock the scheduler counted, not the
  // 40 days between its first start and its last finish.
  CHECK(timeline.clock.days_between(review.start, review.finish) == 30);
  CHECK(timeline.clock.days_between(timeline.start, timeline.find("approval")->finish) == 30);
}

TEST_CASE("measure_deadline measures a span as a declared deadline is measured", "[sim][clock]") {
  auto pathway = overlapping_clock_stop();
  const auto timeline = regsim::sim::schedule(pathway);
  regsim::model::Deadline span;
  span.id = "span";
  span.from = "review";
  span.to = "pause";
  span.to_anchor = regsim::model::Anchor::finish;
  span.limit = 12;
  for (const auto basis :
       {ClockBasis::calendar_days, ClockBasis::working_days, ClockBasis::clock_days}) {
    INFO(regsim::model::to_string(basis));
    span.basis = basis;
    auto declared = pathway;
    declared.deadlines = {span};
    // Declared in the pathway and scheduled: the scheduler's own figure.
    const auto expected = regsim::sim::schedule(declared).deadlines.at(0);
    CHECK(regsim::sim::measure_deadline(timeline, pathway, span) == expected);
  }
  span.basis = ClockBasis::clock_days;
  CHECK(regsim::sim::measure_deadline(timeline, pathway, span).used == 10);  // 01-05..01-20
  span.to = "nope";
  CHECK_THROWS_AS(regsim::sim::measure_deadline(timeline, pathway, span), regsim::Error);
}
