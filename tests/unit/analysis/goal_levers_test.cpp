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

namespace {

// Prepared in `prepare` days from Monday 5 January 2026, then decided at the next sitting of
// a committee that sits on the first Wednesday (7 January, 4 February). January's
// Wednesdays are the 7th (day 2), 14th (9), 21st (16) and 28th (23); 4 February is day 30.
std::string committee(int prepare) {
  return "regsim: 1\nid: test/committee\ntitle: Prepared, then decided at a sitting\n"
         "start: 2026-01-05\nconvention: plain\ntasks:\n"
         "  - {id: filed, kind: milestone}\n"
         "  - {id: prepare, duration: " +
         std::to_string(prepare) +
         "d}\n"
         "  - {id: decide, kind: decision, duration: 0d, sittings: drec}\n"
         "  - {id: decided, kind: milestone}\n"
         "dependencies: [filed -> prepare, prepare -> decide, decide -> decided]\n"
         "sittings:\n  drec:\n    rule: {nth: 1, weekday: wed}\n";
}

}  // namespace

TEST_CASE("a sitting-cadence lever: the least sittings a month", "[analysis][goal]") {
  // Ready on day 3 (8 January): one sitting a month (week 1) decides on day 30, two (weeks
  // 1 and 3) on day 16, three (weeks 1, 3, 4) still on day 16, four on day 9.
  const auto text = committee(3);
  const auto cadence = [&](int days) {
    return seek(text.c_str(),
                "targets:\n  - {milestone: decided, at_most: " + std::to_string(days) +
                    "d}\nlevers:\n  - {sittings: drec, per_month: [1, 4], "
                    "cost: 5}\n");
  };
  SECTION("16 days: two a month; one decides on day 30") {
    const auto result = cadence(16);
    REQUIRE(result.feasible);
    CHECK(result.levers[0].id == "sittings(drec)");
    CHECK(result.levers[0].value == 2);
    CHECK(result.levers[0].cost == Approx(10));  // every sitting a month is paid
    CHECK(result.verification[0].achieved == 16);
    REQUIRE(result.one_less);
    CHECK(result.one_less->front().achieved == 30);
  }
  SECTION("9 days: all four; three (weeks 1, 3, 4) still wait for the 21st") {
    const auto result = cadence(9);
    CHECK(result.levers[0].value == 4);
    CHECK(result.verification[0].achieved == 9);
    REQUIRE(result.one_less);
    CHECK(result.one_less->front().achieved == 16);
  }
  SECTION("8 days: not even weekly sittings; the lever at its bound") {
    const auto result = cadence(8);
    CHECK_FALSE(result.feasible);
    CHECK(result.levers[0].at_bound);
    CHECK(result.verification[0].achieved == 9);
  }
}

TEST_CASE("a cadence with a duration lever: every cadence tried, the least cost",
          "[analysis][goal]") {
  // Prepared in 10 days, ready on day 10 (15 January); within 16 days: two sittings a month
  // (the 21st) with nothing off, or one (the 7th, day 2) with 8 days off at 2 a day.
  const auto text = committee(10);
  const auto solve = [&](int cadence_cost) {
    return seek(text.c_str(),
                "targets:\n  - {milestone: decided, at_most: 16d}\nlevers:\n"
                "  - {sittings: drec, per_month: [1, 4], cost: " +
                    std::to_string(cadence_cost) +
                    "}\n  - {task: prepare, shorten: [0, 10], cost: 2}\n");
  };
  SECTION("a sitting at 10: two a month, 20 (descent from the fast end alone stops at 26)") {
    const auto result = solve(10);
    CHECK(result.method == "combinations");
    CHECK(result.levers[0].value == 2);
    CHECK(result.levers[1].value == 0);
    CHECK(result.levers[0].cost + result.levers[1].cost == Approx(20));
    REQUIRE(result.step_back.size() == 1);
    CHECK(result.step_back[0].measures[0].achieved == 30);  // one a month: 4 February
  }
  SECTION("a sitting at 20: one a month and 8 days off, 36 (two a month cost 40)") {
    const auto result = solve(20);
    CHECK(result.levers[0].value == 1);
    CHECK(result.levers[1].value == 8);
    CHECK(result.levers[0].cost + result.levers[1].cost == Approx(36));
    REQUIRE(result.step_back.size() == 1);
    CHECK(result.step_back[0].id == "shorten(prepare)");
    CHECK(result.step_back[0].measures[0].achieved == 30);  // ready on the 8th, after the 7th
  }
}

