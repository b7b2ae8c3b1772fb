// Deterministic scheduling of generated graphs: compile + run, per graph size.
#include <benchmark/benchmark.h>

#include "generated_pathways.hpp"
#include "regsim/sim/scheduler.hpp"

namespace {

// 20 chains of N/20 stages with a gate every 10 stages: 2,010, 20,100 and 100,500 tasks.
void BM_schedule_gated_chains(benchmark::State& state) {
  const int stages = static_cast<int>(state.range(0)) / 20;
  const auto pathway = regsim_bench::gated_chains(20, stages, 10);
  for (auto _ : state) {
    regsim::sim::Scheduler scheduler(pathway);
    benchmark::DoNotOptimize(scheduler.run());
  }
  state.counters["tasks"] = static_cast<double>(pathway.tasks.size());
  state.counters["tasks/s"] = benchmark::Counter(static_cast<double>(pathway.tasks.size()),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_schedule_gated_chains)->Arg(2000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);

// The run alone, on a scheduler compiled once (what Monte Carlo pays per replication).
void BM_run_compiled_gated_chains(benchmark::State& state) {
  const auto pathway = regsim_bench::gated_chains(20, static_cast<int>(state.range(0)) / 20, 10);
  const regsim::sim::Scheduler scheduler(pathway);
  for (auto _ : state) benchmark::DoNotOptimize(scheduler.run());
  state.counters["tasks"] = static_cast<double>(pathway.tasks.size());
}
BENCHMARK(BM_run_compiled_gated_chains)->Arg(2000)->Arg(100000)->Unit(benchmark::kMillisecond);

// A single 100,000-task chain: no recursion anywhere, linear time.
void BM_schedule_chain(benchmark::State& state) {
  const auto pathway = regsim_bench::single_chain(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    regsim::sim::Scheduler scheduler(pathway);
    benchmark::DoNotOptimize(scheduler.run());
  }
  state.counters["tasks"] = static_cast<double>(pathway.tasks.size());
}
BENCHMARK(BM_schedule_chain)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
