// Kept apart from the generic runner so that programs using only the generic runner
// (tests with their own replicate function) do not link the scheduler.
#include <optional>

#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/sampling.hpp"

namespace regsim::sim {

Samples run_monte_carlo(const Scheduler& scheduler, const MonteCarloOptions& given) {
  // Days are counted from the start; with a status whose actual dates come earlier, from
  // the earliest of them, where the re-forecast application starts (no negative days).
  MonteCarloOptions options = given;
  if (const Tracking* tracking = options.tracking) {
    auto start = options.start ? options.start : scheduler.pathway().start;
    for (std::size_t t = 0; start && t < tracking->start.size(); ++t) {
      for (const auto& date : {tracking->start[t], tracking->finish[t]}) {
        if (date && *date < *start) start = date;
      }
    }
    options.start = start;
  }
  const Replicate replicate = [&scheduler, &options](const Draws& draws) {
    RunOptions run;
    run.start = options.start;
    run.draws = &draws;
    // Float costs a re-schedule per task and day searched: too dear for every run.
    run.measure_float = false;
    run.tracking = options.tracking;
    return scheduler.run(run);
  };
  // The deterministic plan, against which each run's sittings are counted.
  std::optional<Timeline> plan;
  if (options.plan == nullptr) {
    RunOptions run;
    run.start = options.start;
    run.measure_float = false;
    run.tracking = options.tracking;
    plan = scheduler.run(run);
    options.plan = &*plan;
  }
  // The scheduler's compiled graph resolves the branches: the pathway is compiled once.
  Sampler sampler(scheduler.compiled());
  if (options.tracking) sampler.condition_on(*options.tracking, scheduler.compiled());
  if (options.common_random_numbers) sampler.use_common_random_numbers();
  return run_monte_carlo(scheduler.pathway(), &sampler, replicate, options);
}

}  // namespace regsim::sim
