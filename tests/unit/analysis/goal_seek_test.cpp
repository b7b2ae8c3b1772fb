#include "regsim/analysis/goal_seek.hpp"

#include <catch2/catch.hpp>

#include "regsim/io/goal_reader.hpp"
#include "regsim/io/pathway_reader.hpp"

namespace analysis = regsim::analysis;
namespace io = regsim::io;
namespace model = regsim::model;

namespace {

// Four 10-day reviews, each needing one of the pool's reviewers, all ready on day 0:
// with c reviewers they run in ceil(4 / c) waves, so the decision comes on day
// 10 x ceil(4 / c): 40 (c = 1), 20 (c = 2, 3), 10 (c >= 4).
const char* const parallel_reviews = R"(regsim: 1
id: test/parallel
title: Four parallel reviews
start: 2026-01-05
convention: plain
tasks:
  - {id: filed, kind: milestone}
  - {id: a, duration: 10d, needs: {reviewers: 1}}
  - {id: b, duration: 10d, needs: {reviewers: 1}}
  - {id: c, duration: 10d, needs: {reviewers: 1}}
  - {id: d, duration: 10d, needs: {reviewers: 1}}
  - {id: decided, kind: milestone}
dependencies: [filed -> a, filed -> b, filed -> c, filed -> d,
               a -> decided, b -> decided, c -> decided, d -> decided]
resources:
  - {id: reviewers, capacity: 1}
)";

model::Goal goal_of(const std::string& targets, const std::string& range) {
  return io::parse_goal("regsim: 1\ntargets:\n" + targets +
                            "levers:\n  - {pool: reviewers, capacity: " + range + ", cost: 3}\n",
                        "goal.yaml");
}

analysis::GoalResult seek(const std::string& targets, const std::string& range = "[1, 8]") {
  const auto pathway = io::read_pathway_from_string(parallel_reviews, "parallel.yaml");
  const auto goal = goal_of(targets, range);
  analysis::check_goal(goal, pathway);
  return analysis::seek_goal(pathway, goal, {});
}

}  // namespace

TEST_CASE("goal seek finds the least capacity by the waves of work", "[analysis][goal]") {
  SECTION("20 days: two reviewers (one takes 40)") {
    const auto result = seek("  - {milestone: decided, at_most: 20d}\n");
    REQUIRE(result.feasible);
    CHECK(result.levers.front().value == 2);
    CHECK(result.levers.front().cost == Approx(6));
    CHECK(result.verification.front().achieved == 20);
    CHECK(result.verified);
    REQUIRE(result.one_less);
    CHECK(result.one_less->front().achieved == 40);
    CHECK_FALSE(result.one_less->front().met);
    // [1, 8]: 8 first, then bisection 4, 2, 1.
    CHECK(result.evaluations == 4);
  }
  SECTION("10 days: four reviewers (three still need two waves)") {
    const auto result = seek("  - {milestone: decided, at_most: 10d}\n");
    CHECK(result.levers.front().value == 4);
    REQUIRE(result.one_less);
    CHECK(result.one_less->front().achieved == 20);
  }
  SECTION("40 days: the low end of the range already meets it, nothing less to try") {
    const auto result = seek("  - {milestone: decided, at_most: 40d}\n");
    CHECK(result.levers.front().value == 1);
    CHECK_FALSE(result.one_less);
  }
  SECTION("5 days cannot be met: the lever sits at its top and the gap is said") {
    const auto result = seek("  - {milestone: decided, at_most: 5d}\n");
    CHECK_FALSE(result.feasible);
    CHECK(result.levers.front().value == 8);
    CHECK(result.verification.front().achieved == 10);
    CHECK(result.verification.front().bound == 5);
    CHECK_FALSE(result.verified);
  }
  SECTION("the range is respected: from 3 up, three reviewers already give 20 days") {
    const auto result = seek("  - {milestone: decided, at_most: 20d}\n", "[3, 8]");
    CHECK(result.levers.front().value == 3);
  }
}

