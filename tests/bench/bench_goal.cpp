// Goal seek: one lever on a bundled pathway (issue 25's target: under a second), every
// evaluation a 1,000-run Monte Carlo, plus the verification runs.
#include <benchmark/benchmark.h>

#include "regsim/analysis/goal_seek.hpp"
#include "regsim/io/goal_reader.hpp"
#include "regsim/io/pathway_reader.hpp"

namespace {

// How many review streams keep P80 of the MFDS certificate under 450 days (the answer is
// 2 of the range 1..12: five evaluations, then the verification at 2 and at 1).
void BM_goal_one_lever_bundled(benchmark::State& state) {
  const auto pathway = regsim::io::read_pathway("kr/biosimilar");
  const auto goal = regsim::io::parse_goal(
      "regsim: 1\n"
      "targets:\n"
      "  - {milestone: certificate, percentile: 80, at_most: 450d}\n"
      "levers:\n"
      "  - {pool: review_team, capacity: [1, 12]}\n",
      "goal.yaml");
  regsim::analysis::check_goal(goal, pathway);
  regsim::analysis::GoalOptions options;
  options.runs = 1000;
  options.threads = static_cast<int>(state.range(0));
  int evaluations = 0;
  for (auto _ : state) {
    const auto result = regsim::analysis::seek_goal(pathway, goal, options);
    evaluations = result.evaluations + (result.one_less ? 2 : 1);
    benchmark::DoNotOptimize(result);
  }
  state.counters["evaluations"] = evaluations;
}
BENCHMARK(BM_goal_one_lever_bundled)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Ten levers on kr/biosimilar (issue 25's target: under 30 s on 2 cores): a scale lever on
// each of ten review and supplement tasks, the P80 of the certificate at most 330 days
// (406 in the file). Coordinate descent on one sample of 1,000 runs (common random
// numbers), each lever by bisection; `Arg` is the thread count.
const char* const ten_levers =
    "levers:\n"
    "  - {task: quality_review, scale: [0.5, 1], cost: 115}\n"
    "  - {task: quality_supplement, scale: [0.5, 1], cost: 50}\n"
    "  - {task: quality_rereview, scale: [0.5, 1], cost: 25}\n"
    "  - {task: quality_supplement_2, scale: [0.5, 1], cost: 30}\n"
    "  - {task: quality_final_review, scale: [0.5, 1], cost: 20}\n"
    "  - {task: efficacy_review, scale: [0.5, 1], cost: 71}\n"
    "  - {task: efficacy_supplement, scale: [0.5, 1], cost: 40}\n"
    "  - {task: gmp_document_review, scale: [0.5, 1], cost: 86}\n"
    "  - {task: gmp_supplement, scale: [0.5, 1], cost: 20}\n"
    "  - {task: approval_decision, scale: [0.5, 1], cost: 6}\n";

void run_goal(benchmark::State& state, const std::string& targets, std::int64_t runs) {
  const auto pathway = regsim::io::read_pathway("kr/biosimilar");
  const auto goal = regsim::io::parse_goal("regsim: 1\n" + targets + ten_levers, "goal.yaml");
  regsim::analysis::check_goal(goal, pathway);
  regsim::analysis::GoalOptions options;
  options.runs = runs;
  options.threads = static_cast<int>(state.range(0));
  regsim::analysis::GoalResult result;
  for (auto _ : state) {
    result = regsim::analysis::seek_goal(pathway, goal, options);
    benchmark::DoNotOptimize(result);
  }
  state.counters["evaluations"] = result.evaluations;
  state.counters["feasible"] = result.feasible;
  state.counters["verified"] = result.verified;
  double cost = 0;
  for (const auto& lever : result.levers)
    cost += lever.cost;
  state.counters["cost"] = cost;
}

void BM_goal_ten_levers_p80(benchmark::State& state) {
  run_goal(state, "targets:\n  - {milestone: certificate, percentile: 80, at_most: 330d}\n", 1000);
}
BENCHMARK(BM_goal_ten_levers_p80)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same ten levers on the deterministic schedule: the time-cost MIP (GLPK), re-run by
// the engine, then coordinate descent.
void BM_goal_ten_levers_schedule(benchmark::State& state) {
  run_goal(state, "targets:\n  - {milestone: certificate, at_most: 330d}\n", 1);
}
BENCHMARK(BM_goal_ten_levers_schedule)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
