#include "regsim/sim/scheduler.hpp"

#include <catch2/catch.hpp>

#include "regsim/error.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::calendar::Date;
using regsim::model::DependencyType;
using regsim::model::TaskKind;
using namespace regsim::test;

namespace {

// pre (10d) -> a (10d) -> [dependency under test] -> b (5d); a runs 2026-01-15..01-25.
regsim::sim::Timeline two_tasks(DependencyType type, regsim::calendar::Duration lag) {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("pre", days(10)), make_task("a", days(10)), make_task("b", days(5))};
  pathway.dependencies = {make_dependency("pre", "a"), make_dependency("a", "b", type, lag)};
  return regsim::sim::schedule(pathway);
}

}  // namespace

TEST_CASE("finish-to-start with lags and leads", "[sim]") {
  auto timeline = two_tasks(DependencyType::finish_to_start, days(3));
  CHECK(timeline.find("a")->start == Date(2026, 1, 15));
  CHECK(timeline.find("a")->finish == Date(2026, 1, 25));
  CHECK(timeline.find("b")->start == Date(2026, 1, 28));
  CHECK(timeline.find("b")->finish == Date(2026, 2, 2));

  timeline = two_tasks(DependencyType::finish_to_start, days(-4));
  CHECK(timeline.find("b")->start == Date(2026, 1, 21));
  CHECK(timeline.find("b")->finish == Date(2026, 1, 26));

  // A working-day lag counts on the successor's calendar: Sunday 25th + 2wd = Tuesday 27th.
  timeline = two_tasks(DependencyType::finish_to_start, working_days(2));
  CHECK(timeline.find("b")->start == Date(2026, 1, 27));
  CHECK(timeline.find("b")->finish == Date(2026, 2, 1));
}

TEST_CASE("start-to-start with lags and leads", "[sim]") {
  auto timeline = two_tasks(DependencyType::start_to_start, days(2));
  CHECK(timeline.find("b")->start == Date(2026, 1, 17));
  CHECK(timeline.find("b")->finish == Date(2026, 1, 22));
  timeline = two_tasks(DependencyType::start_to_start, days(-2));
  CHECK(timeline.find("b")->start == Date(2026, 1, 13));
  CHECK(timeline.find("b")->finish == Date(2026, 1, 18));
}

TEST_CASE("finish-to-finish delays the start so that the finish respects it", "[sim]") {
  auto timeline = two_tasks(DependencyType::finish_to_finish, days(3));
  CHECK(timeline.find("b")->start == Date(2026, 1, 23));
  CHECK(timeline.find("b")->finish == Date(2026, 1, 28));
  timeline = two_tasks(DependencyType::finish_to_finish, days(-4));
  CHECK(timeline.find("b")->start == Date(2026, 1, 16));
  CHECK(timeline.find("b")->finish == Date(2026, 1, 21));
  CHECK(timeline.find("b")->ready == Date(2026, 1, 16));
}

TEST_CASE("start-to-finish with lags and leads", "[sim]") {
  auto timeline = two_tasks(DependencyType::start_to_finish, days(2));
  CHECK(timeline.find("b")->start == Date(2026, 1, 12));
  CHECK(timeline.find("b")->finish == Date(2026, 1, 17));
  timeline = two_tasks(DependencyType::start_to_finish, days(-2));
  CHECK(timeline.find("b")->start == Date(2026, 1, 8));
  CHECK(timeline.find("b")->finish == Date(2026, 1, 13));
}

TEST_CASE("an FF successor whose own duration is long enough is not delayed", "[sim]") {
  // b (20d) starts with the application on 01-05 and ends 01-25 >= a's finish.
  auto pathway = make_pathway();
  pathway.tasks = {make_task("pre", days(10)), make_task("a", days(10)), make_task("b", days(20))};
  pathway.dependencies = {make_dependency("pre", "a"),
                          make_dependency("a", "b", DependencyType::finish_to_finish)};
  const auto timeline = regsim::sim::schedule(pathway);
  CHECK(timeline.find("b")->start == Date(2026, 1, 5));
  CHECK(timeline.find("b")->finish == Date(2026, 1, 25));
}

