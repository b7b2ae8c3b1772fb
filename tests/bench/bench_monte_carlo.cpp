// Monte Carlo throughput: replications per second on a 2,000-task uncertain graph, on
// the bundled Korean biosimilar pathway (uncertain reviews, a pool of reviewers) and on the
// listing pathway (two committees, whose sittings each run follows).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "generated_pathways.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/sim/monte_carlo.hpp"

namespace {

// Times `runs` replications of `pathway` on `threads` threads, seed 42, with common random
// numbers (the default) or one stream per replication read in task order.
void measure_runs(benchmark::State& state, const regsim::model::Pathway& pathway, std::int64_t runs,
                  std::int64_t threads, bool common_random_numbers = true) {
  const regsim::sim::Scheduler scheduler(pathway);
  regsim::sim::MonteCarloOptions options;
  options.common_random_numbers = common_random_numbers;
  options.runs = runs;
  options.threads = static_cast<int>(threads);
  options.seed = 42;
  for (auto _ : state)
    benchmark::DoNotOptimize(regsim::sim::run_monte_carlo(scheduler, options));
  state.counters["runs/s"] = benchmark::Counter(static_cast<double>(options.runs),
                                                benchmark::Counter::kIsIterationInvariantRate);
}

void BM_monte_carlo_gated_chains(benchmark::State& state) {
  measure_runs(state, regsim_bench::gated_chains(20, 100, 10, /*uncertain=*/true), state.range(0),
               state.range(1));
}
BENCHMARK(BM_monte_carlo_gated_chains)
    ->Args({1000, 1})
    ->Args({1000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Both scenarios of the bundled pathway, as `regsim simulate kr/biosimilar` runs them.
void BM_monte_carlo_bundled(benchmark::State& state, const std::string& scenario) {
  auto pathway = regsim::io::read_pathway("kr/biosimilar");
  if (!scenario.empty()) pathway = regsim::graph::apply_scenario(std::move(pathway), scenario);
  measure_runs(state, pathway, 10'000, state.range(0));
}

// The same with one stream per replication read in task order (what simulate drew before
// common random numbers became the default): the price of a stream per task.
void BM_monte_carlo_bundled_single_stream(benchmark::State& state, const std::string& scenario) {
  auto pathway = regsim::io::read_pathway("kr/biosimilar");
  if (!scenario.empty()) pathway = regsim::graph::apply_scenario(std::move(pathway), scenario);
  measure_runs(state, pathway, 10'000, state.range(0), /*common_random_numbers=*/false);
}
BENCHMARK_CAPTURE(BM_monte_carlo_bundled, kr_biosimilar, std::string())
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_monte_carlo_bundled, kr_biosimilar_reformed, std::string("reformed"))
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_monte_carlo_bundled_single_stream, kr_biosimilar, std::string())
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_monte_carlo_bundled_single_stream, kr_biosimilar_reformed,
                  std::string("reformed"))
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// kr/listing: two decisions wait for committee sittings, so each run also records which
// sitting each made (Samples::sitting_made).
void BM_monte_carlo_listing(benchmark::State& state) {
  measure_runs(state, regsim::io::read_pathway("kr/listing"), 10'000, state.range(0));
}
BENCHMARK(BM_monte_carlo_listing)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
