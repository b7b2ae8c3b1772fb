// Internal: the resolved adjacency of a pathway shared by validation, TaskGraph and CPM.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "regsim/error.hpp"
#include "regsim/graph/task_graph.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::graph::detail {

/// Compressed adjacency (offsets + arcs per direction), so that a 100,000-task graph is
/// a handful of flat vectors rather than a node per task.
struct GraphData {
  GraphData() = default;
  // `index` views the strings of `ids`: moving keeps them in place, copying would not.
  GraphData(const GraphData&) = delete;
  GraphData& operator=(const GraphData&) = delete;
  GraphData(GraphData&&) = default;
  GraphData& operator=(GraphData&&) = default;

  std::vector<std::string> ids;                             ///< task ids in task order
  std::unordered_map<std::string_view, std::size_t> index;  ///< id -> first task with it
  std::vector<std::size_t> successor_offsets;               ///< size tasks + 1
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
/// appends every structural problem to `diagnostics` (see graph::validate()).
GraphData analyse(const model::Pathway& pathway, std::vector<Diagnostic>& diagnostics);

/// Appends one `dependency_cycle` diagnostic per strongly connected group of two or more
/// tasks (cycles.cpp, the one user of Boost.Graph).
void report_cycles(const model::Pathway& pathway, const GraphData& graph,
                   std::vector<Diagnostic>& diagnostics);

}  // namespace regsim::graph::detail