TEST_CASE("a working-day task ready on a non-working day starts on the next working day", "[sim]") {
  auto pathway = make_pathway();
  pathway.calendar = "office";
  pathway.calendars.emplace("office",
                            regsim::calendar::Calendar("office", {{Date(2026, 1, 19), "Closure"}}));
  pathway.tasks = {make_task("pre", days(12)), make_task("work", working_days(3))};
  pathway.dependencies = {make_dependency("pre", "work")};
  const auto timeline = regsim::sim::schedule(pathway);
  const auto* work = timeline.find("work");
  // pre ends Saturday 01-17; Sunday and the Monday closure pass; work starts Tuesday 01-20
  // and ends on the third working day after it, Friday 01-23.
  CHECK(timeline.find("pre")->finish == Date(2026, 1, 17));
  CHECK(work->ready == Date(2026, 1, 20));
  CHECK(work->start == Date(2026, 1, 20));
  CHECK(work->finish == Date(2026, 1, 23));
  CHECK(work->calendar_days == 3);
  CHECK(work->working_days == 3);
  CHECK(work->resource_wait_days == 0);
  // The whole application, 01-05..01-23 on the office calendar: 14 weekdays minus the closure.
  CHECK(timeline.calendar_days == 18);
  CHECK(timeline.working_days == 13);
}

TEST_CASE("a decision finishes at the next sitting on or after its duration ends", "[sim]") {
  auto pathway = make_pathway();
  pathway.sittings.emplace("drec", regsim::calendar::SittingCalendar(
                                       "drec", {Date(2026, 2, 11), Date(2026, 3, 11)}, {}));
  auto decision = make_task("decide", days(5), TaskKind::decision);
  decision.sittings = "drec";

  SECTION("two days' wait") {
    pathway.tasks = {make_task("pre", days(30)), decision};
    pathway.dependencies = {make_dependency("pre", "decide")};
    const auto timeline = regsim::sim::schedule(pathway);
    const auto* decide = timeline.find("decide");
    CHECK(decide->start == Date(2026, 2, 4));
    CHECK(decide->finish == Date(2026, 2, 11));
    CHECK(decide->sitting_wait_days == 2);
    CHECK(decide->calendar_days == 7);
  }
  SECTION("missing a sitting by six days costs a month") {
    pathway.tasks = {make_task("pre", days(38)), decision};
    pathway.dependencies = {make_dependency("pre", "decide")};
    const auto timeline = regsim::sim::schedule(pathway);
    const auto* decide = timeline.find("decide");
    CHECK(decide->start == Date(2026, 2, 12));
    CHECK(decide->finish == Date(2026, 3, 11));
    CHECK(decide->sitting_wait_days == 22);
    // The wait absorbs a slip of up to 22 days of the decision or of its predecessor.
    CHECK(decide->total_float_days == 22);
    CHECK(timeline.find("pre")->total_float_days == 22);
    CHECK_FALSE(timeline.find("pre")->critical);
  }
  SECTION("no sitting left is an input error") {
    pathway.tasks = {make_task("pre", days(80)), decision};
    pathway.dependencies = {make_dependency("pre", "decide")};
    CHECK_THROWS_AS(regsim::sim::schedule(pathway), regsim::InputError);
  }
}

TEST_CASE("float and critical flags from the backward pass", "[sim]") {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("s", days(0), TaskKind::milestone), make_task("a", days(10)),
                   make_task("b", days(4)), make_task("e", days(0), TaskKind::milestone)};
  pathway.dependencies = {make_dependency("s", "a"), make_dependency("s", "b"),
                          make_dependency("a", "e"),
                          make_dependency("b", "e", DependencyType::finish_to_start, days(2))};
  const auto timeline = regsim::sim::schedule(pathway);
  // e is held by a at 01-15; b's link ends at 01-09 + 2 = 01-11: 4 days of slack.
  CHECK(timeline.find("a")->critical);
  CHECK(timeline.find("a")->total_float_days == 0);
  CHECK(timeline.find("b")->total_float_days == 4);
  CHECK(timeline.find("b")->free_float_days == 4);
  CHECK_FALSE(timeline.find("b")->critical);
  CHECK(timeline.find("s")->critical);
  CHECK(timeline.find("e")->critical);
}

