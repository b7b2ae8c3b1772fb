#include "regsim/graph/validation.hpp"

#include "graph_data.hpp"

namespace regsim::graph {

std::vector<Diagnostic> validate(const model::Pathway& pathway) {
  std::vector<Diagnostic> diagnostics;
  (void)detail::analyse(pathway, diagnostics);
  return diagnostics;
}

}  // namespace regsim::graph
