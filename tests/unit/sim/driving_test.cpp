// The driving constraint of each task and the driving path, with hand-computed answers.
#include <catch2/catch.hpp>

#include "regsim/sim/scheduler.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::calendar::Date;
using regsim::model::DependencyType;
using regsim::model::TaskKind;
using regsim::sim::ConstraintKind;
using regsim::sim::DrivingConstraint;
using namespace regsim::test;

namespace {

// pre (10d) -> a (10d) -> [dependency under test] -> b (5d); a runs 2026-01-15..01-25 and
// the application starts on 2026-01-05.
regsim::sim::Timeline two_tasks(DependencyType type, regsim::calendar::Duration lag,
                                int b_days = 5) {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("pre", days(10)), make_task("a", days(10)),
                   make_task("b", days(b_days))};
  pathway.dependencies = {make_dependency("pre", "a"), make_dependency("a", "b", type, lag)};
  return regsim::sim::schedule(pathway);
}

DrivingConstraint dependency(int from, DependencyType type, regsim::calendar::Duration lag,
                             ConstraintKind kind = ConstraintKind::dependency) {
  DrivingConstraint constraint;
  constraint.kind = kind;
  constraint.from_task = from;
  constraint.has_dependency = true;
  constraint.type = type;
  constraint.lag = lag;
  if (kind == ConstraintKind::sitting) constraint.sitting_calendar = "drec";  // the tests' one
  return constraint;
}

DrivingConstraint pool(int from, int application = -1) {
  DrivingConstraint constraint;
  constraint.kind = ConstraintKind::pool;
  constraint.from_task = from;
  constraint.from_application = application;
  constraint.pool = 0;
  constraint.pool_id = "reviewers";
  return constraint;
}

// Whether each task, in pathway order, is on the driving path.
std::vector<bool> driving(const regsim::sim::Timeline& timeline) {
  std::vector<bool> flags;
  for (const auto& task : timeline.tasks)
    flags.push_back(task.driving);
  return flags;
}

}  // namespace

TEST_CASE("the start date drives a task nothing else holds", "[sim][driving]") {
  const auto timeline = two_tasks(DependencyType::finish_to_start, days(0));
  CHECK(timeline.tasks[0].constraint == DrivingConstraint{});
  CHECK(timeline.tasks[1].constraint == dependency(0, DependencyType::finish_to_start, days(0)));
  CHECK(timeline.tasks[2].constraint == dependency(1, DependencyType::finish_to_start, days(0)));
  CHECK(driving(timeline) == std::vector<bool>{true, true, true});
  CHECK(regsim::sim::driving_path(timeline, 2) == std::vector<int>{2, 1, 0});
}

TEST_CASE("each dependency type with lags and leads drives its successor", "[sim][driving]") {
  using T = DependencyType;
  SECTION("FS+3: b 01-28..02-02 ends the application") {
    const auto timeline = two_tasks(T::finish_to_start, days(3));
    REQUIRE(timeline.tasks[2].start == Date(2026, 1, 28));
    CHECK(timeline.tasks[2].constraint == dependency(1, T::finish_to_start, days(3)));
    CHECK(driving(timeline) == std::vector<bool>{true, true, true});
  }
  SECTION("FS-4: b 01-21..01-26 still ends it") {
    const auto timeline = two_tasks(T::finish_to_start, days(-4));
    REQUIRE(timeline.tasks[2].start == Date(2026, 1, 21));
    CHECK(timeline.tasks[2].constraint == dependency(1, T::finish_to_start, days(-4)));
    CHECK(driving(timeline) == std::vector<bool>{true, true, true});
  }
  SECTION("SS+2: b 01-17..01-22 ends before a (01-25), so a ends the application") {
    const auto timeline = two_tasks(T::start_to_start, days(2));
    REQUIRE(timeline.tasks[2].start == Date(2026, 1, 17));
    CHECK(timeline.tasks[2].constraint == dependency(1, T::start_to_start, days(2)));
    CHECK(driving(timeline) == std::vector<bool>{true, true, false});
  }
  SECTION("SS-2: b 01-13, a lead still later than the start date") {
    const auto timeline = two_tasks(T::start_to_start, days(-2));
    REQUIRE(timeline.tasks[2].start == Date(2026, 1, 13));
    CHECK(timeline.tasks[2].constraint == dependency(1, T::start_to_start, days(-2)));
  }
  SECTION("FF+3: b's start moves to 01-23 so that it finishes 01-28") {
    const auto timeline = two_tasks(T::finish_to_finish, days(3));
    REQUIRE(timeline.tasks[2].finish == Date(2026, 1, 28));
    CHECK(timeline.tasks[2].constraint == dependency(1, T::finish_to_finish, days(3)));
    CHECK(driving(timeline) == std::vector<bool>{true, true, true});
  }
  SECTION("FF-4: b finishes 01-21, before a") {
    const auto timeline = two_tasks(T::finish_to_finish, days(-4));
    REQUIRE(timeline.tasks[2].start == Date(2026, 1, 16));
    CHECK(timeline.tasks[2].constraint == dependency(1, T::finish_to_finish, days(-4)));
    CHECK(driving(timeline) == std::vector<bool>{true, true, false});
  }
  SECTION("SF+2: b finishes on a's start + 2 = 01-17") {
    const auto timeline = two_tasks(T::start_to_finish, days(2));
    REQUIRE(timeline.tasks[2].finish == Date(2026, 1, 17));
    CHECK(timeline.tasks[2].constraint == dependency(1, T::start_to_finish, days(2)));
  }
  SECTION("SF-2: b finishes on 01-13") {
    const auto timeline = two_tasks(T::start_to_finish, days(-2));
    REQUIRE(timeline.tasks[2].finish == Date(2026, 1, 13));
    CHECK(timeline.tasks[2].constraint == dependency(1, T::start_to_finish, days(-2)));
  }
  SECTION("an FF link that does not hold b back leaves it to the start date") {
    // b (20d) runs 01-05..01-25 on its own, finishing with a: not delayed by the link.
    const auto timeline = two_tasks(T::finish_to_finish, days(0), 20);
    REQUIRE(timeline.tasks[2].start == Date(2026, 1, 5));
    CHECK(timeline.tasks[2].constraint == DrivingConstraint{});
    // Both end on 01-25: each is an end of the application.
    CHECK(driving(timeline) == std::vector<bool>{true, true, true});
  }
}

