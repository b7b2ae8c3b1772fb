// Monte Carlo throughput: replications per second on a 2,000-task uncertain graph.
#include <benchmark/benchmark.h>

#include "generated_pathways.hpp"
#include "regsim/sim/monte_carlo.hpp"

namespace {

void BM_monte_carlo_gated_chains(benchmark::State& state) {
  const auto pathway = regsim_bench::gated_chains(20, 100, 10, /*uncertain=*/true);
  const regsim::sim::Scheduler scheduler(pathway);
  regsim::sim::MonteCarloOptions options;
  options.runs = state.range(0);
  options.threads = static_cast<int>(state.range(1));
  options.seed = 42;
  for (auto _ : state) benchmark::DoNotOptimize(regsim::sim::run_monte_carlo(scheduler, options));
  state.counters["runs/s"] = benchmark::Counter(static_cast<double>(options.runs),
                                                benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_monte_carlo_gated_chains)
    ->Args({1000, 1})
    ->Args({1000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
