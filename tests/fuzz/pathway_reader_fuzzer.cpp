// Fuzz target: a pathway file as `regsim validate`, `schedule` and `simulate` would take
// it. Reading is the point; the checks, the deterministic schedule, a few Monte Carlo
// runs and their JSON follow because whatever the reader accepts must be safe to use
// downstream (a distribution with NaN parameters only fails when it is sampled, a date
// past year 9999 only when it is printed).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_outcome.hpp"
#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/graph/validation.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/report/html.hpp"
#include "regsim/report/simulation_json.hpp"
#include "regsim/report/timeline_json.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/scheduler.hpp"

namespace {

// Bounds that keep one input within the fuzzer's time budget; larger pathways are no
// more interesting to schedule than a few hundred tasks.
constexpr std::size_t max_scheduled_tasks = 300;
constexpr std::int64_t monte_carlo_runs = 8;

// Schedules from the file's start (or a fixed day, as `--start` would give) and from
// both ends of the supported years, where durations and lags run out of range and must
// be refused, not crash; then samples a few Monte Carlo runs. Results are rendered as
// JSON, as `--format json` would, and the schedule as the SVG Gantt.
void schedule_and_sample(const regsim::model::Pathway& pathway, const std::string& file,
                         std::string_view text) {
  using namespace regsim;
  if (pathway.tasks.size() > max_scheduled_tasks) return;
  const sim::Scheduler scheduler(pathway);
  const calendar::Date start = pathway.start.value_or(calendar::Date(2026, 3, 3));
  for (const calendar::Date from :
       {start, calendar::Date(1400, 1, 1), calendar::Date(9999, 6, 1)}) {
    fuzz::expect_documented_outcome(file, text, [&] {
      sim::RunOptions run;
      run.start = from;
      analysis::ScheduledScenario scheduled{pathway, scheduler.run(run), {}};
      (void)report::render_timeline_json(scheduled.timeline);
      // The chart's axis at the ends of the supported years (margins, week ticks).
      (void)report::render_svg_gantt(scheduled, {});
    });
  }
  sim::MonteCarloOptions monte_carlo;
  monte_carlo.runs = monte_carlo_runs;
  monte_carlo.start = start;
  const sim::Samples samples = sim::run_monte_carlo(scheduler, monte_carlo);
  (void)report::render_simulation_json(analysis::summarize(pathway, samples));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace regsim;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // A folder that does not exist: relative includes and calendar paths are not found
  // (file_not_found) rather than read from wherever the fuzzer runs.
  const std::string file = "fuzz-input/pathway.yaml";
  fuzz::expect_documented_outcome(file, text, [&] {
    const model::Pathway pathway = io::read_pathway_from_string(text, file);
    // As `regsim validate`: every scenario checked. A scenario it finds unsound is then
    // refused by the scheduler (graph::compile raises the same diagnostics).
    auto problems = graph::validate(pathway);
    if (!problems.empty()) fuzz::check_diagnostics(InputError(std::move(problems)), file, text);
    for (const auto& scenario : model::scenario_ids(pathway)) {
      fuzz::expect_documented_outcome(file, text, [&] {
        schedule_and_sample(graph::apply_scenario(pathway, scenario), file, text);
      });
    }
  });
  return 0;
}
