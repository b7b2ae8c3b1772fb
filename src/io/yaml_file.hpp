// The one front end of every YAML file kind: guarded read, text policy, one parser (internal).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "regsim/error.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "source_file.hpp"
#include "yaml_tree.hpp"

namespace regsim::io::detail {

/// Parses `text` as one YAML file of `kind` under one policy for every kind: NUL bytes,
/// invalid UTF-8, an empty file, more than `limits.max_file_bytes`, a syntax error, nesting
/// past `limits.max_depth`, an alias bomb and a second document are errors with positions,
/// as are duplicate keys (reported, the tree still returned). nullptr after reporting when
/// there is no usable tree. `display` names the file in diagnostics.
YamlNodePtr parse_yaml_text(std::string text, const std::string& display, const FileKind& kind,
                            std::vector<Diagnostic>& diagnostics, const ReadLimits& limits = {});

/// read_source_file() then parse_yaml_text(): `blame` is the line that named the file
/// (empty: the file itself), `missing_id` the id when it does not exist.
YamlNodePtr read_yaml_file(const std::filesystem::path& path, const FileKind& kind,
                           const SourceLocation& blame, const char* missing_id,
                           std::vector<Diagnostic>& diagnostics, const ReadLimits& limits = {});

}  // namespace regsim::io::detail
