// The time-cost trade-off of deterministic targets as a mixed-integer programme, solved by
// GLPK: the least-cost grid points of duration levers that bring the milestones within
// their bounds over the pathway's precedence constraints.
#pragma once

#include <optional>
#include <vector>

#include "regsim/model/goal.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::analysis::detail {

/// Whether every target is deterministic and every lever shortens or scales a duration:
/// the goals the MIP models.
bool time_cost_applies(const model::Goal& goal);

/// The MIP over `timeline` (the schedule with every lever at its free end) of `pathway`
/// (as read, before the levers): a start and a finish variable per task, finish - start
/// at least the scheduled span less what the levers on the task take off (in calendar
/// days: a working day counts 7/5, a week 7, a month 30.44), each dependency with its lag,
/// the targets' milestones finishing within `bounds` (days, one per target), the levers'
/// grid points as integer variables, the cost per grid point minimised. The least-cost
/// points, or nullopt when the MIP has no solution (GLPK_OPT not reached).
std::optional<std::vector<int>> solve_time_cost(const model::Pathway& pathway,
                                                const sim::Timeline& timeline,
                                                const model::Goal& goal,
                                                const std::vector<double>& bounds);

}  // namespace regsim::analysis::detail
