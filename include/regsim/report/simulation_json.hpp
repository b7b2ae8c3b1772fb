// Monte Carlo summaries as JSON (schema "regsim.simulation/1", docs/json-schema.md).
#pragma once

#include <string>

#include "regsim/analysis/summary.hpp"
#include "regsim/schemas.hpp"

namespace regsim::report {

/// A simulation summary as a "regsim.simulation/1" document, pretty-printed with
/// `indent` spaces (-1: one line), ending with a newline. Fractions are rounded to six
/// decimals and day statistics to three, so that the text is stable and readable; the
/// same summary always gives the same bytes.
std::string render_simulation_json(const analysis::SimulationSummary& summary, int indent = 2);

}  // namespace regsim::report
