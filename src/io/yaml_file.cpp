#include "yaml_file.hpp"

namespace regsim::io::detail {

YamlNodePtr parse_yaml_text(std::string text, const std::string& display, const FileKind& kind,
                            std::vector<Diagnostic>& diagnostics, const ReadLimits& limits) {
  if (!check_source_text(text, display, limits.max_file_bytes, kind, diagnostics)) return nullptr;
  const auto diagnostics_before = diagnostics.size();
  auto root =
      parse_yaml(text, display, YamlLimits{limits.max_depth, limits.max_alias_nodes}, diagnostics);
  // A stream of directives only ("%YAML 1.2" and no document) gives no root and no error.
  const bool no_document = !root && diagnostics.size() == diagnostics_before;
  if (no_document || (root && root->is_null())) {
    diagnostics.push_back({SourceLocation{display, 1, 1}, Severity::error, "empty_file",
                           std::string("the file holds no YAML content; ") + kind.content_hint});
    return nullptr;
  }
  return root;
}

YamlNodePtr read_yaml_file(const std::filesystem::path& path, const FileKind& kind,
                           const SourceLocation& blame, const char* missing_id,
                           std::vector<Diagnostic>& diagnostics, const ReadLimits& limits) {
  auto text = read_source_file(path, limits.max_file_bytes, blame, missing_id, kind, diagnostics);
  if (!text) return nullptr;
  return parse_yaml_text(std::move(*text), path.string(), kind, diagnostics, limits);
}

}  // namespace regsim::io::detail
