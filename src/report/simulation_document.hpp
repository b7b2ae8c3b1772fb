// Internal: the simulation document, written into another document (a comparison with
// Monte Carlo runs embeds one per side).
#pragma once

#include "json_writer.hpp"
#include "regsim/analysis/summary.hpp"

namespace regsim::report::detail {

/// Writes `summary` as a whole "regsim.simulation/1" object at the writer's position.
void write_simulation_document(JsonWriter& out, const analysis::SimulationSummary& summary);

}  // namespace regsim::report::detail