TEST_CASE("clock-stop tasks stop the agency clock and applicant work does not run it", "[sim]") {
  auto pathway = make_pathway();
  auto pause = make_task("pause", days(5), TaskKind::clock_stop);
  auto prep = make_task("prep", days(40));
  prep.owner = "applicant";
  prep.clock_runs = false;
  pathway.tasks = {make_task("review", days(30)), pause, prep};
  pathway.dependencies = {
      make_dependency("review", "pause", DependencyType::start_to_start, days(10)),
      make_dependency("review", "prep", DependencyType::start_to_start)};
  pathway.deadlines.resize(3);
  pathway.deadlines[0].id = "clock";
  pathway.deadlines[0].from = "review";
  pathway.deadlines[0].to = "review";
  pathway.deadlines[0].limit = 24;
  pathway.deadlines[0].basis = regsim::model::ClockBasis::clock_days;
  pathway.deadlines[1] = pathway.deadlines[0];
  pathway.deadlines[1].id = "clock-generous";
  pathway.deadlines[1].limit = 30;
  pathway.deadlines[2] = pathway.deadlines[0];
  pathway.deadlines[2].id = "working";
  pathway.deadlines[2].limit = 20;
  pathway.deadlines[2].basis = regsim::model::ClockBasis::working_days;

  const auto timeline = regsim::sim::schedule(pathway);
  // review 01-05..02-04 (30 days) minus the pause 01-15..01-20 (5 days); prep runs on
  // alone until 02-14 without the clock.
  CHECK(timeline.find("review")->clock_days == 25);
  CHECK(timeline.find("pause")->clock_days == 0);
  CHECK(timeline.find("prep")->clock_days == 25);
  CHECK(timeline.calendar_days == 40);
  CHECK(timeline.clock_days == 25);

  REQUIRE(timeline.deadlines.size() == 3);
  CHECK(timeline.deadlines[0].used == 25);
  CHECK(timeline.deadlines[0].margin == -1);
  CHECK_FALSE(timeline.deadlines[0].met);
  CHECK(timeline.deadlines[0].due == Date(2026, 1, 29));
  CHECK(timeline.deadlines[1].margin == 5);
  CHECK(timeline.deadlines[1].met);
  CHECK(timeline.deadlines[1].due == Date(2026, 2, 4));
  // 01-05..02-04: 22 weekdays; the 20th working day after 01-05 is 02-02.
  CHECK(timeline.deadlines[2].used == 22);
  CHECK(timeline.deadlines[2].margin == -2);
  CHECK_FALSE(timeline.deadlines[2].met);
  CHECK(timeline.deadlines[2].due == Date(2026, 2, 2));
}

TEST_CASE("a clock stop between review phases", "[sim]") {
  auto pathway = make_pathway();
  pathway.tasks = {
      make_task("submission", days(0), TaskKind::milestone), make_task("review", days(30)),
      make_task("questions", days(20), TaskKind::clock_stop), make_task("review2", days(10)),
      make_task("approval", days(0), TaskKind::milestone)};
  pathway.dependencies = {
      make_dependency("submission", "review"), make_dependency("review", "questions"),
      make_dependency("questions", "review2"), make_dependency("review2", "approval")};
  pathway.deadlines.resize(1);
  pathway.deadlines[0].id = "statutory";
  pathway.deadlines[0].from = "submission";
  pathway.deadlines[0].to = "approval";
  pathway.deadlines[0].limit = 45;
  pathway.deadlines[0].basis = regsim::model::ClockBasis::clock_days;
  const auto timeline = regsim::sim::schedule(pathway);
  CHECK(timeline.find("approval")->finish == Date(2026, 3, 6));
  CHECK(timeline.calendar_days == 60);
  CHECK(timeline.clock_days == 40);
  CHECK(timeline.deadlines[0].used == 40);
  CHECK(timeline.deadlines[0].margin == 5);
  CHECK(timeline.deadlines[0].met);
  for (const auto& timing : timeline.tasks)
    CHECK(timing.critical);
}