TEST_CASE("a sitting drives a decision's finish, the path goes on through its start",
          "[sim][driving]") {
  auto pathway = make_pathway();
  pathway.sittings.emplace("drec", regsim::calendar::SittingCalendar(
                                       "drec", {Date(2026, 2, 11), Date(2026, 3, 11)}, {}));
  auto first = make_task("first", days(5), TaskKind::decision);
  first.sittings = "drec";
  auto second = make_task("second", days(5), TaskKind::decision);
  second.sittings = "drec";
  // pre 01-05..02-04; first 02-04..02-09, sitting 02-11; second 02-11..02-16, sitting 03-11.
  // side 01-05..01-25 is held by nothing but the start date and ends long before.
  pathway.tasks = {make_task("pre", days(30)), first, second, make_task("side", days(20))};
  pathway.dependencies = {make_dependency("pre", "first"), make_dependency("first", "second")};
  const auto timeline = regsim::sim::schedule(pathway);
  REQUIRE(timeline.tasks[1].finish == Date(2026, 2, 11));
  REQUIRE(timeline.tasks[2].finish == Date(2026, 3, 11));
  CHECK(timeline.tasks[1].constraint ==
        dependency(0, DependencyType::finish_to_start, days(0), ConstraintKind::sitting));
  CHECK(timeline.tasks[2].constraint ==
        dependency(1, DependencyType::finish_to_start, days(0), ConstraintKind::sitting));
  CHECK(timeline.tasks[3].constraint == DrivingConstraint{});
  CHECK(driving(timeline) == std::vector<bool>{true, true, true, false});
  CHECK(regsim::sim::driving_path(timeline, 2) == std::vector<int>{2, 1, 0});
  CHECK(regsim::sim::driving_path(timeline, 3) == std::vector<int>{3});
}

TEST_CASE("a pool unit drives a task that waited for it, from the task that released it",
          "[sim][driving]") {
  // s -> a (10d) and s -SS+2-> b (5d), both needing the only reviewer: a holds it
  // 01-05..01-15, b is ready 01-07 and starts when a releases it, ending 01-20.
  auto pathway = make_pathway();
  auto a = make_task("a", days(10));
  a.needs = {{"reviewers", 1}};
  auto b = make_task("b", days(5));
  b.needs = {{"reviewers", 1}};
  pathway.tasks = {make_task("s", days(0), TaskKind::milestone), a, b};
  pathway.dependencies = {make_dependency("s", "a"),
                          make_dependency("s", "b", DependencyType::start_to_start, days(2))};
  pathway.resources = {
      {"reviewers", "Reviewers", 1, regsim::model::QueueDiscipline::fifo, {}, {}, {}}};
  const auto timeline = regsim::sim::schedule(pathway);
  REQUIRE(timeline.tasks[2].start == Date(2026, 1, 15));
  REQUIRE(timeline.tasks[2].resource_wait_days == 8);
  CHECK(timeline.tasks[2].constraint == pool(1));
  CHECK(timeline.tasks[1].constraint == dependency(0, DependencyType::finish_to_start, days(0)));
  CHECK(driving(timeline) == std::vector<bool>{true, true, true});
  CHECK(regsim::sim::driving_path(timeline, 2) == std::vector<int>{2, 1, 0});
}

