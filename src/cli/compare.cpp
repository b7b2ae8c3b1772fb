// `regsim compare`: the baseline against one or more scenarios, as text, md, csv or json.
#include <CLI/CLI.hpp>
#include <algorithm>

#include "commands.hpp"
#include "interrupt.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/error.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/report/comparison.hpp"
#include "regsim/report/comparison_json.hpp"
#include "regsim/report/csv.hpp"
#include "regsim/report/html.hpp"
#include "regsim/report/markdown.hpp"
#include "regsim/report/percentile_table.hpp"
#include "regsim/report/timeline_json.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/scheduler.hpp"

namespace regsim::cli {
namespace {

struct CompareOptions {
  std::string file;
  std::string baseline = model::baseline_scenario;
  std::vector<std::string> scenarios;
  std::string format = "text";
  int width = 100;
  bool ascii = false;
  std::string output;
  std::int64_t runs = 0;  ///< > 0: also Monte Carlo P50/P80 per scenario
  std::uint64_t seed = 1;
  int threads = 1;
};

// A scheduled scenario that owns what report::ScheduledRun borrows.
struct Run {
  model::Pathway pathway;
  sim::Timeline timeline;
  std::string title;
};

std::string scenario_title(const std::vector<model::Scenario>& overlays, const std::string& id) {
  for (const auto& scenario : overlays) {
    if (scenario.id == id) return scenario.title.empty() ? id : scenario.title;
  }
  return id;
}

Run schedule_scenario(model::Pathway&& pathway, const std::vector<model::Scenario>& overlays,
                      const std::string& id) {
  Run run;
  run.pathway = model::apply_scenario(std::move(pathway), overlays, id);
  run.timeline = sim::schedule(run.pathway);
  run.title = scenario_title(overlays, id);
  return run;
}

void run_compare(const CompareOptions& options, Context& context) {
  const auto format = report::parse_format(options.format);
  if (!format) {
    throw UsageError("--format must be text, md, csv, json, html or svg, not '" + options.format +
                     "'");
  }
  if (report::is_single_scenario_export(*format)) {
    throw UsageError("--format " + options.format +
                     " exports one scenario: use `regsim schedule FILE --scenario NAME --format " +
                     options.format + "`");
  }
  model::Pathway pathway = io::read_pathway(options.file);
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
  // Runs live in a vector reserved up front: ScheduledRun holds references into it.
  std::vector<Run> runs;
  runs.reserve(ids.size() + 1);
  // Each run works on a copy of the pathway without its overlays (set apart once), and
  // the last takes the pathway over.
  const std::string title = pathway.title;
  std::vector<model::Scenario> overlays = std::move(pathway.scenarios);
  pathway.scenarios.clear();
  for (std::size_t i = 0; i <= ids.size(); ++i) {
    const std::string& id = i == 0 ? options.baseline : ids[i - 1];
    runs.push_back(schedule_scenario(i == ids.size() ? std::move(pathway) : model::Pathway(pathway),
                                     overlays, id));
  }
  overlays = {};  // as big as the tasks: freed before the report is built

  const report::ScheduledRun baseline{runs[0].pathway, runs[0].timeline, runs[0].title};
  std::vector<report::ScheduledRun> scenarios;
  for (std::size_t i = 1; i < runs.size(); ++i) {
    scenarios.push_back({runs[i].pathway, runs[i].timeline, runs[i].title});
  }
  const bool to_terminal = options.output.empty() || options.output == "-";
  const report::TextOptions text{options.width, options.ascii,
                                 context.color && to_terminal && *format == report::Format::text};
  std::string out;
  switch (*format) {
    case report::Format::text:
      out = report::render_comparison(baseline, scenarios, text);
      break;
    case report::Format::md:
      out = report::render_comparison_markdown(baseline, scenarios, text);
      break;
    case report::Format::csv: {
      std::vector<report::ScheduledRun> all{baseline};
      for (const auto& scenario : scenarios)
        all.push_back(scenario);
      out = report::render_csv(all);
      break;
    }
    case report::Format::html:
    case report::Format::svg: {
      std::vector<report::ScheduledPathway> pictures;
      for (const auto& run : runs)
        pictures.push_back({run.pathway, run.timeline});
      report::PictureOptions picture;
      picture.title = title;
      out = *format == report::Format::html ? report::render_html_report(pictures, {}, picture)
                                            : report::render_svg_gantt(pictures, picture);
      break;
    }
    case report::Format::mermaid:
    case report::Format::ics:
    case report::Format::tjp:
    case report::Format::mspdi:
      break;  // refused above
    case report::Format::json: {
      std::vector<std::string> documents;
      for (const auto& run : runs)
        documents.push_back(report::render_timeline_json(run.timeline));
      out = report::render_comparison_json(baseline, scenarios, documents);
      break;
    }
  }
  if (options.runs > 0 && (*format == report::Format::text || *format == report::Format::md)) {
    // Refused before the first scenario runs rather than after minutes of work.
    for (const auto& run : runs) {
      if (options.runs > sim::max_runs(run.pathway)) {
        throw UsageError("--runs: " + sim::sample_limit_message(run.pathway, options.runs));
      }
    }
    // Same seed for every scenario, so the comparison reads the same random outcomes
    // where the scenarios share tasks.
    std::vector<analysis::SimulationSummary> summaries;
    const InterruptibleWork work;  // Ctrl-C joins the workers, then exits 130
    for (const auto& run : runs) {
      sim::MonteCarloOptions mc;
      mc.runs = options.runs;
      mc.seed = options.seed;
      mc.threads = options.threads;
      mc.cancel = work.flag();
      const sim::Scheduler scheduler(run.pathway);
      summaries.push_back(analysis::summarize(run.pathway, sim::run_monte_carlo(scheduler, mc)));
    }
    out += report::render_percentile_table(summaries, *format == report::Format::md);
  }
  emit(context, options.output, out);
}

}  // namespace

void add_compare_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<CompareOptions>();
  auto* command = app.add_subcommand(
      "compare", "Compare the baseline's timeline with one or more scenarios, task by task");
  command->add_option("FILE", options->file, "Pathway file or bundled name (kr/biosimilar)")
      ->required();
  command->add_option("--baseline", options->baseline,
                      "Scenario to compare against (default: baseline)");
  command->add_option("--scenario", options->scenarios,
                      "Scenario to compare (repeatable; default: every scenario)");
  command->add_option("--format", options->format, "text (default), md, csv, json, html or svg");
  command->add_option("--width", options->width, "Text width in columns (default 100)")
      ->check(CLI::Range(report::min_width, report::max_width));
  command->add_flag("--ascii", options->ascii, "Pure ASCII output for plain-text mail");
  command
      ->add_option("--runs", options->runs,
                   "Also run N Monte Carlo replications per scenario and show P50/P80 "
                   "(text and md)")
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{10'000'000}));
  command->add_option("--seed", options->seed, "Seed of the Monte Carlo runs (default 1)");
  command->add_option("--threads", options->threads, "Threads for the Monte Carlo runs")
      ->check(CLI::Range(1, 256));
  command->add_option("-o,--output", options->output,
                      "Write to this file (whole or not at all) instead of stdout");
  command->callback([options, &context] { run_compare(*options, context); });
}

}  // namespace regsim::cli
