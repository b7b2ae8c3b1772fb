#include "regsim/report/timeline_table.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using regsim::calendar::Date;

namespace {

regsim::sim::TaskTiming timing(std::string id, Date start, Date finish, int float_days) {
  regsim::sim::TaskTiming task;
  task.task_id = std::move(id);
  task.ready = task.start = start;
  task.finish = finish;
  task.calendar_days = static_cast<int>((finish - start).days());
  task.working_days = task.calendar_days;
  task.clock_days = task.calendar_days;
  task.total_float_days = float_days;
  task.critical = float_days == 0;
  return task;
}

regsim::sim::Timeline sample() {
  regsim::sim::Timeline timeline;
  timeline.pathway_id = "test/pathway";
  timeline.scenario_id = "baseline";
  timeline.start = Date(2026, 1, 5);
  timeline.finish = Date(2026, 1, 15);
  timeline.calendar_days = 10;
  timeline.working_days = 8;
  timeline.clock_days = 10;
  timeline.tasks = {timing("review", Date(2026, 1, 5), Date(2026, 1, 15), 0),
                    timing("a_task_with_a_very_long_identifier_that_will_not_fit", Date(2026, 1, 5),
                           Date(2026, 1, 9), 6)};
  regsim::sim::DeadlineResult deadline;
  deadline.deadline_id = "statutory";
  deadline.limit = 12;
  deadline.used = 10;
  deadline.margin = 2;
  deadline.due = Date(2026, 1, 17);
  deadline.basis = regsim::model::ClockBasis::clock_days;
  timeline.deadlines = {deadline};
  return timeline;
}

}  // namespace

TEST_CASE("the timeline table has one row per task and the deadlines", "[report]") {
  const auto text = regsim::report::render_timeline_table(sample());
  CHECK(text.find("test/pathway (baseline)\n") == 0);
  CHECK(text.find("2026-01-05 -> 2026-01-15: 10 calendar days, 8 working days, 10 clock days") !=
        std::string::npos);
  CHECK(text.find("review  ") != std::string::npos);
  // review: 10 days, 10 wd, 10 clock, no waits, float 0, critical.
  CHECK(text.find("2026-01-05  2026-01-15    10    10     10     0     0      0  *\n") !=
        std::string::npos);
  // Marked on the driving path too: "D*".
  auto driving = sample();
  driving.tasks[0].driving = true;
  CHECK(regsim::report::render_timeline_table(driving).find(
            "2026-01-05  2026-01-15    10    10     10     0     0      0  D*\n") !=
        std::string::npos);
  CHECK(text.find("statutory  clock-days         12      10      +2  2026-01-17  met") !=
        std::string::npos);
}

TEST_CASE("the timeline table fits the width", "[report]") {
  for (const int width : {60, 80}) {
    regsim::report::TextOptions options;
    options.width = width;
    const auto text = regsim::report::render_timeline_table(sample(), options);
    std::istringstream lines(text);
    std::string line;
    bool cut = false;
    while (std::getline(lines, line)) {
      CHECK(line.size() <= static_cast<std::size_t>(width));  // the legend included
      CHECK((line.empty() || line.back() != ' '));
      cut = cut || line.find("~") != std::string::npos;
    }
    CHECK(cut);
    // At 60 columns the least telling figures make room, and the (wrapped) legend says so.
    std::string joined = text;
    for (std::size_t at; (at = joined.find("\n  ")) != std::string::npos;)
      joined.replace(at, 3, " ");
    CHECK((joined.find("not shown at this width: wd") != std::string::npos) == (width == 60));
  }
}

TEST_CASE("the pool table shows waits and utilisation", "[report]") {
  regsim::sim::PoolStatistics pool;
  pool.pool_id = "reviewers";
  pool.capacity = 1;
  pool.requests = 3;
  pool.waited = 2;
  pool.mean_wait_days = 10;
  pool.max_wait_days = 20;
  pool.utilisation = 0.75;
  const auto text = regsim::report::render_pool_table({pool});
  CHECK(text.find("reviewers         1         3       2       10.0        20          75%") !=
        std::string::npos);
}

TEST_CASE("the timeline table lists sitting cut-offs after the legend", "[report]") {
  CHECK(regsim::report::render_timeline_table(sample()).find("cut-off") == std::string::npos);
  auto timeline = sample();
  timeline.tasks[0].cut_off = regsim::sim::SittingCutOff{"drec", Date(2026, 11, 5), 23, 28};
  const auto text = regsim::report::render_timeline_table(timeline);
  const auto legend = text.find("D driving path");
  const auto note =
      text.find("\nreview: 23 d before missing the drec sitting of 2026-11-05, then +28 d\n");
  REQUIRE(legend != std::string::npos);
  CHECK(note != std::string::npos);
  CHECK(note > legend);
  CHECK(note < text.find("statutory"));
}
