// Float measured by re-scheduling, through sittings and pools, with hand-computed answers.
#include <catch2/catch.hpp>

#include "regsim/sim/scheduler.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::calendar::Date;
using regsim::calendar::SittingCalendar;
using regsim::model::DependencyType;
using regsim::model::TaskKind;
using regsim::sim::SittingCutOff;
using namespace regsim::test;

namespace {

std::vector<int> floats(const regsim::sim::Timeline& timeline) {
  std::vector<int> out;
  for (const auto& task : timeline.tasks)
    out.push_back(task.total_float_days);
  return out;
}

// pre (30d) -> d1 (5d, decides at a c1 sitting) -> post (14d) -> d2 (3d, at a c2 sitting)
// -> done. c1 sits 02-11 and 03-11; c2 sits 03-10 and 04-06.
regsim::model::Pathway two_sittings() {
  auto pathway = make_pathway();
  pathway.sittings.emplace("c1", SittingCalendar("c1", {Date(2026, 2, 11), Date(2026, 3, 11)}, {}));
  pathway.sittings.emplace("c2", SittingCalendar("c2", {Date(2026, 3, 10), Date(2026, 4, 6)}, {}));
  auto d1 = make_task("d1", days(5), TaskKind::decision);
  d1.sittings = "c1";
  auto d2 = make_task("d2", days(3), TaskKind::decision);
  d2.sittings = "c2";
  pathway.tasks = {make_task("pre", days(30)), d1, make_task("post", days(14)), d2,
                   make_task("done", days(0), TaskKind::milestone)};
  pathway.dependencies = {make_dependency("pre", "d1"), make_dependency("d1", "post"),
                          make_dependency("post", "d2"), make_dependency("d2", "done")};
  return pathway;
}

}  // namespace

TEST_CASE("float through two sittings stops at the first sitting a slip would miss",
          "[sim][float]") {
  // pre 01-05..02-04; d1 works 02-04..02-09 and waits for c1 on 02-11 (2 days); post
  // 02-11..02-25; d2 works 02-25..02-28 and waits for c2 on 03-10 (10 days); done 03-10.
  // d2 and post can slip 10 days: 11 put d2's work past 03-10, to the 04-06 sitting (+27).
  // d1 and pre can slip only 2: 3 miss c1 on 02-11, d1 decides 03-11, post ends 03-25, d2's
  // work ends 03-28 and waits for 04-06: +27 again. The backward pass said 2 + 10 = 12 for
  // them, as if d2's wait could absorb a slip that costs a whole c1 cycle first.
  const auto timeline = regsim::sim::schedule(two_sittings());
  REQUIRE(timeline.tasks[1].finish == Date(2026, 2, 11));
  REQUIRE(timeline.tasks[3].finish == Date(2026, 3, 10));
  REQUIRE(timeline.finish == Date(2026, 3, 10));
  CHECK(floats(timeline) == std::vector<int>{2, 2, 10, 10, 0});
  const SittingCutOff c1{"c1", Date(2026, 2, 11), 2, 27};
  const SittingCutOff c2{"c2", Date(2026, 3, 10), 10, 27};
  CHECK(timeline.tasks[0].cut_off == c1);
  CHECK(timeline.tasks[1].cut_off == c1);
  CHECK(timeline.tasks[2].cut_off == c2);
  CHECK(timeline.tasks[3].cut_off == c2);
  // The milestone at the end moves the end by its own slip: no sitting is missed.
  CHECK_FALSE(timeline.tasks[4].cut_off);
  CHECK(timeline.tasks[4].critical);
}

TEST_CASE("float through a pool: the task that releases the unit has none", "[sim][float]") {
  // s -> a (10d) and s -SS+2-> b (5d), both needing the only reviewer: a holds it
  // 01-05..01-15, b waits for it and runs 01-15..01-20, the end. Every day a slips, b starts
  // a day later, so a has no float; the backward pass (pools ignored) gave it 5.
  auto pathway = make_pathway();
  auto a = make_task("a", days(10));
  a.needs = {{"reviewers", 1}};
  auto b = make_task("b", days(5));
  b.needs = {{"reviewers", 1}};
  pathway.tasks = {make_task("s", days(0), TaskKind::milestone), a, b, make_task("side", days(12))};
  pathway.dependencies = {make_dependency("s", "a"),
                          make_dependency("s", "b", DependencyType::start_to_start, days(2)),
                          make_dependency("s", "side")};
  pathway.resources = {
      {"reviewers", "Reviewers", 1, regsim::model::QueueDiscipline::fifo, {}, {}, {}}};
  const auto timeline = regsim::sim::schedule(pathway);
  REQUIRE(timeline.tasks[2].start == Date(2026, 1, 15));
  REQUIRE(timeline.finish == Date(2026, 1, 20));
  // side ends 01-17, three days before the end, and meets no pool: the backward pass's 3.
  CHECK(floats(timeline) == std::vector<int>{0, 0, 0, 3});
  CHECK(timeline.tasks[1].critical);
  for (const auto& task : timeline.tasks)
    CHECK_FALSE(task.cut_off);
}

