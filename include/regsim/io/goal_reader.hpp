// Reading goal files (YAML, docs/goals.md) into model::Goal, with file:line:col diagnostics.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/goal.hpp"

namespace regsim::io {

/// Reads the goal file at `path` under the reader policy of every file kind (size limit,
/// text checks, duplicate keys, positions) and collects every problem the file alone
/// shows before failing: unknown_key, missing_key, wrong_type, bad_value (a percentile
/// outside 1..99, a probability outside (0, 1], a range whose low end is above its high
/// end or below 1, a negative cost), bad_duration (a bound not in calendar days),
/// missing_key (no target, no lever). Throws InputError. Milestone and pool names are kept
/// as written: analysis::check_goal checks them against the pathway.
model::Goal read_goal(const std::filesystem::path& path, const ReadLimits& limits = {});

/// Parses goal YAML held in memory; `file` names it in diagnostics.
model::Goal parse_goal(std::string_view text, const std::string& file,
                       const ReadLimits& limits = {});

}  // namespace regsim::io
