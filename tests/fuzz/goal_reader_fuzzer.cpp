// Fuzz target: a goal file as `regsim goal` reads it (docs/goals.md), then checked against a
// small pathway with a pool, a milestone and a deadline (analysis::check_goal), so that any
// name or range the reader lets through meets the check the search relies on. The search
// itself (Monte Carlo per step) is left to the goal tests: too slow for a fuzz input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_outcome.hpp"
#include "regsim/analysis/goal_seek.hpp"
#include "regsim/io/goal_reader.hpp"
#include "regsim/io/pathway_reader.hpp"

namespace {

const regsim::model::Pathway& goal_pathway() {
  static const regsim::model::Pathway pathway =
      regsim::io::read_pathway_from_string(R"(regsim: 1
id: fuzz/goal
title: Reviews through a pool
start: 2026-01-05
tasks:
  - {id: filed, kind: milestone}
  - {id: review_a, duration: 10d, needs: {reviewers: 1}}
  - {id: review_b, duration: {triangular: [5d, 10d, 30d]}, needs: {reviewers: 1}}
  - {id: decided, kind: milestone}
dependencies:
  - filed -> review_a
  - filed -> review_b
  - review_a -> decided
  - review_b -> decided
resources:
  - {id: reviewers, capacity: 1}
deadlines:
  - {id: decision_60, from: filed, to: decided, limit: 60}
)",
                                           "fuzz/goal-pathway.yaml");
  return pathway;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace regsim;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string file = "fuzz-input/goal.yaml";
  const auto& pathway = goal_pathway();
  fuzz::expect_documented_outcome(file, text, [&] {
    const auto goal = io::parse_goal(text, file);
    analysis::check_goal(goal, pathway);
  });
  return 0;
}