TEST_CASE("a clock stop drives the review that waits for the answer", "[sim][driving]") {
  auto pathway = make_pathway();
  pathway.tasks = {
      make_task("submission", days(0), TaskKind::milestone), make_task("review", days(30)),
      make_task("questions", days(20), TaskKind::clock_stop), make_task("review2", days(10)),
      make_task("approval", days(0), TaskKind::milestone)};
  pathway.dependencies = {
      make_dependency("submission", "review"), make_dependency("review", "questions"),
      make_dependency("questions", "review2"), make_dependency("review2", "approval")};
  const auto timeline = regsim::sim::schedule(pathway);
  using T = DependencyType;
  CHECK(timeline.tasks[2].constraint == dependency(1, T::finish_to_start, days(0)));
  CHECK(timeline.tasks[3].constraint ==
        dependency(2, T::finish_to_start, days(0), ConstraintKind::clock_stop));
  CHECK(timeline.tasks[4].constraint == dependency(3, T::finish_to_start, days(0)));
  CHECK(driving(timeline) == std::vector<bool>{true, true, true, true, true});

  // A question round that did not happen stopped no clock: a plain dependency through it.
  pathway.tasks[2].probability = 0.2;
  const auto without = regsim::sim::schedule(pathway);
  REQUIRE(without.tasks[2].skipped);
  CHECK(without.tasks[3].constraint == dependency(2, T::finish_to_start, days(0)));
  CHECK(driving(without) == std::vector<bool>{true, true, false, true, true});
}

TEST_CASE("rework drives the repeated round from the task that sent it back", "[sim][driving]") {
  // review 01-05..15, answer ..20, review ..30, answer ..02-04, review ..14, answer ..19.
  auto pathway = make_pathway();
  auto answer = make_task("answer", days(5));
  answer.rework = regsim::model::Rework{0.9, 2, "review", {}};
  pathway.tasks = {make_task("review", days(10)), answer,
                   make_task("approval", days(0), TaskKind::milestone)};
  pathway.dependencies = {make_dependency("review", "answer"),
                          make_dependency("answer", "approval")};
  const auto timeline = regsim::sim::schedule(pathway);
  REQUIRE(timeline.tasks[0].rounds == 3);
  using T = DependencyType;
  CHECK(timeline.tasks[0].constraint ==
        dependency(1, T::finish_to_start, days(0), ConstraintKind::rework));
  CHECK(timeline.tasks[1].constraint == dependency(0, T::finish_to_start, days(0)));
  CHECK(timeline.tasks[2].constraint == dependency(1, T::finish_to_start, days(0)));
  CHECK(driving(timeline) == std::vector<bool>{true, true, true});
  // Back from approval: answer, review, and review's last round came from answer again.
  CHECK(regsim::sim::driving_path(timeline, 2) == std::vector<int>{2, 1, 0});
}

TEST_CASE("pool contention: the driving path crosses into the application that held the unit",
          "[sim][driving]") {
  // intake -> review (10d, the only reviewer); three applications arrive on 01-05: 0 reviews
  // 01-05..15, 1 waits for 0's unit (01-15..25), 2 for 1's (01-25..02-04).
  auto pathway = make_pathway();
  auto review = make_task("review", days(10));
  review.needs = {{"reviewers", 1}};
  pathway.tasks = {make_task("intake", days(0), TaskKind::milestone), review};
  pathway.dependencies = {make_dependency("intake", "review")};
  pathway.resources = {
      {"reviewers", "Reviewers", 1, regsim::model::QueueDiscipline::fifo, {}, {}, {}}};
  const regsim::sim::Scheduler scheduler(pathway);
  const Date day(2026, 1, 5);
  const auto result = scheduler.run_portfolio({day, day, day});
  REQUIRE(result.applications.size() == 3);
  const auto& first = result.applications[0];
  CHECK(first.tasks[1].constraint == dependency(0, DependencyType::finish_to_start, days(0)));
  CHECK(driving(first) == std::vector<bool>{true, true});
  const auto& second = result.applications[1];
  REQUIRE(second.tasks[1].start == Date(2026, 1, 15));
  CHECK(second.tasks[1].constraint == pool(1, 0));
  // Its own intake did not hold it back: the path leaves this application at the review.
  CHECK(driving(second) == std::vector<bool>{false, true});
  CHECK(regsim::sim::driving_path(second, 1) == std::vector<int>{1});
  const auto& third = result.applications[2];
  REQUIRE(third.tasks[1].start == Date(2026, 1, 25));
  CHECK(third.tasks[1].constraint == pool(1, 1));
}
