// read_expectations: bytes (the guarded read) -> YAML tree (the one front end) -> assertions.
#include "regsim/io/expectation_reader.hpp"

#include "expectation_assertion.hpp"
#include "typed_file.hpp"
#include "yaml_file.hpp"

namespace regsim::io {
namespace {

using detail::ExpectationDefaults;
using detail::ReadContext;
using detail::YamlNode;

ExpectationDefaults read_defaults(const YamlNode& root, ReadContext& context) {
  ExpectationDefaults defaults;
  if (const auto* node = root.find("pathway"))
    defaults.pathway = context.text(*node, "'pathway'").value_or("");
  if (const auto* node = root.find("scenario"))
    defaults.scenario = detail::read_expectation_id(*node, "scenario", context);
  if (const auto* node = root.find("start")) defaults.start = context.date(*node, "'start'");
  if (const auto* node = root.find("tolerance"))
    defaults.tolerance = detail::read_tolerance(*node, context);
  if (const auto* node = root.find("runs")) {
    defaults.runs = static_cast<int>(
        context.integer(*node, "'runs'", 1, detail::max_expectation_runs, "bad_number")
            .value_or(1000));
  }
  if (const auto* node = root.find("seed")) defaults.seed = detail::read_seed(*node, context);
  return defaults;
}

model::ExpectationFile read_document(const YamlNode& root, const std::string& file,
                                     ReadContext& context) {
  model::ExpectationFile result;
  result.file = file;
  if (!root.is_map()) {
    context.error(SourceLocation{file, 1, 1}, "wrong_type",
                  "an expectation file is a map with 'regsim: 1' and 'expect:'");
    return result;
  }
  if (!context.check_file_keys(root, "an expectation file",
                               {"regsim", "title", "description", "pathway", "scenario", "start",
                                "tolerance", "runs", "seed", "expect"})) {
    return result;
  }
  if (context.require(root, "regsim", "an expectation file")) {
    const auto version = context.text(*root.find("regsim"), "'regsim'");
    if (version && *version != "1") {
      context.error(root.find("regsim")->where, "bad_version",
                    "unsupported format version '" + *version + "'; this regsim reads version 1");
    }
  }
  for (const char* key : {"title", "description"}) {
    if (const auto* node = root.find(key)) context.text(*node, key);
  }
  const ExpectationDefaults defaults = read_defaults(root, context);
  if (!context.require(root, "expect", "an expectation file")) return result;
  const YamlNode& list = *root.find("expect");
  if (!list.is_sequence() || list.items.empty()) {
    context.error(list.where, "wrong_type", "'expect' must be a list of at least one assertion");
    return result;
  }
  for (const YamlNode* item : list.items) {
    if (auto assertion = detail::read_assertion(*item, defaults, context)) {
      result.assertions.push_back(std::move(*assertion));
    }
  }
  return result;
}

}  // namespace

model::ExpectationFile parse_expectations(std::string_view text, const std::string& file) {
  std::vector<Diagnostic> diagnostics;
  const auto root =
      detail::parse_yaml_text(std::string(text), file, detail::expectation_file, diagnostics);
  return detail::read_typed_document(root, file, diagnostics, read_document);
}

model::ExpectationFile read_expectations(const std::filesystem::path& path) {
  std::vector<Diagnostic> diagnostics;
  const auto root =
      detail::read_yaml_file(path, detail::expectation_file, {}, "file_not_found", diagnostics);
  return detail::read_typed_document(root, path.string(), diagnostics, read_document);
}

}  // namespace regsim::io
