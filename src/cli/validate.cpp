// `regsim validate FILE...`: every problem of every file, exit 0 or 2.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "commands.hpp"
#include "regsim/error.hpp"
#include "regsim/graph/validation.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/report/text.hpp"

namespace regsim::cli {
namespace {

// Reads one file and checks the baseline and every scenario (graph::validate); returns
// the problems.
std::vector<Diagnostic> check_file(const std::string& argument, Context& context) {
  try {
    const auto pathway = io::read_pathway(io::resolve_pathway_argument(argument));
    auto diagnostics = graph::validate(pathway);
    if (diagnostics.empty()) {
      const std::size_t overlays = pathway.scenarios.size();
      context.out << report::escape_controls(argument) << ": ok (" << pathway.tasks.size()
                  << (pathway.tasks.size() == 1 ? " task, " : " tasks, ") << overlays
                  << (overlays == 1 ? " scenario)" : " scenarios)") << '\n';
    }
    return diagnostics;
  } catch (const InputError& error) {
    return error.diagnostics();
  }
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
