// `regsim compare`: the baseline against one or more scenarios, as text, md, csv or json.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <optional>

#include "commands.hpp"
#include "interrupt.hpp"
#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/error.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/report/schedule_report.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/scheduler.hpp"
#include "status_input.hpp"
#include "values.hpp"

namespace regsim::cli {
namespace {

struct CompareOptions {
  std::string file;
  std::string baseline = model::baseline_scenario;
  std::vector<std::string> scenarios;
  std::string format = "text";
  int width = 100;
  bool ascii = false;
  bool csv_bom = false;
  std::string output;
  std::int64_t runs = 0;  ///< > 0: also Monte Carlo P50/P80 per scenario
  std::uint64_t seed = 1;
  int threads = 1;
  std::string status;
};

// Monte Carlo summaries of every side, the baseline's first, from runs with the same seed
// for each, so that the scenarios read the same random outcomes where they share tasks.
// Under mpirun the ranks share each side's runs; only rank 0 receives them and summarizes.
std::vector<analysis::SimulationSummary> monte_carlo(const Context& context,
                                                     const analysis::Comparison& comparison,
                                                     const CompareOptions& options,
                                                     const model::Status* status) {
  std::vector<const analysis::ScheduledScenario*> sides{&comparison.baseline};
  for (const auto& compared : comparison.scenarios)
    sides.push_back(&compared.scenario);
  // Refused before the first scenario runs rather than after minutes of work.
  for (const auto* side : sides) {
    if (options.runs > sim::max_runs(side->pathway)) {
      throw UsageError("--runs: " + sim::sample_limit_message(side->pathway, options.runs));
    }
  }
  std::vector<analysis::SimulationSummary> summaries;
  const InterruptibleWork work;  // Ctrl-C joins the workers, then exits 130
  for (const auto* side : sides) {
    sim::MonteCarloOptions mc;
    mc.runs = options.runs;
    mc.seed = options.seed;
    mc.threads = options.threads;
    mc.cancel = work.flag();
    mc.processes = context.processes;
    mc.gather = sim::Gather::first_process;
    // Each side re-forecasts from the same actual dates, resolved against its own tasks.
    std::optional<sim::Tracking> tracking;
    if (status) tracking = sim::resolve_status(*status, side->pathway);
    mc.tracking = tracking ? &*tracking : nullptr;
    const sim::Scheduler scheduler(side->pathway);
    auto samples = sim::run_monte_carlo(scheduler, mc);
    if (context.writes_output) summaries.push_back(analysis::summarize(side->pathway, samples));
  }
  return summaries;
}

void run_compare(const CompareOptions& options, Context& context) {
  const auto format = report::parse_format(options.format);
  if (!format) {
    throw UsageError("--format must be text, md, csv, json, html, svg or xlsx, not '" +
                     options.format + "'");
  }
  if (*format == report::Format::xlsx) {
    refuse_binary_on_terminal(context, options.output, options.format);
  }
  if (options.csv_bom && *format != report::Format::csv) {
    throw UsageError("--csv-bom goes with --format csv");
  }
  if (options.runs > 0 && *format == report::Format::svg) {
    throw UsageError(
        "--runs goes with text, md, csv, json, html or xlsx; the SVG is the "
        "Gantt alone (--format html draws the runs)");
  }
  if (report::is_single_scenario_export(*format)) {
    throw UsageError("--format " + options.format +
                     " exports one scenario: use `regsim schedule FILE --scenario NAME --format " +
                     options.format + "`");
  }
  const auto status_input = read_status_input(options.status);
  const model::Status* status = status_input ? &status_input->status : nullptr;
  model::Pathway pathway = read_pathway_input(
      tracked_pathway_argument(options.file, status_input ? &*status_input : nullptr));
  std::vector<std::string> ids = options.scenarios;
  if (ids.empty()) {
    // Without --scenario: every scenario other than the baseline, in file order.
    for (const auto& id : model::scenario_ids(pathway)) {
      if (id != options.baseline) ids.push_back(id);
    }
  }
  if (ids.empty()) {
    throw UsageError("'" + pathway.id +
                     "' has no scenario to compare with; name one with --scenario or add "
                     "`scenarios:` to the file");
  }
  // Each scenario is applied to a copy of the pathway without its overlays (set apart
  // once), and the last takes the pathway over.
  const std::string title = pathway.title;
  std::vector<model::Scenario> overlays = std::move(pathway.scenarios);
  pathway.scenarios.clear();
  // With a status, every side re-forecasts from the same actual dates: where would the
  // application be under each scenario, given where it is.
  analysis::ScheduledScenario baseline =
      analysis::schedule_scenario(model::Pathway(pathway), overlays, options.baseline, {}, status);
  std::vector<analysis::ScheduledScenario> scenarios;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    scenarios.push_back(analysis::schedule_scenario(
        i + 1 == ids.size() ? std::move(pathway) : model::Pathway(pathway), overlays, ids[i], {},
        status));
  }
  overlays = {};  // as big as the tasks: freed before the report is built
  const analysis::Comparison comparison =
      analysis::compare(std::move(baseline), std::move(scenarios));

  const bool to_terminal = options.output.empty() || options.output == "-";
  const bool chart_text = *format == report::Format::text || *format == report::Format::gantt;
  const report::TextOptions text{options.width, options.ascii,
                                 context.color && to_terminal && chart_text};
  report::PictureOptions picture;
  picture.title = title;
  const auto summaries = options.runs > 0 ? monte_carlo(context, comparison, options, status)
                                          : std::vector<analysis::SimulationSummary>{};
  if (!context.writes_output) return;  // an MPI rank other than 0: no report to build
  std::string out = report::render_comparison_report(comparison, *format, text, picture, summaries);
  emit(context, options.output, with_csv_bom(options.csv_bom, options.format, std::move(out)));
}

}  // namespace

void add_compare_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<CompareOptions>();
  auto* command = app.add_subcommand(
      "compare", "Compare the baseline's timeline with one or more scenarios, task by task");
  command->add_option("FILE", options->file,
                      "Pathway file or bundled name (kr/biosimilar); with --status it may be "
                      "left out");
  command->add_option("--status", options->status,
                      "Status file: every scenario re-forecasts from its actual dates "
                      "(docs/status.md)");
  command->add_option("--baseline", options->baseline,
                      "Scenario to compare against (default: baseline)");
  command->add_option("--scenario", options->scenarios,
                      "Scenario to compare (repeatable; default: every scenario)");
  command->add_option("--format", options->format,
                      "text (default), md, csv, json, html, svg or xlsx (an Excel workbook)");
  command->add_flag("--csv-bom", options->csv_bom,
                    "csv: start with a UTF-8 byte-order mark, so Excel reads Hangul and kanji");
  command->add_option("--width", options->width, "Text width in columns (default 100)")
      ->transform(whole_number(report::min_width, report::max_width));
  command->add_flag("--ascii", options->ascii, "Pure ASCII output for plain-text mail");
  command
      ->add_option("--runs", options->runs,
                   "Also run N Monte Carlo replications per scenario: P50/P80 in text and "
                   "md, P-dates in csv, json and xlsx, charts in html")
      ->transform(whole_number(1, 10'000'000));
  command->add_option("--seed", options->seed, "Seed of the Monte Carlo runs (default 1)")
      ->transform(seed_number());
  command->add_option("--threads", options->threads, "Threads for the Monte Carlo runs")
      ->transform(whole_number(1, 256));
  command->add_option("-o,--output", options->output,
                      "Write to this file (whole or not at all) instead of stdout");
  command->callback([options, &context] { run_compare(*options, context); });
}

}  // namespace regsim::cli
