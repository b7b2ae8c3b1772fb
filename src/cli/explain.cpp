// `regsim explain FILE --scenario S`: the change from the baseline to S, lever by lever.
#include <CLI/CLI.hpp>
#include <memory>

#include "commands.hpp"
#include "interrupt.hpp"
#include "output/output.hpp"
#include "regsim/analysis/explanation.hpp"
#include "regsim/error.hpp"
#include "regsim/report/explanation.hpp"
#include "values.hpp"

namespace regsim::cli {
namespace {

struct ExplainCommandOptions {
  std::string file;
  std::string scenario;
  std::int64_t runs = 0;
  std::uint64_t seed = 1;
  int threads = 1;
  std::string format = "text";
  int width = 100;
  bool ascii = false;
  std::string output;
  bool portfolio = false;
  int warmup = 0;
};

// --portfolio: the file's portfolio, 100 runs unless --runs says otherwise.
void portfolio_options(const ExplainCommandOptions& options, const model::Pathway& pathway,
                       analysis::ExplainOptions& explain) {
  if (!options.portfolio) {
    if (options.warmup > 0) throw UsageError("--warmup goes with --portfolio");
    return;
  }
  if (!pathway.portfolio) {
    throw UsageError("--portfolio: " + options.file + " has no `portfolio:` section");
  }
  explain.portfolio = true;
  explain.warmup_days = options.warmup;
  if (explain.runs == 0) explain.runs = 100;
}

void run_explain(Context& context, const ExplainCommandOptions& options) {
  const model::Pathway pathway = read_pathway_input(options.file);
  analysis::ExplainOptions explain;
  explain.runs = options.runs;
  explain.seed = options.seed;
  explain.threads = options.threads;
  explain.processes = context.processes;
  portfolio_options(options, pathway, explain);
  analysis::Explanation result;
  {
    const InterruptibleWork work;  // Ctrl-C joins the Monte Carlo workers, then exits 130
    explain.cancel = work.flag();
    result = analysis::explain(pathway, options.scenario, explain);
  }
  if (!context.writes_output) return;  // an MPI rank other than 0 holds only its own runs
  std::string out;
  if (options.format == "json") {
    out = report::render_explanation_json(result);
  } else if (options.format == "md") {
    out = report::render_explanation_markdown(result);
  } else if (options.format == "html") {
    out = report::render_explanation_html(result);
  } else {
    out = report::render_explanation_text(result, {options.width, options.ascii, false});
  }
  emit(context, options.output, out);
}

}  // namespace

void add_explain_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<ExplainCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "explain", "Attribute a scenario's change to its levers: in order and Shapley (docs/cli.md)");
  command->add_option("FILE", options->file, "Pathway file or bundled name")->required();
  command->add_option("--scenario", options->scenario, "Scenario to explain")->required();
  command
      ->add_option("--runs", options->runs,
                   "Also attribute P50 and P80 of N Monte Carlo runs per lever subset, with "
                   "common random numbers")
      ->transform(whole_number(1, 1000000));
  command->add_option("--seed", options->seed, "Seed of the Monte Carlo runs (default 1)")
      ->transform(seed_number());
  command->add_option("--threads", options->threads, "Threads for the Monte Carlo runs")
      ->transform(whole_number(1, 256));
  command->add_flag("--portfolio", options->portfolio,
                    "Attribute the P50 and P80 lead time per application of the file's "
                    "portfolio (applications queueing for the pools; 100 runs by default)");
  command
      ->add_option("--warmup", options->warmup,
                   "--portfolio: applications arriving in the first DAYS are not counted")
      ->transform(whole_number(0, 1000000));
  command->add_option("--format", options->format, "text (default), md, json or html")
      ->check(CLI::IsMember({"text", "md", "json", "html"}));
  command->add_option("--width", options->width, "Text width in columns (default 100)")
      ->transform(whole_number(report::min_width, report::max_width));
  command->add_flag("--ascii", options->ascii, "Pure ASCII output for plain-text mail");
  command->add_option("-o,--output", options->output, "Write to PATH (whole or not at all)");
  command->footer(
      "Every subset of the levers (2^n, at most 10 levers) is scheduled once; a lever's\n"
      "Shapley days are its change averaged over every order. Both columns sum to the total.");
  command->callback([&context, options] { run_explain(context, *options); });
}

}  // namespace regsim::cli