TEST_CASE("skipped tasks and branches are zero-duration pass-throughs", "[sim]") {
  auto pathway = make_pathway();
  auto optional = make_task("optional", days(20));
  optional.probability = 0.3;
  pathway.tasks = {make_task("a", days(10)), optional, make_task("b", days(5)),
                   make_task("approve", days(0), TaskKind::milestone),
                   make_task("reject", days(30))};
  pathway.dependencies = {make_dependency("a", "optional"), make_dependency("optional", "b"),
                          make_dependency("b", "approve"), make_dependency("b", "reject")};
  regsim::model::Branch branch;
  branch.id = "outcome";
  branch.outcomes = {{"approve", 0.8}, {"reject", 0.2}};
  pathway.branches = {branch};
  const auto timeline = regsim::sim::schedule(pathway);
  const auto* skipped = timeline.find("optional");
  CHECK(skipped->skipped);
  CHECK(skipped->start == Date(2026, 1, 15));
  CHECK(skipped->finish == Date(2026, 1, 15));
  CHECK(skipped->rounds == 0);
  CHECK_FALSE(skipped->critical);
  CHECK(timeline.find("b")->finish == Date(2026, 1, 20));
  CHECK(timeline.find("reject")->skipped);
  CHECK(timeline.finish == Date(2026, 1, 20));

  SECTION("draws override existence and durations") {
    regsim::sim::Draws draws;
    draws.exists = {1, 1, 1, 0, 1};
    draws.durations = {days(10), days(20), days(5), days(0), days(30)};
    regsim::sim::RunOptions options;
    options.draws = &draws;
    const auto drawn = regsim::sim::schedule(pathway, options);
    CHECK_FALSE(drawn.find("optional")->skipped);
    CHECK(drawn.find("b")->finish == Date(2026, 2, 9));
    CHECK(drawn.find("reject")->finish == Date(2026, 3, 11));
  }
}

TEST_CASE("rework loops repeat the chain from the restart task", "[sim]") {
  auto pathway = make_pathway();
  auto answer = make_task("answer", days(5));
  answer.rework = regsim::model::Rework{0.9, 2, "review", {}};
  pathway.tasks = {make_task("review", days(10)), answer,
                   make_task("approval", days(0), TaskKind::milestone)};
  pathway.dependencies = {make_dependency("review", "answer"),
                          make_dependency("answer", "approval")};

  SECTION("the most likely count at p = 0.9, two rounds at most, is two extra rounds") {
    // review 01-05..15, answer ..20, review ..30, answer ..02-04, review ..14, answer ..19.
    const auto timeline = regsim::sim::schedule(pathway);
    CHECK(timeline.find("review")->rounds == 3);
    CHECK(timeline.find("review")->start == Date(2026, 1, 5));
    CHECK(timeline.find("review")->finish == Date(2026, 2, 14));
    CHECK(timeline.find("answer")->rounds == 3);
    CHECK(timeline.find("approval")->finish == Date(2026, 2, 19));
  }
  SECTION("at p = 0.6 no extra round is the most likely") {
    pathway.tasks[1].rework->probability = 0.6;
    const auto timeline = regsim::sim::schedule(pathway);
    CHECK(timeline.find("review")->rounds == 1);
    CHECK(timeline.find("approval")->finish == Date(2026, 1, 20));
  }
  SECTION("draws set the number of rounds") {
    regsim::sim::Draws draws;
    draws.extra_rounds = {0, 1, 0};
    regsim::sim::RunOptions options;
    options.draws = &draws;
    const auto timeline = regsim::sim::schedule(pathway, options);
    CHECK(timeline.find("answer")->rounds == 2);
    CHECK(timeline.find("approval")->finish == Date(2026, 2, 4));
  }
}

TEST_CASE("two rework loops in sequence each repeat their own chain", "[sim]") {
  auto pathway = make_pathway();
  auto answer1 = make_task("answer1", days(5));
  answer1.rework = regsim::model::Rework{0.9, 1, "review1", {}};
  auto answer2 = make_task("answer2", days(5));
  answer2.rework = regsim::model::Rework{0.9, 1, "review2", {}};
  pathway.tasks = {make_task("review1", days(10)), answer1, make_task("review2", days(10)), answer2,
                   make_task("done", days(0), TaskKind::milestone)};
  pathway.dependencies = {
      make_dependency("review1", "answer1"), make_dependency("answer1", "review2"),
      make_dependency("review2", "answer2"), make_dependency("answer2", "done")};
  // review1 01-05..15, answer1 ..20, review1 ..30, answer1 ..02-04; review2 ..02-14,
  // answer2 ..19, review2 ..03-01, answer2 ..03-06.
  const auto timeline = regsim::sim::schedule(pathway);
  CHECK(timeline.find("answer1")->finish == Date(2026, 2, 4));
  CHECK(timeline.find("review2")->start == Date(2026, 2, 4));
  CHECK(timeline.find("review2")->rounds == 2);
  CHECK(timeline.find("done")->finish == Date(2026, 3, 6));
}

