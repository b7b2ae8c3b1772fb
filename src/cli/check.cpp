// `regsim check FILE... [--junit PATH]`: evaluate expectation files; exit 1 when one fails.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "interrupt.hpp"
#include "output/output.hpp"
#include "regsim/analysis/expectations.hpp"
#include "regsim/error.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/expectation_reader.hpp"
#include "regsim/io/folder_policy.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/report/check_results.hpp"
#include "status_input.hpp"
#include "support/suggest.hpp"
#include "values.hpp"

namespace regsim::cli {
namespace {

// A problem of a pathway file as a whole (no line, too large, or a device at its own 1:1,
// where a file that no line names is reported): the assertion naming it is the place.
bool names_whole_file(const Diagnostic& diagnostic, const std::string& path) {
  return diagnostic.where.line == 0 || diagnostic.id == "file_too_large" ||
         (diagnostic.where == SourceLocation{path, 1, 1} && diagnostic.id == "not_a_file");
}

struct CheckOptions {
  std::vector<std::string> files;
  std::string junit;
  int threads = 1;
  bool verbose = false;
  std::string status;
  /// Under mpirun, the ranks sharing each Monte Carlo (from Context, not an option): every
  /// rank receives every row and judges, so all end with the same exit status.
  const sim::Processes* processes = nullptr;
};

void append(std::vector<Diagnostic>& to, const InputError& error) {
  // A pathway that cannot be read fails every assertion naming it; say so once.
  for (const auto& diagnostic : error.diagnostics()) {
    if (std::find(to.begin(), to.end(), diagnostic) == to.end()) to.push_back(diagnostic);
  }
}

// Reads every file, then evaluates every assertion; throws InputError for bad input. Every
// file is read before anything runs, so that a typo in the last file does not wait for the
// simulations of the first.
std::vector<report::CheckedFile> evaluate(const CheckOptions& options) {
  std::vector<model::ExpectationFile> files;
  std::vector<Diagnostic> problems;
  for (const auto& file : options.files) {
    try {
      files.push_back(io::read_expectations(file));
    } catch (const InputError& error) {
      append(problems, error);
    }
  }
  if (!problems.empty()) throw InputError(problems);
  // The status, checked against the pathway it tracks before anything runs; assertions on
  // that pathway measure the re-forecast from it.
  const auto status = read_status_input(options.status);
  std::string tracked_id;
  if (status) {
    const auto tracked = read_pathway_input(tracked_pathway_argument("", &*status));
    const std::string scenario = tracked_scenario(model::baseline_scenario, &*status, tracked);
    sim::resolve_status(status->status, graph::apply_scenario(tracked, scenario));
    tracked_id = tracked.id;
  }

  std::map<std::string, model::Pathway> pathways;  // by resolved path: read each once
  std::vector<report::CheckedFile> checked;
  for (const auto& file : files) {
    const auto directory = std::filesystem::path(file.file).parent_path();
    const analysis::PathwayLookup lookup =
        [&](const model::Assertion& assertion) -> const model::Pathway& {
      const std::string path =
          io::resolve_pathway_argument(assertion.pathway, {}, directory).string();
      // An expectation file names a pathway in its own folder tree (or a bundled one), like
      // any file naming another; asked before the cache, which other files filled.
      const io::FolderScope scope(file.file, false);
      if (auto refused = io::outside_folder(path)) {
        throw InputError(assertion.where, "outside_folder", std::move(*refused));
      }
      auto found = pathways.find(path);
      if (found != pathways.end()) return found->second;
      try {
        note_input_file(path);
        const auto& read = pathways.emplace(path, io::read_pathway(path)).first->second;
        note_pathway_files(read);
        return read;
      } catch (const InputError& error) {
        // A misspelt pathway is the assertion's mistake: point at the assertion.
        if (error.diagnostics().size() != 1 || error.diagnostics()[0].id != "file_not_found") {
          // So is a pathway that is no file to read (a device, a directory, too large):
          // a problem of the file as a whole is the line that names it.
          auto diagnostics = error.diagnostics();
          for (auto& diagnostic : diagnostics) {
            if (names_whole_file(diagnostic, path)) {
              diagnostic.where = assertion.where;
            }
          }
          throw InputError(std::move(diagnostics));
        }
        std::vector<std::string> names;
        for (const auto& bundled : io::list_bundled_pathways())
          names.push_back(bundled.name);
        throw InputError(assertion.where, "unknown_pathway",
                         "pathway '" + assertion.pathway +
                             "' is neither a file (relative to this file) nor a bundled "
                             "pathway" +
                             support::did_you_mean(assertion.pathway, names) +
                             " (see 'regsim list')");
      }
    };
    try {
      checked.push_back(
          {file.file, analysis::evaluate_expectations(file, lookup, options.threads,
                                                      status ? &status->status : nullptr,
                                                      tracked_id, options.processes)});
    } catch (const InputError& error) {
      append(problems, error);
    }
  }
  if (!problems.empty()) throw InputError(problems);
  return checked;
}

void run_check(const CheckOptions& options, Context& context) {
  // The JUnit file's folder is made (or found unusable) before anything runs, so a
  // missing reports/ does not surface only after minutes of Monte Carlo.
  // A JUnit path that names one of the expectation files is refused here too.
  for (const auto& file : options.files)
    note_input_file(file);
  if (!options.junit.empty()) prepare_output_path(options.junit);
  std::vector<report::CheckedFile> checked;
  try {
    checked = evaluate(options);
  } catch (const Error& error) {
    // Bad input still leaves a JUnit file, so that CI shows the error, not nothing.
    if (options.junit.empty() || error.exit_code() != ExitCode::bad_input || !context.writes_output)
      throw;
    const auto* input = dynamic_cast<const InputError*>(&error);
    write_output_file(options.junit,
                      report::render_junit_errors(
                          input != nullptr ? input->diagnostics()
                                           : std::vector<Diagnostic>{
                                                 {{}, Severity::error, "usage", error.what()}}));
    throw;
  }

  write_standard_output(context.out, report::render_check_text(checked, options.verbose));
  if (!options.junit.empty() && context.writes_output) {
    write_output_file(options.junit, report::render_junit(checked));
  }
  std::size_t failed = 0;
  for (const auto& file : checked) {
    for (const auto& result : file.results)
      failed += result.passed ? 0 : 1;
  }
  if (failed > 0) throw ExpectationFailed(std::to_string(failed) + " assertion(s) failed");
}

}  // namespace

void add_check_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<CheckOptions>();
  auto* command = app.add_subcommand(
      "check",
      "Evaluate expectation files (docs/expectations.md): prints `file:line: FAILED: ...` for "
      "each assertion that does not hold. Exit 0 when all hold, 1 when one fails, 2 on bad "
      "input.");
  command->add_option("FILE", options->files, "expectation files (YAML)")->required();
  command->add_option("--junit", options->junit,
                      "also write JUnit XML for CI to this path (whole or not at all)");
  command
      ->add_option("--threads", options->threads,
                   "Monte Carlo worker threads (default 1; 0: one per core; results do not "
                   "depend on it)")
      ->transform(whole_number(0, 256));
  command->add_option("--status", options->status,
                      "status file: assertions on the pathway it tracks measure the re-forecast "
                      "from its actual dates (docs/status.md)");
  command->add_flag("-v,--verbose", options->verbose,
                    "also print each assertion that holds, with its actual value");
  command->callback([options, &context] {
    options->processes = context.processes;
    run_check(*options, context);
  });
}

}  // namespace regsim::cli
