#include "regsim/analysis/explanation.hpp"

#include <catch2/catch.hpp>
#include <numeric>

#include "regsim/error.hpp"
#include "regsim/io/pathway_reader.hpp"

namespace analysis = regsim::analysis;

namespace {

// Two parallel streams into a decision: the end is the longer stream.
// Levers: `short-a` makes stream a 10 days, `short-b` makes stream b 5 days.
// Subsets (calendar days): {} 30, {a} 20, {b} 30, {a, b} 10.
constexpr const char* two_streams = R"(regsim: 1
id: test/streams
title: Two streams
start: 2026-01-05
sources:
  - id: notice
    citation: A notice
tasks:
  - id: start
    kind: milestone
  - id: a
    duration: 30d
  - id: b
    duration: 20d
  - id: end
    kind: milestone
dependencies:
  - start -> a
  - start -> b
  - a -> end
  - b -> end
scenarios:
  reformed:
    title: Both measures
    levers:
      - id: short-a
        sources: [notice]
        change:
          a: {duration: 10d}
      - id: short-b
        estimate: 5 days, plausible 3 to 8
        change:
          b: {duration: 5d}
  more:
    extends: reformed
    change:
      a: {duration: {triangular: [5d, 8d, 20d]}}
)";

}  // namespace

TEST_CASE("Shapley values by hand", "[analysis][explain]") {
  // v({}) = 0, v({0}) = 10, v({1}) = 20, v({0,1}) = 40:
  // phi0 = (10 + (40 - 20)) / 2 = 15, phi1 = (20 + (40 - 10)) / 2 = 25.
  const auto phi = analysis::shapley_values({0, 10, 20, 40}, 2);
  CHECK(phi == std::vector<double>{15, 25});
  CHECK(analysis::in_order_values({0, 10, 20, 40}, 2) == std::vector<double>{10, 30});
  // Three symmetric players with v = |S|^2: each gets 9 / 3.
  std::vector<double> v(8);
  for (std::size_t m = 0; m < 8; ++m)
    v[m] =
        __builtin_popcount(static_cast<unsigned>(m)) * __builtin_popcount(static_cast<unsigned>(m));
  for (const double x : analysis::shapley_values(v, 3))
    CHECK(x == Approx(3.0));
}

TEST_CASE("explain attributes a reform to its levers, in order and Shapley",
          "[analysis][explain]") {
  const auto pathway = regsim::io::read_pathway_from_string(two_streams, "streams.yaml");
  const auto e = analysis::explain(pathway, "reformed");
  REQUIRE(e.levers.size() == 2);
  CHECK(e.levers[0].id == "short-a");
  CHECK(e.levers[0].sources == std::vector<std::string>{"notice"});
  CHECK(e.levers[1].estimate == "5 days, plausible 3 to 8");
  CHECK(e.schedules == 4);
  REQUIRE(e.waterfalls.size() == 1);
  const auto& w = e.waterfalls[0];
  CHECK(w.baseline_days == 30);
  CHECK(w.scenario_days == 10);
  CHECK(w.total_days() == -20);
  // In order: a first (30 -> 20), then b (20 -> 10).
  CHECK(w.in_order == std::vector<double>{-10, -10});
  // Shapley: a = ((20-30) + (10-30)) / 2 = -15; b = ((30-30) + (10-20)) / 2 = -5.
  CHECK(w.shapley == std::vector<double>{-15, -5});
}

TEST_CASE("explain follows the extends chain; own changes count as a lever",
          "[analysis][explain]") {
  const auto pathway = regsim::io::read_pathway_from_string(two_streams, "streams.yaml");
  analysis::ExplainOptions options;
  options.runs = 200;
  options.seed = 3;
  const auto e = analysis::explain(pathway, "more", options);
  REQUIRE(e.levers.size() == 3);
  CHECK(e.levers[2].id == "more");
  CHECK(e.levers[2].scenario == "more");
  REQUIRE(e.waterfalls.size() == 3);
  CHECK(e.waterfalls[1].measure == "P50");
  CHECK(e.waterfalls[2].measure == "P80");
  for (const auto& w : e.waterfalls) {
    const double in_order = std::accumulate(w.in_order.begin(), w.in_order.end(), 0.0);
    const double shapley = std::accumulate(w.shapley.begin(), w.shapley.end(), 0.0);
    CHECK(in_order == w.total_days());
    CHECK(shapley == Approx(w.total_days()).margin(1e-9));
  }
  // Deterministic: a at its mode, 8 days, b at 5: the end is 8 days.
  CHECK(e.waterfalls[0].scenario_days == 8);
  // Every draw of `a` under `more` lies in [5, 20] and b is 5 (or 20 without short-b):
  // the P80 with every lever is a's P80, at most 20.
  CHECK(e.waterfalls[2].scenario_days <= 20);
  CHECK(e.waterfalls[2].baseline_days == 30);  // the baseline has no random task
}

TEST_CASE("explain refuses an unknown scenario", "[analysis][explain]") {
  const auto pathway = regsim::io::read_pathway_from_string(two_streams, "streams.yaml");
  CHECK_THROWS_AS(analysis::explain(pathway, "nope"), regsim::InputError);
}

TEST_CASE("a lever may rewire: remove a dependency and add another", "[analysis][explain]") {
  // review (20d) -> decision (10d), 30 days. The lever lets the decision start with the
  // review (SS): the end is 20 days.
  const auto pathway = regsim::io::read_pathway_from_string(R"(regsim: 1
id: test/rewire
title: Rewire
start: 2026-01-05
tasks:
  - id: review
    duration: 20d
  - id: decision
    duration: 10d
dependencies:
  - review -> decision
scenarios:
  parallel:
    levers:
      - id: overlap
        estimate: a test
        remove_dependencies: [review -> decision]
        add_dependencies:
          - {from: review, to: decision, type: SS}
)",
                                                            "rewire.yaml");
  const auto e = analysis::explain(pathway, "parallel");
  REQUIRE(e.waterfalls.size() == 1);
  CHECK(e.waterfalls[0].baseline_days == 30);
  CHECK(e.waterfalls[0].scenario_days == 20);
  CHECK(e.waterfalls[0].shapley == std::vector<double>{-10});
}

TEST_CASE("explain refuses more than 10 levers", "[analysis][explain]") {
  std::string text = R"(regsim: 1
id: test/many
title: Many levers
start: 2026-01-05
tasks:
  - id: review
    duration: 20d
scenarios:
  many:
    levers:
)";
  for (int i = 0; i < 11; ++i)
    text += "      - {id: l" + std::to_string(i) + ", estimate: none}\n";
  const auto pathway = regsim::io::read_pathway_from_string(text, "many.yaml");
  try {
    analysis::explain(pathway, "many");
    FAIL("11 levers were explained");
  } catch (const regsim::InputError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    CHECK(error.diagnostics()[0].id == "too_many_levers");
  }
}
