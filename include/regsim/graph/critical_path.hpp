// The critical path method over a pathway's task graph, in the tasks' own time units.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "regsim/graph/task_graph.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::graph {

/// Early and late dates of one task and its floats. Times are abstract units counted
/// from the pathway's start (time 0): each task's duration amount and each lag amount
/// are added as they are written, whatever their unit (see docs/design.md, "Graph and
/// critical path": exact when the pathway uses one unit, structural otherwise).
struct TaskTimes {
  std::int64_t duration = 0;
  std::int64_t earliest_start = 0;
  std::int64_t earliest_finish = 0;
  std::int64_t latest_start = 0;
  std::int64_t latest_finish = 0;
  /// How far the task can slip without moving the end of the pathway (latest - earliest).
  std::int64_t total_float = 0;
  /// How far it can slip without moving any successor's earliest dates (nor the end).
  std::int64_t free_float = 0;
  /// Total float 0.
  bool critical = false;

  friend bool operator==(const TaskTimes&, const TaskTimes&) = default;
};

/// The result of the critical path method.
struct CriticalPath {
  std::vector<TaskTimes> tasks;  ///< indexed like `pathway.tasks`
  std::int64_t length = 0;       ///< the largest earliest finish (0 for no tasks)
  /// One chain of critical tasks from a task driven only by the start to a task that
  /// finishes at `length`, following at each step the predecessor whose dependency set
  /// the earliest start (the first such dependency in file order; a predecessor wins a
  /// tie with the start). Task indices, first to last.
  std::vector<std::size_t> path;
};

/// The durations the default critical path uses, one per task: the deterministic
/// amount (model::deterministic_duration), or 0 for a task that does not happen in
/// deterministic mode (probability below 0.5, which includes tasks a scenario skips,
/// and branch outcomes other than the most probable one, the first listed on a tie).
std::vector<std::int64_t> deterministic_amounts(const model::Pathway& pathway);

/// The critical path method with the given task durations (one per task, each >= 0).
/// Forward pass in topological order, for each dependency from i to j with lag L:
/// FS: ES(j) >= EF(i) + L; SS: ES(j) >= ES(i) + L; FF: EF(j) >= EF(i) + L;
/// SF: EF(j) >= ES(i) + L; and no task starts before 0. The backward pass mirrors it
/// with every task finishing by `length`. Rework rounds and committee sittings are not
/// modelled here (the scheduler dates those). Throws regsim::Error when `durations` has
/// the wrong size or a negative entry. Linear in tasks plus dependencies.
CriticalPath critical_path(const model::Pathway& pathway, const TaskGraph& graph,
                           std::span<const std::int64_t> durations);

/// critical_path(pathway, TaskGraph(pathway), deterministic_amounts(pathway)).
/// Throws InputError when the graph is not sound (see validate()).
CriticalPath critical_path(const model::Pathway& pathway);

}  // namespace regsim::graph
