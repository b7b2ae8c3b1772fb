// Fuzz target: the fast YAML subset reader against yaml-cpp. Whenever the subset reader
// accepts an input, its tree (values, quoting, positions) and its diagnostics must equal
// yaml-cpp's reading; a difference is a finding. Inputs go through the same byte checks
// as a pathway file first (UTF-8 text), as the reader only ever sees such text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "../../src/io/source_file.hpp"
#include "../../src/io/yaml_tree.hpp"
#include "fuzz_outcome.hpp"

namespace {

std::string describe(const regsim::io::detail::YamlNode* root,
                     const std::vector<regsim::Diagnostic>& diagnostics) {
  std::string text = regsim::io::detail::dump_yaml(root);
  for (const auto& d : diagnostics) {
    text += "diagnostic " + d.id + " at " + std::to_string(d.where.line) + ':' +
            std::to_string(d.where.column) + '\n';
  }
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace regsim::io::detail;
  std::string text(reinterpret_cast<const char*>(data), size);
  const std::string file = "fuzz.yaml";
  std::vector<regsim::Diagnostic> rejected;
  if (!check_source_text(text, file, 1 << 20, pathway_file, rejected)) return 0;
  const YamlLimits limits;
  std::vector<regsim::Diagnostic> subset_diagnostics;
  const auto subset = parse_yaml_subset(text, file, limits, subset_diagnostics);
  if (!subset) {
    if (!subset_diagnostics.empty()) {
      regsim::fuzz::report_finding("the subset reader gave up but left diagnostics");
    }
    return 0;
  }
  std::vector<regsim::Diagnostic> reference_diagnostics;
  const auto reference = parse_yaml_with_yaml_cpp(text, file, limits, reference_diagnostics);
  const std::string ours = describe(subset->get(), subset_diagnostics);
  const std::string theirs = describe(reference.get(), reference_diagnostics);
  if (ours != theirs) {
    regsim::fuzz::report_finding("the subset reader and yaml-cpp disagree",
                                 "subset:\n" + ours + "yaml-cpp:\n" + theirs);
  }
  return 0;
}