TEST_CASE("an arrival-interval lever on an M/M/c portfolio, against Erlang C", "[analysis][goal]") {
  // 20 reviewers, exponential reviews of 56 days, Poisson arrivals. Erlang C: the P80 of the
  // lead time is 132.1 d with an application every 3 days (utilisation 0.93) and 91.2 d
  // every 4 (0.70); the review alone gives 56 ln 5 = 90.1 d. So 110 d needs 4 days.
  const char* const mmc = R"(regsim: 1
id: mmc
title: M/M/c
start: 2026-01-01
convention: plain
tasks:
  - {id: arrive, kind: milestone}
  - {id: review, duration: {exponential: 56d}, needs: {reviewers: 1}}
  - {id: done, kind: milestone}
dependencies: [arrive -> review, review -> done]
resources:
  - {id: reviewers, capacity: 20}
portfolio:
  arrivals: {poisson: 4d}
  count: 4000
)";
  const auto result = seek(mmc,
                           "targets:\n  - {milestone: done, percentile: 80, at_most: 110d}\n"
                           "levers:\n  - {arrivals: interval, days: [3, 8], cost: 1}\n",
                           4);
  REQUIRE(result.feasible);
  CHECK(result.portfolio);
  CHECK(result.levers[0].id == "arrivals(interval)");
  CHECK(result.levers[0].value == 4);
  CHECK(result.levers[0].cost == Approx(1));  // one day longer than the free end, 3
  CHECK(result.verified);
  CHECK(result.verification[0].achieved == Approx(91.2).margin(3));
  // One day shorter fails in the verification run (a longer interval lowers the wait).
  REQUIRE(result.one_less);
  CHECK_FALSE(result.one_less->front().met);
  CHECK(result.one_less->front().achieved > result.verification[0].achieved + 15);
}

TEST_CASE("sitting-cadence levers are checked against the pathway", "[analysis][goal]") {
  auto text = committee(3);
  text +=
      "  two:\n    rule: [{nth: 1, weekday: wed}, {nth: 3, weekday: thu}]\n"
      "  last:\n    rule: {nth: last, weekday: wed}\n";
  const auto pathway = io::read_pathway_from_string(text, "committee.yaml");
  const auto goal = io::parse_goal(
      "regsim: 1\n"
      "targets:\n"
      "  - {milestone: decided, at_most: 9d}\n"
      "levers:\n"
      "  - {sittings: dre, per_month: [1, 4]}\n"
      "  - {sittings: two, per_month: [1, 2]}\n"
      "  - {sittings: last, per_month: [1, 2]}\n"
      "  - {branch: route, outcome: fast, probability: [0.5, 1]}\n",
      "goal.yaml");
  try {
    analysis::check_goal(goal, pathway);
    FAIL("no diagnostics");
  } catch (const regsim::InputError& error) {
    const auto& d = error.diagnostics();
    REQUIRE(d.size() == 4);
    CHECK(d[0].id == "unknown_sittings");
    CHECK(d[0].message ==
          "pathway 'test/committee' has no sitting calendar 'dre' (did you mean 'drec'?)");
    CHECK(d[1].id == "bad_value");  // two rules: which would repeat?
    CHECK(d[1].where.line == 6);
    CHECK(d[2].id == "bad_value");  // the last week has no place in the order of weeks
    CHECK(d[2].where.line == 7);
    CHECK(d[3].id == "unknown_outcome");  // a branch, as status files name it
    CHECK(d[3].message == "pathway 'test/committee' has no branch 'route'");
  }
  CHECK_THROWS_AS(io::parse_goal("regsim: 1\ntargets:\n  - {milestone: decided, at_most: 9d}\n"
                                 "levers:\n  - {sittings: drec, per_month: [1, 5]}\n",
                                 "goal.yaml"),
                  regsim::InputError);
}
