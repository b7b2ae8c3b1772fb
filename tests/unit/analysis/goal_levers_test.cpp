// Goal seek with the levers beyond pool capacity, and several levers at once.
#include <catch2/catch.hpp>

#include "regsim/analysis/goal_seek.hpp"
#include "regsim/io/goal_reader.hpp"
#include "regsim/io/pathway_reader.hpp"

namespace analysis = regsim::analysis;
namespace io = regsim::io;

namespace {

// filed -> a -> b -> done and filed -> a -> c -> done: a (10 d) lies on both paths, b and c
// (20 d each) on one each, so done comes on day 30.
const char* const two_paths = R"(regsim: 1
id: test/two_paths
title: A shared step and two parallel ones
start: 2026-01-05
convention: plain
tasks:
  - {id: filed, kind: milestone}
  - {id: a, duration: 10d}
  - {id: b, duration: 20d}
  - {id: c, duration: 20d}
  - {id: done, kind: milestone}
dependencies: [filed -> a, a -> b, a -> c, b -> done, c -> done]
)";

// One 10-day review that goes round again (10 days more) with the rework probability, or
// that takes a fast (10 d) or a slow (30 d) outcome of a branch.
const char* const rounds = R"(regsim: 1
id: test/rounds
title: A review with a question round and a branch
start: 2026-01-05
convention: plain
tasks:
  - {id: filed, kind: milestone}
  - {id: review, duration: 10d, rework: {probability: 0.5, max_rounds: 1}}
  - {id: reviewed, kind: milestone}
  - {id: fast, duration: 10d}
  - {id: slow, duration: 30d}
  - {id: done, kind: milestone}
dependencies: [filed -> review, review -> reviewed, reviewed -> fast, reviewed -> slow,
               fast -> done, slow -> done]
branches:
  - {id: route, outcomes: [{task: fast, probability: 0.5}, {task: slow, probability: 0.5}]}
)";

analysis::GoalResult seek(const char* pathway_text, const std::string& goal_text,
                          std::int64_t runs = 1000) {
  const auto pathway = io::read_pathway_from_string(pathway_text, "pathway.yaml");
  const auto goal = io::parse_goal("regsim: 1\n" + goal_text, "goal.yaml");
  analysis::check_goal(goal, pathway);
  analysis::GoalOptions options;
  options.runs = runs;
  options.threads = 1;
  return analysis::seek_goal(pathway, goal, options);
}

}  // namespace

TEST_CASE("several duration levers: the time-cost MIP finds the least cost", "[analysis][goal]") {
  // 25 days means 5 days off both paths: 5 days off a (cost 3 a day) costs 15, 5 off b and
  // 5 off c costs 20. Lowering the dearest lever first from the fast end (a to 0, then b
  // and c) would stop at 20: the MIP sees that a serves both paths.
  const auto result = seek(two_paths,
                           "targets:\n  - {milestone: done, at_most: 25d}\n"
                           "levers:\n"
                           "  - {task: a, shorten: [0, 8], cost: 3}\n"
                           "  - {task: b, shorten: [0, 10], cost: 2}\n"
                           "  - {task: c, shorten: [0, 10], cost: 2}\n");
  REQUIRE(result.feasible);
  CHECK(result.method == "glpk");
  CHECK(result.solver_rounds == 1);
  REQUIRE(result.levers.size() == 3);
  CHECK(result.levers[0].id == "shorten(a)");
  CHECK(result.levers[0].value == 5);
  CHECK(result.levers[1].value == 0);
  CHECK(result.levers[2].value == 0);
  CHECK(result.levers[0].cost + result.levers[1].cost + result.levers[2].cost == Approx(15));
  CHECK(result.verification.front().achieved == 25);
  CHECK(result.verified);
  // Minimality: a one day less shortened misses by a day; b and c have no step back.
  REQUIRE(result.step_back.size() == 1);
  CHECK(result.step_back[0].id == "shorten(a)");
  CHECK(result.step_back[0].measures.front().achieved == 26);
  CHECK_FALSE(result.step_back[0].measures.front().met);
}

