#include "regsim/graph/validation.hpp"

#include <algorithm>
#include <string>

#include "regsim/graph/compiled_pathway.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/model/scenario.hpp"

namespace regsim::graph {
namespace {

// The baseline's problems show again in every scenario: each is kept once, and a problem
// only a scenario has is tagged with the scenario's name.
void add(std::vector<Diagnostic>& diagnostics, Diagnostic diagnostic, const std::string& scenario) {
  const auto known = [&diagnostics](const Diagnostic& d) {
    return std::find(diagnostics.begin(), diagnostics.end(), d) != diagnostics.end();
  };
  if (known(diagnostic)) return;
  const std::string tag = "scenario '" + scenario + "'";
  if (scenario != model::baseline_scenario && diagnostic.message.find(tag) == std::string::npos) {
    diagnostic.message += " (" + tag + ")";
    if (known(diagnostic)) return;
  }
  diagnostics.push_back(std::move(diagnostic));
}

}  // namespace

std::vector<Diagnostic> validate(const model::Pathway& pathway) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Diagnostic> found;
  for (const auto& scenario : model::scenario_ids(pathway)) {
    found.clear();
    try {
      const model::Pathway applied = graph::apply_scenario(pathway, scenario);
      (void)compile_checked(applied, found);
    } catch (const InputError& error) {
      found = error.diagnostics();
    }
    for (auto& d : found)
      add(diagnostics, std::move(d), scenario);
  }
  return diagnostics;
}

}  // namespace regsim::graph