TEST_CASE("rework loops that share a task are rejected", "[sim]") {
  auto pathway = make_pathway();
  auto answer1 = make_task("answer1", days(5));
  answer1.rework = regsim::model::Rework{0.9, 1, "review", {}};
  auto answer2 = make_task("answer2", days(5));
  answer2.rework = regsim::model::Rework{0.9, 1, "review", {}};
  pathway.tasks = {make_task("review", days(10)), answer1, answer2};
  pathway.dependencies = {make_dependency("review", "answer1"),
                          make_dependency("answer1", "answer2")};
  try {
    regsim::sim::Scheduler scheduler(pathway);
    FAIL("no error");
  } catch (const regsim::InputError& error) {
    CHECK(error.diagnostics().at(0).id == "rework_overlap");
  }
}

TEST_CASE("a given start overrides the pathway start and no start at all is an error", "[sim]") {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("a", days(3))};
  regsim::sim::RunOptions options;
  options.start = Date(2026, 6, 1);
  CHECK(regsim::sim::schedule(pathway, options).find("a")->finish == Date(2026, 6, 4));
  pathway.start.reset();
  CHECK_THROWS_AS(regsim::sim::schedule(pathway), regsim::InputError);
}

TEST_CASE("a dependency cycle is reported with the cycle", "[sim]") {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("x", days(1)), make_task("a", days(1)), make_task("b", days(1))};
  pathway.dependencies = {make_dependency("x", "a"), make_dependency("a", "b"),
                          make_dependency("b", "a")};
  try {
    regsim::sim::Scheduler scheduler(pathway);
    FAIL("no error");
  } catch (const regsim::InputError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    CHECK(error.diagnostics()[0].id == "dependency_cycle");
    const auto& message = error.diagnostics()[0].message;
    const bool named = message.find("a -> b -> a") != std::string::npos ||
                       message.find("b -> a -> b") != std::string::npos;
    CHECK(named);
  }
}

TEST_CASE("the same input gives the same output", "[sim]") {
  auto pathway = make_pathway();
  auto decide = make_task("decide", days(5), TaskKind::decision);
  decide.sittings = "drec";
  pathway.sittings.emplace("drec",
                           regsim::calendar::SittingCalendar("drec", {Date(2026, 3, 4)}, {}));
  auto review = make_task("review", days(10));
  review.needs = {{"reviewers", 1}};
  pathway.resources = {
      {"reviewers", "Reviewers", 1, regsim::model::QueueDiscipline::fifo, {}, {}, {}}};
  pathway.tasks = {review, decide};
  pathway.dependencies = {make_dependency("review", "decide")};
  const regsim::sim::Scheduler scheduler(pathway);
  const std::vector<Date> arrivals(4, Date(2026, 1, 5));
  CHECK(scheduler.run() == scheduler.run());
  CHECK(scheduler.run_portfolio(arrivals) == scheduler.run_portfolio(arrivals));
}

TEST_CASE("a chain of 100000 tasks schedules without recursion", "[sim]") {
  auto pathway = make_pathway();
  const int count = 100000;
  pathway.tasks.reserve(count);
  pathway.dependencies.reserve(count);
  for (int i = 0; i < count; ++i) {
    pathway.tasks.push_back(make_task("t" + std::to_string(i), days(1)));
    if (i > 0)
      pathway.dependencies.push_back(
          make_dependency("t" + std::to_string(i - 1), "t" + std::to_string(i)));
  }
  const auto timeline = regsim::sim::schedule(pathway);
  CHECK(timeline.calendar_days == count);
  CHECK(timeline.tasks.back().start == Date(2026, 1, 5) + boost::gregorian::days(count - 1));
  CHECK(timeline.tasks.front().critical);
}