TEST_CASE("goal seek measures a percentile and an on-time share over runs", "[analysis][goal]") {
  // Fixed durations: every run gives the same day, so the percentile is that day and the
  // on-time share is 0 or 1 with a Wilson interval that stays inside [0, 1].
  const auto result = seek(
      "  - {milestone: decided, percentile: 80, at_most: 20d}\n"
      "  - {milestone: decided, within: 20d, probability: 0.9}\n");
  CHECK(result.stochastic);
  CHECK(result.levers.front().value == 2);
  const auto& p80 = result.verification[0];
  CHECK(p80.expression == "p80 of decided <= 20d");
  CHECK(p80.achieved == 20);
  CHECK(p80.ci_low == 20);
  CHECK(p80.ci_high == 20);
  const auto& on_time = result.verification[1];
  CHECK(on_time.expression == "P(decided within 20d) >= 0.9");
  CHECK(on_time.share);
  CHECK(on_time.achieved == 1);
  CHECK(on_time.ci_high == 1);
  CHECK(on_time.ci_low == Approx(1000.0 / (1000 + 1.96 * 1.96)));  // Wilson at p = 1
}

TEST_CASE("a goal's names are checked against the pathway", "[analysis][goal]") {
  const auto pathway = io::read_pathway_from_string(parallel_reviews, "parallel.yaml");
  const auto goal = io::parse_goal(
      "regsim: 1\n"
      "targets:\n"
      "  - {milestone: decide, at_most: 20d}\n"
      "levers:\n"
      "  - {pool: reviewer, capacity: [1, 8]}\n"
      "  - {pool: reviewers, capacity: [1, 8]}\n"
      "  - {pool: reviewers, capacity: [2, 4]}\n",
      "goal.yaml");
  try {
    analysis::check_goal(goal, pathway);
    FAIL("no diagnostics");
  } catch (const regsim::InputError& error) {
    const auto& d = error.diagnostics();
    REQUIRE(d.size() == 3);  // the second lever on 'reviewers' is refused, not the first
    CHECK(d[0].id == "unknown_task");
    CHECK(d[0].where.line == 3);
    CHECK(d[0].message.find("did you mean 'decided'") != std::string::npos);
    CHECK(d[1].id == "unknown_pool");
    CHECK(d[1].where.line == 5);
    CHECK(d[2].id == "bad_value");  // the same lever twice
    CHECK(d[2].where.line == 7);
  }
}

TEST_CASE("goal files: every problem the file alone shows, at its position", "[io][goal]") {
  const char* const text =
      "regsim: 1\n"
      "targets:\n"
      "  - {milestone: done, percentile: 100, at_most: 120d}\n"
      "  - {milestone: done, at_most: 20wd}\n"
      "  - {milestone: done, within: 30d}\n"
      "  - {milestone: done, at_most: 30d, probability: 0.5}\n"
      "levers:\n"
      "  - {pool: reviewers, capacity: [9, 2]}\n"
      "  - {pool: reviewers, capacity: [1, 2], cost: -1}\n";
  try {
    io::parse_goal(text, "bad.yaml");
    FAIL("no diagnostics");
  } catch (const regsim::InputError& error) {
    std::vector<std::pair<std::string, int>> got;
    for (const auto& d : error.diagnostics())
      got.emplace_back(d.id, d.where.line);
    const std::vector<std::pair<std::string, int>> expected{
        {"bad_value", 3},     // percentile outside 1..99
        {"bad_duration", 4},  // working days
        {"missing_key", 5},   // within without probability
        {"bad_value", 6},     // at_most and probability together
        {"bad_value", 8},     // a range from high to low
        {"bad_value", 9},     // a negative cost
    };
    CHECK(got == expected);
  }
}

TEST_CASE("the goal file of docs/goals.md reads as written", "[io][goal]") {
  const auto goal = io::parse_goal(
      "regsim: 1\n"
      "targets:\n"
      "  - {milestone: done, percentile: 80, at_most: 120d}\n"
      "levers:\n"
      "  - {pool: reviewers, capacity: [1, 60], cost: 1}\n",
      "goal.yaml");
  REQUIRE(goal.targets.size() == 1);
  CHECK(goal.targets[0].kind == model::TargetKind::percentile);
  CHECK(goal.targets[0].percentile == 80);
  CHECK(goal.targets[0].days == 120);
  REQUIRE(goal.levers.size() == 1);
  CHECK(goal.levers[0].pool == "reviewers");
  CHECK(goal.levers[0].min == 1);
  CHECK(goal.levers[0].max == 60);
  CHECK(goal.levers[0].cost == 1);
}
