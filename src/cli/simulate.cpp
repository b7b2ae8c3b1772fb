// `regsim simulate`: Monte Carlo replications of a pathway, summarized as text or JSON.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <memory>
#include <ostream>

#include "commands.hpp"
#include "interrupt.hpp"
#include "regsim/analysis/convergence.hpp"
#include "regsim/analysis/portfolio_summary.hpp"
#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/error.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/report/html.hpp"
#include "regsim/report/options.hpp"
#include "regsim/report/portfolio_summary.hpp"
#include "regsim/report/simulation_json.hpp"
#include "regsim/report/simulation_text.hpp"
#include "regsim/report/simulation_view.hpp"
#include "regsim/report/xlsx.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/portfolio.hpp"
#include "status_input.hpp"
#include "values.hpp"

namespace regsim::cli {
namespace {

constexpr std::int64_t max_runs = 1000000;

struct SimulateOptions {
  std::string file;
  std::string scenario = model::baseline_scenario;
  std::int64_t runs = 10000;
  std::uint64_t seed = 1;
  int threads = 0;
  std::string start;
  double tolerance = -1;
  std::string format = "text";
  std::string output;
  int width = 100;
  bool ascii = false;
  std::string status;
  bool portfolio = false;
  int warmup = 0;
};

// Progress on stderr, only when it is a terminal and only once a run has taken a
// second: short runs and redirected output stay clean.
std::function<void(std::int64_t, std::int64_t)> progress_reporter(Context& context, bool& shown) {
  if (!context.stderr_is_terminal) return {};
  const auto started = std::chrono::steady_clock::now();
  return [&context, &shown, started](std::int64_t done, std::int64_t total) {
    const auto elapsed = std::chrono::steady_clock::now() - started;
    if (elapsed < std::chrono::seconds(1)) return;
    shown = true;
    context.err << "\rsimulating: " << done << " of " << total << " runs (" << done * 100 / total
                << "%)" << std::flush;
  };
}

// Monte Carlo of the file's whole portfolio: a summary, never a table per application.
void run_portfolio(Context& context, const SimulateOptions& options, const model::Pathway& pathway,
                   std::optional<calendar::Date> start) {
  if (!pathway.portfolio) {
    throw UsageError("--portfolio: " + options.file + " has no `portfolio:` section");
  }
  if (options.format == "xlsx") {
    throw UsageError("--portfolio: the summary prints as text, json, csv or html");
  }
  if (options.tolerance >= 0) throw UsageError("--tolerance does not apply to --portfolio");
  const sim::Scheduler scheduler(pathway);
  sim::PortfolioOptions mc;
  mc.runs = options.runs;
  mc.seed = options.seed;
  mc.threads = options.threads;
  mc.start = start;
  mc.warmup_days = options.warmup;
  mc.processes = context.processes;
  mc.gather = sim::Gather::first_process;  // only rank 0 summarizes and writes
  sim::PortfolioSamples samples;
  {
    const InterruptibleWork work;
    mc.cancel = work.flag();
    samples = sim::run_portfolio_monte_carlo(scheduler, mc);
  }
  if (!context.writes_output) return;  // an MPI rank other than 0 holds only its own runs
  const auto summary = analysis::summarize(samples);
  emit(context, options.output,
       options.format == "json"   ? report::render_portfolio_summary_json(summary)
       : options.format == "csv"  ? report::render_portfolio_months_csv(summary)
       : options.format == "html" ? report::render_portfolio_html(summary)
                                  : report::render_portfolio_summary_text(summary));
}

void run_simulate(Context& context, const SimulateOptions& options) {
  if (options.format == "xlsx") refuse_binary_on_terminal(context, options.output, options.format);
  // --runs, --width, --threads and --tolerance were checked by their validators (values.hpp).
  std::optional<calendar::Date> start;
  if (!options.start.empty()) {
    start = calendar::parse_date(options.start);
    if (!start) throw UsageError("--start '" + options.start + "' is not a date (YYYY-MM-DD)");
  }

  auto status = read_status_input(options.status);
  const StatusInput* tracked = status ? &*status : nullptr;
  auto read = read_pathway_input(tracked_pathway_argument(options.file, tracked));
  const std::string scenario = tracked_scenario(options.scenario, tracked, read);
  const model::Pathway pathway = graph::apply_scenario(std::move(read), scenario);
  const sim::Tracking* tracking = status ? &resolve_tracking(*status, pathway) : nullptr;
  if (options.portfolio) {
    if (tracking)
      throw UsageError("--status tracks one application; it does not go with --portfolio");
    run_portfolio(context, options, pathway, start);
    return;
  }
  if (options.warmup > 0) throw UsageError("--warmup goes with --portfolio");
  if (options.format == "csv") {
    throw UsageError(
        "--format csv goes with --portfolio (for one application's tasks: "
        "schedule --format csv)");
  }
  if (options.runs > sim::max_runs(pathway)) {
    throw UsageError("--runs: " + sim::sample_limit_message(pathway, options.runs));
  }
  const sim::Scheduler scheduler(pathway);

  sim::MonteCarloOptions mc;
  mc.runs = options.runs;
  mc.seed = options.seed;
  mc.threads = options.threads;
  mc.start = start;
  mc.tracking = tracking;
  mc.processes = context.processes;
  mc.gather = sim::Gather::first_process;  // rank 0 summarizes (--tolerance: every rank)
  if (options.tolerance >= 0) mc.stop = analysis::p80_stable(options.tolerance);
  bool progress_shown = false;
  mc.progress = progress_reporter(context, progress_shown);

  sim::Samples samples;
  {
    // Ctrl-C stops the workers at their next replication, so the progress line is closed.
    const InterruptibleWork work;
    mc.cancel = work.flag();
    try {
      samples = sim::run_monte_carlo(scheduler, mc);
    } catch (...) {
      if (progress_shown) context.err << '\n';
      throw;
    }
  }
  if (progress_shown) context.err << "\r\033[K" << std::flush;
  if (!context.writes_output) return;  // an MPI rank other than 0 holds only its own runs

  const analysis::SimulationSummary summary = analysis::summarize(pathway, samples);
  if (options.format == "json") {
    emit(context, options.output, report::render_simulation_json(summary));
  } else if (options.format == "xlsx") {
    emit(context, options.output, report::render_xlsx(summary));
  } else if (options.format == "html") {
    // The page shows the deterministic schedule beside the spread of the runs.
    sim::RunOptions run;
    run.start = start;
    run.tracking = tracking;
    analysis::ScheduledScenario scheduled;
    scheduled.timeline = scheduler.run(run);
    scheduled.pathway = pathway;
    emit(context, options.output,
         report::render_html_report(scheduled, {report::distribution_view(summary, pathway)}));
  } else {
    emit(context, options.output,
         report::render_simulation_text(summary, {options.width, options.ascii, 10}));
  }
}

}  // namespace

void add_simulate_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<SimulateOptions>();
  CLI::App* command = app.add_subcommand(
      "simulate", "Monte Carlo: P10/P50/P80/P90 dates, deadline odds, criticality, sensitivity");
  command->add_option("FILE", options->file,
                      "Pathway file or bundled name (kr/biosimilar); with --status it may be "
                      "left out");
  command->add_option("--status", options->status,
                      "Status file: re-forecast every run from its actual dates; a task in "
                      "progress lasts at least what it has run (docs/status.md)");
  command->add_option("--scenario", options->scenario, "Scenario to simulate (default baseline)");
  command
      ->add_option("--runs", options->runs,
                   "Replications (default 10000; the most with --tolerance)")
      ->transform(whole_number(1, max_runs));
  command
      ->add_option("--seed", options->seed,
                   "Seed: the same seed gives the same results (default 1)")
      ->transform(seed_number());
  command
      ->add_option("--threads", options->threads,
                   "Worker threads; 0 = one per processor (default). Results do not depend on it")
      ->transform(whole_number(0, 256));
  command->add_option("--start", options->start, "Start date YYYY-MM-DD (default: the file's)");
  command
      ->add_option(
          "--tolerance", options->tolerance,
          "Stop early once the end's P80 stays within DAYS over three checks 1000 runs apart")
      ->check(days_number(false));
  command
      ->add_option("--format", options->format,
                   "text (default), json, html (the schedule with histogram, S-curve and "
                   "tornado), xlsx (an Excel workbook) or, with --portfolio, csv (the "
                   "month-by-month backlog, queues and waits)")
      ->check(CLI::IsMember({"text", "json", "html", "xlsx", "csv"}));
  command->add_option("-o,--output", options->output, "Write to PATH (whole or not at all)");
  command->add_option("--width", options->width, "Text width in columns (default 100, at least 60)")
      ->transform(whole_number(report::simulation_min_width, report::max_width));
  command->add_flag("--ascii", options->ascii, "Plain 7-bit ASCII text");
  command->add_flag("--portfolio", options->portfolio,
                    "Monte Carlo of the file's portfolio: random arrivals and durations per "
                    "application; per pool utilisation and waits, per class lead times");
  command
      ->add_option("--warmup", options->warmup,
                   "--portfolio: leave out applications arriving in the first DAYS days")
      ->transform(whole_number(0, 1000000));
  command->footer(
      "Percentiles are nearest-rank over the runs; criticality is the share of runs in which\n"
      "a task was critical; sensitivity is Spearman's rank correlation of a task's duration\n"
      "with the end. See docs/guide.md, \"Monte Carlo\", and docs/json-schema.md.");
  command->callback([&context, options] { run_simulate(context, *options); });
}

}  // namespace regsim::cli