TEST_CASE("a scale lever: the least factor cut", "[analysis][goal]") {
  // a scaled from 10 days: done on day 20 + round(10 f), and 27 needs round(10 f) <= 7, so
  // f <= 0.74 (7.4 rounds to 7, 7.5 to 8). Scale runs from 1 (free) down, cost 100 per
  // unit of factor: 0.26 x 100.
  const auto result = seek(two_paths,
                           "targets:\n  - {milestone: done, at_most: 27d}\n"
                           "levers:\n  - {task: a, scale: [0.5, 1], cost: 100}\n");
  REQUIRE(result.feasible);
  CHECK(result.levers[0].id == "scale(a)");
  CHECK(result.levers[0].value == Approx(0.74));
  CHECK(result.levers[0].cost == Approx(26));
  REQUIRE(result.one_less);
  CHECK(result.step_back[0].value == Approx(0.75));
  CHECK(result.one_less->front().achieved == 28);
}

TEST_CASE("infeasible with several levers: every lever at its bound, the gap said",
          "[analysis][goal]") {
  const auto result = seek(two_paths,
                           "targets:\n  - {milestone: done, at_most: 10d}\n"
                           "levers:\n"
                           "  - {task: a, shorten: [0, 8], cost: 3}\n"
                           "  - {task: b, shorten: [0, 10], cost: 2}\n"
                           "  - {task: c, shorten: [0, 10], cost: 2}\n");
  CHECK_FALSE(result.feasible);
  for (const auto& lever : result.levers)
    CHECK(lever.at_bound);
  // a 2 days, b and c 10: 12 days, two over.
  CHECK(result.search.front().achieved == 12);
  CHECK(result.verification.front().achieved == 12);
  CHECK(result.step_back.empty());
}

TEST_CASE("probability levers: rework and a branch, on-time shares over runs", "[analysis][goal]") {
  SECTION("rework: P(reviewed within 10 d) = 1 - p, so 0.8 needs p <= 0.2") {
    const auto result = seek(rounds,
                             "targets:\n  - {milestone: reviewed, within: 10d, probability: 0.8}\n"
                             "levers:\n  - {task: review, rework: [0, 0.5], cost: 10}\n");
    REQUIRE(result.feasible);
    CHECK(result.levers[0].id == "rework(review)");
    CHECK(result.levers[0].value == Approx(0.2).margin(0.03));
    CHECK(result.levers[0].cost == Approx((0.5 - result.levers[0].value) * 10));
  }
  SECTION("a branch: P(done within 20 d) is the fast outcome's probability (no rework)") {
    const auto result =
        seek(rounds,
             "targets:\n  - {milestone: done, within: 20d, probability: 0.7}\n"
             "levers:\n"
             "  - {task: review, rework: [0, 0.5], cost: 1000}\n"
             "  - {branch: route, outcome: fast, probability: [0.5, 1], cost: 10}\n");
    REQUIRE(result.feasible);
    CHECK(result.method == "descent");
    CHECK(result.levers[1].id == "probability(route/fast)");
    // Rework costs more: with it at 0 (1000 x 0.5 = 500) the branch needs 0.7; with the
    // branch at 1 (cost 5) the rework may stay at 0.3 (cost 200): 205 is the least.
    CHECK(result.levers[1].value == Approx(1));
    CHECK(result.levers[0].value == Approx(0.3).margin(0.03));
  }
}

TEST_CASE("a Monte Carlo target names a milestone, which the runs record", "[analysis][goal]") {
  const auto pathway = io::read_pathway_from_string(rounds, "rounds.yaml");
  const auto goal = io::parse_goal(
      "regsim: 1\ntargets:\n  - {milestone: review, percentile: 80, at_most: 20d}\n"
      "levers:\n  - {task: review, rework: [0, 0.5]}\n",
      "goal.yaml");
  try {
    analysis::check_goal(goal, pathway);
    FAIL("no diagnostics");
  } catch (const regsim::InputError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    CHECK(error.diagnostics()[0].id == "bad_value");
    CHECK(error.diagnostics()[0].where.line == 3);
  }
}
