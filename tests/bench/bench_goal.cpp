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

}  // namespace
