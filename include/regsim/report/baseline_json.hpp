// Baseline files: a saved timeline as versioned JSON (docs/json-schema.md, "Baseline").
#pragma once

#include <string>

#include "regsim/schemas.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report {

/// The baseline JSON of `timeline` (UTF-8, two-space indent, a final newline): pathway,
/// scenario, start, finish, day counts and each task's dates, in pathway order. Read it
/// back with io::read_baseline_json.
std::string render_baseline_json(const sim::Timeline& timeline);

}  // namespace regsim::report
