// `regsim validate FILE...`: every problem of every file, exit 0 or 2.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <ostream>

#include "commands.hpp"
#include "regsim/error.hpp"
#include "regsim/graph/validation.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"

namespace regsim::cli {
namespace {

// Reads one file and checks the baseline and every scenario; returns the problems.
std::vector<Diagnostic> check_file(const std::string& argument, Context& context) {
  std::vector<Diagnostic> diagnostics;
  // The baseline's problems show again in every scenario: report each once, and name
  // the scenario of problems only it has.
  auto add = [&diagnostics](Diagnostic diagnostic, const std::string& scenario) {
    auto known = [&diagnostics](const Diagnostic& d) {
      return std::find(diagnostics.begin(), diagnostics.end(), d) != diagnostics.end();
    };
    if (known(diagnostic)) return;
    const std::string tag = "scenario '" + scenario + "'";
    if (scenario != model::baseline_scenario &&
        diagnostic.message.find(tag) == std::string::npos) {
      diagnostic.message += " (" + tag + ")";
      if (known(diagnostic)) return;
    }
    diagnostics.push_back(std::move(diagnostic));
  };
  try {
    const auto pathway = io::read_pathway(io::resolve_pathway_argument(argument));
    const auto scenarios = model::scenario_ids(pathway);
    for (const auto& scenario : scenarios) {
      try {
        const auto applied = model::apply_scenario(pathway, scenario);
        for (auto& d : graph::validate(applied))
          add(std::move(d), scenario);
      } catch (const InputError& error) {
        for (const auto& d : error.diagnostics())
          add(d, scenario);
      }
    }
    if (diagnostics.empty()) {
      const std::size_t overlays = scenarios.size() - 1;
      context.out << argument << ": ok (" << pathway.tasks.size()
                  << (pathway.tasks.size() == 1 ? " task, " : " tasks, ") << overlays
                  << (overlays == 1 ? " scenario)" : " scenarios)") << '\n';
    }
  } catch (const InputError& error) {
    diagnostics = error.diagnostics();
  }
  return diagnostics;
}

}  // namespace

void add_validate_command(CLI::App& app, Context& context) {
  auto files = std::make_shared<std::vector<std::string>>();
  auto* command = app.add_subcommand(
      "validate",
      "Check pathway files: YAML, keys, ids, references, durations, every scenario and the "
      "task graph. Prints every problem as file:line:col: error: message [id]; exit 0 when "
      "all files are sound, 2 otherwise.");
  command->add_option("FILE", *files, "pathway files or bundled names (kr/biosimilar)")->required();
  command->callback([files, &context] {
    std::vector<Diagnostic> all;
    for (const auto& file : *files) {
      for (auto& d : check_file(file, context))
        all.push_back(std::move(d));
    }
    context.out.flush();
    if (!all.empty()) throw InputError(std::move(all));
  });
}

}  // namespace regsim::cli
