// Reading expectation files (YAML) into model::ExpectationFile, with file:line:col diagnostics.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "regsim/model/expectation.hpp"

namespace regsim::io {

/// Reads the expectation file at `path` (docs/expectations.md). Every problem in the file
/// is collected before failing: throws InputError with all diagnostics (`yaml_syntax`,
/// `unknown_key` with a suggestion, `missing_key`, `wrong_type`, `bad_date`, ...);
/// `file_not_found` when the file does not exist. Pathway references are kept as written
/// (resolve them with io::resolve_pathway_argument, base directory: the file's folder).
model::ExpectationFile read_expectations(const std::filesystem::path& path);

/// Parses expectation YAML held in memory; `file` names it in diagnostics.
model::ExpectationFile parse_expectations(std::string_view text, const std::string& file);

}  // namespace regsim::io
