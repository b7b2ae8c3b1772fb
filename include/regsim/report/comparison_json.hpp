// The comparison as JSON: schema "regsim.compare/1" (docs/json-schema.md).
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/schemas.hpp"

namespace regsim::report {

/// A "regsim.compare/1" document: the baseline and, per scenario, its milestone deltas,
/// task deltas and deadline results; with `timelines`, each side's whole timeline as a
/// "regsim.timeline/1" document under "timeline"; with `monte_carlo` (one summary per side,
/// the baseline's first: `compare --runs`), each side's "regsim.simulation/1" document
/// under "monte_carlo". Pretty-printed with two spaces, ending with a newline.
std::string render_comparison_json(
    const analysis::Comparison& comparison, bool timelines = true,
    const std::vector<analysis::SimulationSummary>& monte_carlo = {});

}  // namespace regsim::report
