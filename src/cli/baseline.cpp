// `regsim baseline save|diff`: save a schedule as JSON, later show what moved task by task.
#include <CLI/CLI.hpp>
#include <limits>
#include <memory>
#include <optional>
#include <string>

#include "commands.hpp"
#include "output/output.hpp"
#include "regsim/analysis/comparison.hpp"
#include "regsim/error.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/io/baseline_reader.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/report/baseline_json.hpp"
#include "regsim/report/timeline_diff_text.hpp"
#include "regsim/sim/scheduler.hpp"
#include "status_input.hpp"
#include "values.hpp"

namespace regsim::cli {
namespace {

struct BaselineOptions {
  std::string file;
  std::string baseline;
  std::string scenario;
  std::string start;
  std::string output;
  int tolerance = 0;
  std::string status;
};

analysis::ScheduledScenario schedule_file(const BaselineOptions& options,
                                          const std::string& scenario) {
  const auto status = read_status_input(options.status);
  auto read =
      read_pathway_input(tracked_pathway_argument(options.file, status ? &*status : nullptr));
  sim::RunOptions run;
  if (!options.start.empty()) {
    run.start = calendar::parse_date(options.start);
    if (!run.start)
      throw UsageError("--start: '" + options.start + "' is not a date; use YYYY-MM-DD");
  }
  analysis::ScheduledScenario scheduled;
  scheduled.pathway = graph::apply_scenario(std::move(read), scenario);
  analysis::schedule_into(scheduled, run, status ? &status->status : nullptr);
  return scheduled;
}

std::string run_save(const BaselineOptions& options) {
  const std::string scenario =
      options.scenario.empty() ? model::baseline_scenario : options.scenario;
  return report::render_baseline_json(schedule_file(options, scenario).timeline);
}

void run_diff(const BaselineOptions& options, Context& context) {
  // The saved side is a timeline alone: a baseline file keeps no pathway.
  analysis::ScheduledScenario saved;
  note_input_file(options.baseline);
  saved.timeline = io::read_baseline_json(options.baseline);
  // Without --scenario, compare like with like: the scenario the baseline was saved from.
  const std::string scenario =
      options.scenario.empty() ? saved.timeline.scenario_id : options.scenario;
  auto current = schedule_file(options, scenario);
  const auto comparison = analysis::compare(std::move(saved), {std::move(current)},
                                            analysis::CompareOptions{options.tolerance});
  write_standard_output(context.out, report::render_timeline_diff(comparison));
  const int regressions = comparison.scenarios.front().regressions;
  if (regressions > 0) {
    throw ExpectationFailed(std::to_string(regressions) + " regression(s)");
  }
}

}  // namespace

void add_baseline_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "baseline",
      "Save a pathway's schedule as a baseline (JSON), and later show what moved against it.");
  command->require_subcommand(1);

  auto save = std::make_shared<BaselineOptions>();
  auto* save_command = command->add_subcommand(
      "save", "Schedule FILE and write the baseline JSON (docs/json-schema.md)");
  save_command->add_option("FILE", save->file, "pathway file or bundled name")->required();
  save_command->add_option("--scenario", save->scenario, "scenario to apply (default: baseline)");
  save_command->add_option("--start", save->start, "start date YYYY-MM-DD (overrides the file)");
  save_command->add_option("-o,--output", save->output,
                           "write to this file (whole or not at all; default: standard output)");
  save_command->callback([save, &context] { emit(context, save->output, run_save(*save)); });

  auto diff = std::make_shared<BaselineOptions>();
  auto* diff_command = command->add_subcommand(
      "diff",
      "Schedule FILE again and show each task's start and finish shift against BASE.json. "
      "Exit 1 when a task or the end finishes later by more than the tolerance, else 0.");
  diff_command->add_option("FILE", diff->file, "pathway file or bundled name")->required();
  diff_command->add_option("BASE", diff->baseline, "baseline JSON saved by `baseline save`")
      ->required();
  diff_command->add_option("--scenario", diff->scenario,
                           "scenario to apply (default: the baseline's scenario)");
  diff_command->add_option("--start", diff->start, "start date YYYY-MM-DD (overrides the file)");
  diff_command->add_option("--status", diff->status,
                           "status file: diff the re-forecast from its actual dates "
                           "(docs/status.md); FILE must be the pathway it tracks");
  diff_command
      ->add_option("--tolerance", diff->tolerance,
                   "calendar days a finish may slip before it counts (default 0)")
      ->transform(whole_number(0, std::numeric_limits<int>::max()));
  diff_command->callback([diff, &context] { run_diff(*diff, context); });
}

}  // namespace regsim::cli
