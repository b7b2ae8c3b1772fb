#include "yaml_file.hpp"

namespace regsim::io::detail {

YamlNodePtr parse_yaml_text(std::string text, const std::string& display, const FileKind& kind,
                            std::vector<Diagnostic>& diagnostics, const ReadLimits& limits) {
  if (!check_source_text(text, display, limits.max_file_bytes, kind, diagnostics)) return nullptr;
  auto root =
      parse_yaml(text, display, YamlLimits{limits.max_depth, limits.max_alias_nodes}, diagnostics);
  if (root && root->is_null()) {
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
