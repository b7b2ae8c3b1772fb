// Reading baseline files back (docs/json-schema.md, "Baseline"); report writes them.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "regsim/sim/timeline.hpp"

namespace regsim::io {

/// Parses baseline JSON; `file` names it in diagnostics. Throws InputError: `bad_json`
/// with the line and column of a syntax error; `bad_schema` for another schema or version;
/// `missing_key`, `wrong_type`, `bad_date` naming the JSON pointer of the bad value.
sim::Timeline parse_baseline_json(std::string_view text, const std::string& file);

/// Reads a baseline file (`file_not_found` when it does not exist).
sim::Timeline read_baseline_json(const std::filesystem::path& path);

}  // namespace regsim::io
