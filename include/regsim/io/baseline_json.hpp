// Baseline files: a saved timeline as versioned JSON (docs/json-schema.md, "Baseline").
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "regsim/sim/timeline.hpp"

namespace regsim::io {

/// The value of the file's "schema" key.
inline constexpr const char* baseline_schema = "regsim-baseline";
/// The schema version this regsim writes and reads.
inline constexpr int baseline_schema_version = 1;

/// The baseline JSON of `timeline` (UTF-8, two-space indent, a final newline): pathway,
/// scenario, start, finish, day counts and each task's dates, in pathway order.
std::string write_baseline_json(const sim::Timeline& timeline);

/// Parses baseline JSON; `file` names it in diagnostics. Throws InputError: `bad_json`
/// with the line and column of a syntax error; `bad_schema` for another schema or version;
/// `missing_key`, `wrong_type`, `bad_date` naming the JSON pointer of the bad value.
sim::Timeline parse_baseline_json(std::string_view text, const std::string& file);

/// Reads a baseline file (`file_not_found` when it does not exist).
sim::Timeline read_baseline_json(const std::filesystem::path& path);

}  // namespace regsim::io
