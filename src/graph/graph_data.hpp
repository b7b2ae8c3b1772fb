// Internal: the resolved adjacency of a pathway shared by the compiler, TaskGraph and CPM.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/error.hpp"
#include "regsim/graph/task_graph.hpp"
#include "regsim/model/pathway.hpp"
#include "support/id_index.hpp"

namespace regsim::graph::detail {

/// Compressed adjacency (offsets + arcs per direction), so that a 100,000-task graph is
/// a handful of flat vectors rather than a node per task.
struct GraphData {
  GraphData() = default;
  // `index` may view the strings of `owned_ids`: moving keeps them in place, copying
  // would not.
  GraphData(const GraphData&) = delete;
  GraphData& operator=(const GraphData&) = delete;
  GraphData(GraphData&&) = default;
  GraphData& operator=(GraphData&&) = default;

  /// Task ids in task order, copied only for a TaskGraph (which outlives its pathway).
  std::vector<std::string> owned_ids;
  /// id -> first task with it; views the pathway's ids, or `owned_ids`.
  support::IdIndex index;
  std::vector<std::size_t> successor_offsets;  ///< size tasks + 1
  std::vector<Arc> successor_arcs;
  std::vector<std::size_t> predecessor_offsets;  ///< size tasks + 1
  std::vector<Arc> predecessor_arcs;
  std::vector<std::size_t> order;  ///< topological; shorter than the task list on a cycle

  std::size_t size() const noexcept { return successor_offsets.size() - 1; }
  std::optional<std::size_t> find(std::string_view id) const;
  std::span<const Arc> successors(std::size_t task) const;
  std::span<const Arc> predecessors(std::size_t task) const;
};

/// Builds the graph of `pathway` from the dependencies whose ends exist and differ, and
/// appends every structural problem to `diagnostics`, grouped in this order, each group in
/// file order: duplicate_id, unknown_task (dependency ends, branch outcomes, deadline ends,
/// rework restarts), self_dependency, dependency_cycle, bad_rework_restart. With
/// `own_ids` the index views a copy of the ids, so the result may outlive the pathway.
GraphData analyse(const model::Pathway& pathway, std::vector<Diagnostic>& diagnostics,
                  bool own_ids = false);

/// Marks in `seen` (sized to the tasks, all 0 on entry) every task reachable from `from`
/// along successors (`forward`) or predecessors, `from` included. Not recursive.
void mark_reachable(const GraphData& graph, std::size_t from, bool forward,
                    std::vector<char>& seen);

/// Appends one `dependency_cycle` diagnostic per strongly connected group of two or more
/// tasks (cycles.cpp, the one user of Boost.Graph).
void report_cycles(const model::Pathway& pathway, const GraphData& graph,
                   std::vector<Diagnostic>& diagnostics);

}  // namespace regsim::graph::detail
