// Applying a scenario: the overlays of its extends chain laid on a pathway, checked.
#pragma once

#include <string_view>
#include <vector>

#include "regsim/model/pathway.hpp"
#include "regsim/model/scenario.hpp"

namespace regsim::graph {

/// The pathway with scenario `scenario_id` applied (following `extends`), scenarios
/// cleared and `scenario` set. "baseline" (or empty) returns the pathway unchanged.
/// Throws InputError (unknown_scenario, scenario_cycle, unknown_task, ...) naming the
/// overlay's location when the overlay does not fit the pathway. Calendars named by the
/// overlay must already be loaded into the pathway (io does this). It lives in graph, beside the
/// compiler, because the problems an overlay can cause (unknown tasks, pools, sittings, needs above
/// capacity) are graph checks, raised only here.
model::Pathway apply_scenario(const model::Pathway& pathway, std::string_view scenario_id);
/// The same, reusing the pathway's memory: no copy of its tasks (use it when the pathway
/// is not needed afterwards, as for the last scenario of a comparison).
model::Pathway apply_scenario(model::Pathway&& pathway, std::string_view scenario_id);
/// The same with the overlays kept apart (the pathway's own are dropped), so that several
/// scenarios of one file can each start from a copy of the pathway without its overlays.
model::Pathway apply_scenario(model::Pathway&& pathway,
                              const std::vector<model::Scenario>& overlays,
                              std::string_view scenario_id);

}  // namespace regsim::graph
