#include "regsim/analysis/summary.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "regsim/analysis/convergence.hpp"

namespace analysis = regsim::analysis;
namespace model = regsim::model;
namespace sim = regsim::sim;

TEST_CASE("the spread of hand-computed milestone days", "[analysis][summary]") {
  // 5 of 8 runs reached the milestone.
  const auto s = analysis::summarize_days({20, 12, 10, 15, 12}, 8, 5);
  CHECK(s.reached == 5);
  CHECK(s.probability == Approx(5.0 / 8));
  CHECK(s.mean_days == Approx(13.8));
  CHECK(s.sd_days == Approx(std::sqrt(60.8 / 4)));  // squares 14.44+3.24+3.24+1.44+38.44
  CHECK(s.min_days == 10);
  CHECK(s.max_days == 20);
  CHECK(s.p10 == 10);  // rank ceil(0.5) = 1
  CHECK(s.p50 == 12);  // rank ceil(2.5) = 3
  CHECK(s.p80 == 15);  // rank 4
  CHECK(s.p90 == 20);  // rank ceil(4.5) = 5
  SECTION("histogram: 11 days in bins of ceil(11 / 5) = 3 days") {
    const std::vector<analysis::HistogramBin> expected{
        {10, 13, 3}, {13, 16, 1}, {16, 19, 0}, {19, 22, 1}};
    CHECK(s.histogram == expected);
  }
  SECTION("S-curve: share of all runs on or before each distinct value") {
    const std::vector<analysis::CurvePoint> expected{
        {10, 1.0 / 8}, {12, 3.0 / 8}, {15, 4.0 / 8}, {20, 5.0 / 8}};
    CHECK(s.s_curve == expected);
  }
}

TEST_CASE("a milestone never reached has probability 0", "[analysis][summary]") {
  const auto s = analysis::summarize_days({}, 10);
  CHECK(s.reached == 0);
  CHECK(s.probability == 0);
  CHECK(s.histogram.empty());
}

TEST_CASE("criticality, deadlines and sensitivity from samples", "[analysis][summary]") {
  model::Pathway pathway;
  pathway.id = "test/p";
  pathway.title = "Test";
  pathway.tasks.resize(3);
  pathway.tasks[0].id = "long";
  pathway.tasks[1].id = "short";
  pathway.tasks[1].name = "Short one";
  pathway.tasks[2].id = "done";
  pathway.tasks[2].kind = model::TaskKind::milestone;
  pathway.deadlines.resize(1);
  pathway.deadlines[0].id = "limit";
  pathway.deadlines[0].limit = 25;

  sim::Samples s;
  s.pathway_id = "test/p";
  s.scenario_id = "baseline";
  s.runs = 4;
  s.requested_runs = 4;
  s.task_ids = {"long", "short", "done"};
  s.milestones = {2};
  s.deadline_ids = {"limit"};
  s.end_days = {20, 30, 25, 40};
  s.milestone_days = {20, 30, 25, 40};
  s.deadline_met = {1, 0, 1, 0};
  // Rows are runs; columns long, short, done. "short" is skipped in run 3.
  s.happened = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1};
  s.critical = {1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1};
  s.driving = {1, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1};
  s.task_amounts = {20, 5, 0, 30, 6, 0, 25, 7, 0, 40, 0, 0};

  const auto summary = analysis::summarize(pathway, s);
  CHECK(summary.end.p50 == 25);
  REQUIRE(summary.milestones.size() == 1);
  CHECK(summary.milestones[0].id == "done");
  REQUIRE(summary.deadlines.size() == 1);
  CHECK(summary.deadlines[0].met == 2);
  CHECK(summary.deadlines[0].probability == Approx(0.5));
  CHECK(summary.deadlines[0].limit == 25);
  REQUIRE(summary.tasks.size() == 3);
  CHECK(summary.tasks[0].criticality == Approx(0.75));
  CHECK(summary.tasks[1].criticality == Approx(0.25));
  CHECK(summary.tasks[1].happened == Approx(0.75));
  CHECK(summary.tasks[1].name == "Short one");
  CHECK(summary.tasks[2].criticality == Approx(1));
  CHECK(summary.tasks[0].driving == Approx(0.75));
  CHECK(summary.tasks[1].driving == Approx(0.25));
  CHECK(summary.tasks[2].driving == Approx(1));
  // long's amounts rank exactly like the end: rho = 1.
  CHECK(*summary.tasks[0].sensitivity == Approx(1));
  // short, over the runs in which it happened (0, 1, 2): amounts 5, 6, 7 -> ranks 1, 2, 3;
  // ends 20, 30, 25 -> ranks 1, 3, 2. sxy = (-1)(-1) + 0 + (1)(0) = 1, sxx = syy = 2: 0.5.
  // Over all runs (its skip counted as 0) it was -0.4: being skipped in the longest run
  // made a task that lengthens the end look as if it shortened it.
  CHECK(*summary.tasks[1].sensitivity == Approx(0.5));
  CHECK_FALSE(summary.tasks[2].sensitivity.has_value());
  CHECK(summary.tasks[1].mean_amount == Approx(4.5));
}

TEST_CASE("the P80 stop rule waits for a stable window", "[analysis][summary]") {
  auto stop = analysis::p80_stable(2, 3);
  // P80 of 5 values is the 4th smallest.
  CHECK_FALSE(stop(std::vector<int>{1, 2, 3, 10, 11}));  // P80 10
  CHECK_FALSE(stop(std::vector<int>{1, 2, 3, 12, 13}));  // P80 12
  CHECK(stop(std::vector<int>{1, 2, 3, 11, 13}));        // 10, 12, 11: spread 2
  auto strict = analysis::p80_stable(1, 3);
  CHECK_FALSE(strict(std::vector<int>{1, 2, 3, 10, 11}));
  CHECK_FALSE(strict(std::vector<int>{1, 2, 3, 12, 13}));
  CHECK_FALSE(strict(std::vector<int>{1, 2, 3, 11, 13}));  // spread 2 > 1
  CHECK(strict(std::vector<int>{1, 2, 3, 12, 13}));        // 12, 11, 12
}
