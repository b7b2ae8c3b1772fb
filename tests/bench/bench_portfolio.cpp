// Deterministic portfolios: applications of the bundled 15-task Korean biosimilar pathway
// arriving daily and sharing its review team, from 1,000 to 100,000 applications. Time per
// application staying flat is what "linear in applications" means here.
#include <benchmark/benchmark.h>

#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/sim/scheduler.hpp"

namespace {

std::vector<regsim::calendar::Date> daily_arrivals(int count) {
  std::vector<regsim::calendar::Date> arrivals;
  const auto first = *regsim::calendar::parse_date("2026-01-05");
  for (int k = 0; k < count; ++k)
    arrivals.push_back(first + boost::gregorian::days(k));
  return arrivals;
}

// `capacity` review streams (4: overloaded by daily arrivals, so the queue and each
// application's span grow with the portfolio: the case that used to be quadratic; the file
// had 4 then and has 16 now, still overloaded, so the row keeps 4 to stay comparable).
void measure_portfolio(benchmark::State& state, int capacity) {
  auto pathway = regsim::io::read_pathway("kr/biosimilar");
  pathway.resources.front().capacity = capacity;
  const regsim::sim::Scheduler scheduler(pathway);
  const auto arrivals = daily_arrivals(static_cast<int>(state.range(0)));
  for (auto _ : state)
    benchmark::DoNotOptimize(scheduler.run_portfolio(arrivals));
  state.counters["tasks"] = static_cast<double>(pathway.tasks.size());
  state.counters["applications/s"] = benchmark::Counter(
      static_cast<double>(arrivals.size()), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_portfolio_overloaded(benchmark::State& state) {
  measure_portfolio(state, 4);
}
BENCHMARK(BM_portfolio_overloaded)
    ->Arg(1000)
    ->Arg(2000)
    ->Arg(4000)
    ->Arg(8000)
    ->Unit(benchmark::kMillisecond);

// 400 streams: about three quarters busy, waits of days, not years.
void BM_portfolio_staffed(benchmark::State& state) {
  measure_portfolio(state, 400);
}
BENCHMARK(BM_portfolio_staffed)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