TEST_CASE("without sittings, pools or working days, re-scheduling agrees with the backward pass",
          "[sim][float]") {
  // pre (10d) -> a (10d) -> [link] -> b (5d), side (20d) from the start, fin after b and
  // side. Float measured by re-scheduling and by the backward pass (measure_float off, what
  // Monte Carlo runs use) must agree where a slip passes on day for day.
  using T = DependencyType;
  const auto [type, lag, expected] = GENERATE(table<T, int, std::vector<int>>({
      // FS+3: b 01-28..02-02; side ends 01-25: 8 days.
      {T::finish_to_start, 3, {0, 0, 0, 8, 0}},
      // FS-4: b 01-21..01-26; side 1.
      {T::finish_to_start, -4, {0, 0, 0, 1, 0}},
      // SS+2: b 01-17..01-22 ends before a (01-25) and side (01-25): b has 3, all else 0.
      {T::start_to_start, 2, {0, 0, 3, 0, 0}},
      // SS-2: b 01-13..01-18: 7.
      {T::start_to_start, -2, {0, 0, 7, 0, 0}},
      // FF+3: b 01-23..01-28; side 3.
      {T::finish_to_finish, 3, {0, 0, 0, 3, 0}},
      // FF-4: b 01-16..01-21: 4.
      {T::finish_to_finish, -4, {0, 0, 4, 0, 0}},
      // SF+2: b finishes on a's start + 2 = 01-17: 8.
      {T::start_to_finish, 2, {0, 0, 8, 0, 0}},
  }));
  auto pathway = make_pathway();
  pathway.tasks = {make_task("pre", days(10)), make_task("a", days(10)), make_task("b", days(5)),
                   make_task("side", days(20)), make_task("fin", days(0), TaskKind::milestone)};
  pathway.dependencies = {make_dependency("pre", "a"), make_dependency("a", "b", type, days(lag)),
                          make_dependency("b", "fin"), make_dependency("side", "fin")};
  regsim::sim::RunOptions backward_pass;
  backward_pass.measure_float = false;
  const auto backward = regsim::sim::schedule(pathway, backward_pass);
  const auto probed = regsim::sim::schedule(pathway);
  REQUIRE(probed.finish == backward.finish);
  CHECK(floats(backward) == expected);
  CHECK(floats(probed) == expected);
}

TEST_CASE("a working-day task slipped past a holiday gains float the backward pass misses",
          "[sim][float]") {
  // first (4d) 01-05..01-09; second (3wd) on a calendar with 01-12..01-14 off works 01-09,
  // 15 and 16 and ends 01-19; side (30d) ends the application on 02-04. The backward pass
  // gives first second's 16 days, as if second moved day for day. Slipped 21 days, first
  // ends 01-30 (a Friday) and second, clear of the holidays, works 01-30, 02-02 and 02-03
  // and ends 02-04: still not late. 22 days put its start on Monday 02-02 and its end on
  // 02-05. So first has 21 days of float.
  auto pathway = make_pathway();
  std::vector<regsim::calendar::Holiday> holidays;
  for (int day = 12; day <= 14; ++day)
    holidays.push_back({Date(2026, 1, day), "off"});
  pathway.calendars.emplace("off", regsim::calendar::Calendar("off", holidays));
  pathway.calendar = "off";
  pathway.tasks = {make_task("first", days(4)), make_task("second", working_days(3)),
                   make_task("side", days(30))};
  pathway.dependencies = {make_dependency("first", "second")};
  const auto timeline = regsim::sim::schedule(pathway);
  REQUIRE(timeline.tasks[1].start == Date(2026, 1, 9));
  REQUIRE(timeline.tasks[1].finish == Date(2026, 1, 19));
  REQUIRE(timeline.finish == Date(2026, 2, 4));
  CHECK(floats(timeline) == std::vector<int>{21, 16, 0});
  regsim::sim::RunOptions backward_pass;
  backward_pass.measure_float = false;
  CHECK(floats(regsim::sim::schedule(pathway, backward_pass)) == std::vector<int>{16, 16, 0});
}
