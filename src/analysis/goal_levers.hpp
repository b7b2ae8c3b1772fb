// Goal levers on a grid: what each grid point means, costs, and does to a pathway.
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/goal_seek.hpp"
#include "regsim/model/goal.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::analysis::detail {

/// Grid points of a lever: 0 is its slow (free) end, steps() its fast end.
int steps(const model::GoalLever& lever);
/// The lever's value at grid point `k` (capacity, units shortened, factor, probability, days).
double lever_value(const model::GoalLever& lever, int k);
/// What the lever costs at grid point `k` (docs/goals.md, "Costs"); increasing in k.
double lever_cost(const model::GoalLever& lever, int k);
/// "reviewers" for a pool; "shorten(review)", "scale(review)", "rework(review)",
/// "probability(branch/outcome)", "arrivals(interval)" for the others.
std::string lever_id(const model::GoalLever& lever);
/// The pathway with every lever at its grid point, each applied to `base` as read.
model::Pathway with_levers(const model::Pathway& base, const model::Goal& goal,
                           const std::vector<int>& points);
/// The answer's row for a lever at `k`.
LeverSetting setting(const model::GoalLever& lever, int k);
/// Every lever's names and forms against the pathway, as diagnostics.
void check_levers(const model::Goal& goal, const model::Pathway& pathway,
                  std::vector<Diagnostic>& diagnostics);

}  // namespace regsim::analysis::detail
