// `regsim goal`: the least-cost lever values that meet a goal's targets (docs/goals.md).
#include <CLI/CLI.hpp>
#include <memory>

#include "commands.hpp"
#include "interrupt.hpp"
#include "output/output.hpp"
#include "regsim/analysis/goal_seek.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/io/goal_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/report/goal_report.hpp"
#include "values.hpp"

namespace regsim::cli {
namespace {

struct GoalCommandOptions {
  std::string file;
  std::string goal;
  std::string scenario = model::baseline_scenario;
  std::int64_t runs = 1000;
  std::uint64_t seed = 1;
  int threads = 0;
  int warmup = 0;
  std::string format = "text";
  std::string output;
};

void run_goal(Context& context, const GoalCommandOptions& options) {
  const model::Pathway pathway =
      graph::apply_scenario(read_pathway_input(options.file), options.scenario);
  note_input_file(options.goal);
  const model::Goal goal = io::read_goal(options.goal);
  analysis::check_goal(goal, pathway);
  analysis::GoalOptions seek;
  seek.runs = options.runs;
  seek.seed = options.seed;
  seek.threads = options.threads;
  if (options.warmup > 0 && !pathway.portfolio)
    throw UsageError("--warmup goes with a pathway that has a portfolio");
  seek.warmup_days = options.warmup;
  seek.processes = context.processes;
  analysis::GoalResult result;
  {
    // Ctrl-C stops the Monte Carlo workers at their next run and the search between runs.
    const InterruptibleWork work;
    seek.cancel = work.flag();
    result = analysis::seek_goal(pathway, goal, seek);
  }
  if (options.format == "json") {
    emit(context, options.output, report::render_goal_json(result));
  } else if (options.format == "md") {
    emit(context, options.output, report::render_goal_markdown(result));
  } else {
    emit(context, options.output, report::render_goal_text(result));
  }
}

}  // namespace

void add_goal_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<GoalCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "goal",
      "Goal seek: the least-cost lever values (capacities, durations, probabilities, "
      "arrival interval) that meet targets");
  command->add_option("FILE", options->file, "Pathway file or bundled name")->required();
  command->add_option("GOAL", options->goal, "Goal file (docs/goals.md)")->required();
  command->add_option("--scenario", options->scenario, "Scenario to start from (default baseline)");
  command
      ->add_option("--runs", options->runs,
                   "Monte Carlo runs per evaluation (default 1000; for a portfolio, portfolio "
                   "runs)")
      ->transform(whole_number(1, 1000000));
  command
      ->add_option("--seed", options->seed,
                   "Seed of the search; the verification uses seed + 1 (default 1)")
      ->transform(seed_number());
  command
      ->add_option("--threads", options->threads,
                   "Worker threads; 0 = one per processor (default). Results do not depend on it")
      ->transform(whole_number(0, 256));
  command
      ->add_option("--warmup", options->warmup,
                   "A portfolio: leave out applications arriving in the first DAYS days")
      ->transform(whole_number(0, 1000000));
  command->add_option("--format", options->format, "text (default), md or json")
      ->check(CLI::IsMember({"text", "md", "json"}));
  command->add_option("-o,--output", options->output, "Write to PATH (whole or not at all)");
  command->footer(
      "One lever: bisection on its range; several: the time-cost MIP (GLPK) for deterministic\n"
      "targets on durations, else coordinate descent on one sample. Every evaluation uses\n"
      "the same seed; the answer is verified by an independent run (seed + 1) at that value\n"
      "and with each lever one step back.");
  command->callback([&context, options] { run_goal(context, *options); });
}

}  // namespace regsim::cli
