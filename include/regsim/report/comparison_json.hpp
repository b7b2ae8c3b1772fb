// The comparison as JSON: schema "regsim.compare/1" (docs/json-schema.md).
#pragma once

#include <string>

#include "regsim/analysis/comparison.hpp"
#include "regsim/schemas.hpp"

namespace regsim::report {

/// A "regsim.compare/1" document: the baseline and, per scenario, its milestone deltas,
/// task deltas and deadline results; with `timelines`, each side's whole timeline as a
/// "regsim.timeline/1" document under "timeline". Pretty-printed with two spaces, ending
/// with a newline.
std::string render_comparison_json(const analysis::Comparison& comparison, bool timelines = true);

}  // namespace regsim::report
