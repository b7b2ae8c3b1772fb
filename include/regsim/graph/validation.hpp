// validate(): every problem of a pathway and of each of its scenarios, as diagnostics.
#pragma once

#include <vector>

#include "regsim/error.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::graph {

/// Every problem of the pathway, none omitted, each at the location of the entry that
/// causes it: `regsim validate`, the bad-input cases and the fuzz target all call this.
/// The baseline and then each scenario overlay (model::scenario_ids order) is applied
/// (graph::apply_scenario, whose overlay diagnostics are kept) and compiled
/// (compile_checked(), see graph/compiled_pathway.hpp). The structural checks come
/// first, grouped in this order, each group in file order:
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
/// A problem the baseline has is reported once; one only a scenario has names it
/// ("(scenario 'x')" unless the message does). Empty: the pathway and every scenario
/// can be scheduled. Linear in tasks plus dependencies per scenario (plus one bounded
/// search per rework).
std::vector<Diagnostic> validate(const model::Pathway& pathway);

}  // namespace regsim::graph
