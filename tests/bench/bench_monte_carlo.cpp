// Monte Carlo throughput: replications per second on a 2,000-task uncertain graph and on
// the bundled Korean biosimilar pathway (uncertain reviews, a pool of reviewers).
#include <benchmark/benchmark.h>

#include <string>

#include "generated_pathways.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/sim/monte_carlo.hpp"

namespace {

void BM_monte_carlo_gated_chains(benchmark::State& state) {
  const auto pathway = regsim_bench::gated_chains(20, 100, 10, /*uncertain=*/true);
  const regsim::sim::Scheduler scheduler(pathway);
  regsim::sim::MonteCarloOptions options;
  options.runs = state.range(0);
  options.threads = static_cast<int>(state.range(1));
  options.seed = 42;
  for (auto _ : state)
    benchmark::DoNotOptimize(regsim::sim::run_monte_carlo(scheduler, options));
  state.counters["runs/s"] = benchmark::Counter(static_cast<double>(options.runs),
                                                benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_monte_carlo_gated_chains)
    ->Args({1000, 1})
    ->Args({1000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Both scenarios of the bundled pathway, as `regsim simulate kr/biosimilar` runs them.
void BM_monte_carlo_bundled(benchmark::State& state, const std::string& scenario) {
  auto pathway = regsim::io::read_pathway("kr/biosimilar");
  if (!scenario.empty()) pathway = regsim::model::apply_scenario(std::move(pathway), scenario);
  const regsim::sim::Scheduler scheduler(pathway);
  regsim::sim::MonteCarloOptions options;
  options.runs = 10'000;
  options.threads = static_cast<int>(state.range(0));
  options.seed = 42;
  for (auto _ : state)
    benchmark::DoNotOptimize(regsim::sim::run_monte_carlo(scheduler, options));
  state.counters["runs/s"] = benchmark::Counter(static_cast<double>(options.runs),
                                                benchmark::Counter::kIsIterationInvariantRate);
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

}  // namespace
