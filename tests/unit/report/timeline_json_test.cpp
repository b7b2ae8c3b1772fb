#include "regsim/report/timeline_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using regsim::calendar::Date;

namespace {

regsim::sim::Timeline sample_timeline() {
  regsim::sim::Timeline timeline;
  timeline.pathway_id = "kr/example";
  timeline.scenario_id = "reformed";
  timeline.application = 2;
  timeline.start = Date(2026, 1, 5);
  timeline.finish = Date(2026, 3, 6);
  timeline.calendar_days = 60;
  timeline.working_days = 44;
  timeline.clock_days = 40;
  regsim::sim::TaskTiming task;
  task.task_id = "review";
  task.ready = Date(2026, 1, 5);
  task.start = Date(2026, 1, 7);
  task.finish = Date(2026, 2, 6);
  task.calendar_days = 30;
  task.working_days = 22;
  task.clock_days = 25;
  task.resource_wait_days = 2;
  task.sitting_wait_days = 0;
  task.total_float_days = 3;
  task.free_float_days = 1;
  task.critical = false;
  task.rounds = 2;
  task.driving = true;
  task.constraint.kind = regsim::sim::ConstraintKind::sitting;
  task.constraint.from_task = 1;
  task.constraint.has_dependency = true;
  task.constraint.type = regsim::model::DependencyType::start_to_start;
  task.constraint.lag = {-3, regsim::calendar::DurationUnit::working_days};
  task.constraint.sitting_calendar = "drec";
  timeline.tasks.push_back(task);
  regsim::sim::TaskTiming intake;
  intake.task_id = "intake";
  intake.constraint.kind = regsim::sim::ConstraintKind::pool;
  intake.constraint.from_task = 0;
  intake.constraint.from_application = 1;
  intake.constraint.pool = 0;
  intake.constraint.pool_id = "reviewers";
  timeline.tasks.push_back(intake);
  regsim::sim::DeadlineResult deadline;
  deadline.deadline_id = "statutory";
  deadline.limit = 30;
  deadline.used = 40;
  deadline.margin = -10;
  deadline.met = false;
  deadline.due = Date(2026, 2, 4);
  deadline.basis = regsim::model::ClockBasis::clock_days;
  timeline.deadlines.push_back(deadline);
  return timeline;
}

}  // namespace

TEST_CASE("a timeline document carries its schema and every field", "[report]") {
  const auto document =
      nlohmann::ordered_json::parse(regsim::report::render_timeline_json(sample_timeline()));
  CHECK(document["schema"] == "regsim.timeline/1");
  CHECK(document.begin().key() == "schema");
  CHECK(document["version"] == 1);
  CHECK(document["pathway"] == "kr/example");
  CHECK(document["scenario"] == "reformed");
  CHECK_FALSE(document.contains("pools"));
  REQUIRE(document["applications"].size() == 1);
  const auto& application = document["applications"][0];
  CHECK(application["application"] == 2);
  CHECK(application["start"] == "2026-01-05");
  CHECK(application["finish"] == "2026-03-06");
  CHECK(application["calendar_days"] == 60);
  CHECK(application["working_days"] == 44);
  CHECK(application["clock_days"] == 40);
  const auto& task = application["tasks"][0];
  CHECK(task["id"] == "review");
  CHECK(task["ready"] == "2026-01-05");
  CHECK(task["start"] == "2026-01-07");
  CHECK(task["finish"] == "2026-02-06");
  CHECK(task["calendar_days"] == 30);
  CHECK(task["working_days"] == 22);
  CHECK(task["clock_days"] == 25);
  CHECK(task["resource_wait_days"] == 2);
  CHECK(task["sitting_wait_days"] == 0);
  CHECK(task["total_float_days"] == 3);
  CHECK(task["free_float_days"] == 1);
  CHECK(task["critical"] == false);
  CHECK(task["skipped"] == false);
  CHECK(task["rounds"] == 2);
  CHECK(task["driving"] == true);
  CHECK(task["constraint"] ==
        nlohmann::ordered_json::parse(R"({"kind": "sitting", "from": "intake", "type": "SS",)"
                                      R"( "lag": "-3wd", "sitting": {"calendar": "drec",)"
                                      R"( "date": "2026-02-06"}})"));
  // A pool unit released by another application's task; no dependency fields.
  const auto& intake = application["tasks"][1];
  CHECK(intake["driving"] == false);
  CHECK(intake["constraint"] ==
        nlohmann::ordered_json::parse(
            R"({"kind": "pool", "from": "review", "application": 1, "pool": "reviewers"})"));
  const auto& deadline = application["deadlines"][0];
  CHECK(deadline["id"] == "statutory");
  CHECK(deadline["basis"] == "clock-days");
  CHECK(deadline["limit"] == 30);
  CHECK(deadline["used"] == 40);
  CHECK(deadline["margin"] == -10);
  CHECK(deadline["met"] == false);
  CHECK(deadline["due"] == "2026-02-04");
}

TEST_CASE("a portfolio document lists applications and pools", "[report]") {
  regsim::sim::PortfolioResult portfolio;
  portfolio.applications = {sample_timeline(), sample_timeline()};
  portfolio.applications[1].application = 3;
  regsim::sim::PoolStatistics pool;
  pool.pool_id = "reviewers";
  pool.capacity = 1;
  pool.requests = 3;
  pool.waited = 2;
  pool.mean_wait_days = 10;
  pool.max_wait_days = 20;
  pool.utilisation = 0.5;
  portfolio.pools = {pool};
  const auto text = regsim::report::render_portfolio_json(portfolio, -1);
  CHECK(text.back() == '\n');
  CHECK(text.find('\n') == text.size() - 1);  // indent -1: one line
  const auto document = nlohmann::json::parse(text);
  CHECK(document["schema"] == "regsim.timeline/1");
  CHECK(document["applications"].size() == 2);
  CHECK(document["applications"][1]["application"] == 3);
  const auto& pools = document["pools"];
  REQUIRE(pools.size() == 1);
  CHECK(pools[0]["id"] == "reviewers");
  CHECK(pools[0]["capacity"] == 1);
  CHECK(pools[0]["requests"] == 3);
  CHECK(pools[0]["waited"] == 2);
  CHECK(pools[0]["mean_wait_days"] == 10.0);
  CHECK(pools[0]["max_wait_days"] == 20);
  CHECK(pools[0]["utilisation"] == 0.5);
}

TEST_CASE("a sitting cut-off is written as cut_off, only where there is one", "[report][json]") {
  auto timeline = sample_timeline();
  REQUIRE_FALSE(timeline.tasks.empty());
  const auto without = nlohmann::json::parse(regsim::report::render_timeline_json(timeline));
  CHECK_FALSE(without["applications"][0]["tasks"][0].contains("cut_off"));
  timeline.tasks[0].cut_off = regsim::sim::SittingCutOff{"drec", Date(2026, 11, 5), 23, 28};
  const auto doc = nlohmann::json::parse(regsim::report::render_timeline_json(timeline));
  const auto& cut_off = doc["applications"][0]["tasks"][0]["cut_off"];
  CHECK(cut_off["sitting"]["calendar"] == "drec");
  CHECK(cut_off["sitting"]["date"] == "2026-11-05");
  CHECK(cut_off["slack_days"] == 23);
  CHECK(cut_off["cost_days"] == 28);
}
