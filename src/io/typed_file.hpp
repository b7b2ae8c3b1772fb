// Reading one typed YAML file (status, expectation, goal): the shape all such readers share.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "read_context.hpp"
#include "yaml_file.hpp"

namespace regsim::io::detail {

/// Hands `root` (null when the front end already reported why there is no tree) to
/// `read(root, file, context)`, then throws one InputError with every problem collected,
/// the front end's and the reader's; otherwise returns what `read` built.
template <typename Read>
auto read_typed_document(const YamlNodePtr& root, const std::string& file,
                         std::vector<Diagnostic>& diagnostics, Read read) {
  if (!root) throw InputError(std::move(diagnostics));
  ReadContext context(diagnostics);
  auto result = read(*root, file, context);
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
  return result;
}

}  // namespace regsim::io::detail
