// Measuring a goal's targets in one evaluation: a schedule, a Monte Carlo run or a
// portfolio Monte Carlo, each target with its 95% interval.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "regsim/analysis/goal_seek.hpp"

namespace regsim::analysis::detail {

/// The target as docs/goals.md writes it: "p80 of done <= 120d".
std::string expression(const model::GoalTarget& target);
/// Every target of `goal` measured on `pathway` with `seed`.
std::vector<TargetMeasure> measure_goal(const model::Pathway& pathway, const model::Goal& goal,
                                        std::uint64_t seed, const GoalOptions& options);
/// Whether every measure met its target.
bool all_met(const std::vector<TargetMeasure>& measures);

}  // namespace regsim::analysis::detail
