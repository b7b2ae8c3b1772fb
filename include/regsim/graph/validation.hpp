// Structural checks of a pathway's task graph, collected as diagnostics.
#pragma once

#include <vector>

#include "regsim/error.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::graph {

/// Every structural problem of the pathway, none omitted, each at the location of the
/// entry that causes it:
/// - `duplicate_id`: two tasks with one id (at the second);
/// - `unknown_task`: a dependency end, branch outcome, deadline end or rework `restart`
///   that names no task (with "did you mean" and the closest id when one is close);
/// - `self_dependency`: a dependency from a task to itself;
/// - `dependency_cycle`: tasks that depend on each other in a loop, one diagnostic per
///   strongly connected group, printed as the path of task ids `a -> b -> c -> a` (a
///   shortest loop through the group's first task in file order) at the location of the
///   loop's first dependency;
/// - `bad_rework_restart`: a rework `restart` task from which no dependency path leads
///   to the reworked task.
/// Diagnostics come grouped in that order, each group in file order. Empty: the graph
/// is sound. Linear in tasks plus dependencies (plus one bounded search per rework).
std::vector<Diagnostic> validate(const model::Pathway& pathway);

}  // namespace regsim::graph
