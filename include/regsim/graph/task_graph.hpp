// The dependency graph of a pathway: tasks indexed by position, dependencies as arcs.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "regsim/model/pathway.hpp"

namespace regsim::graph {

/// One dependency seen from one of its ends.
struct Arc {
  std::size_t task = 0;        ///< index in `pathway.tasks` of the task at the other end
  std::size_t dependency = 0;  ///< index in `pathway.dependencies`

  friend bool operator==(const Arc&, const Arc&) = default;
};

namespace detail {
struct GraphData;
}

/// A pathway's dependencies resolved to task indices (positions in `pathway.tasks`),
/// checked and topologically sorted. Build it once per pathway, after apply_scenario();
/// it keeps no reference to the pathway and copies share the (immutable) data.
/// Construction and every query are linear in tasks plus dependencies at most;
/// nothing is recursive, so graphs of any depth work.
class TaskGraph {
 public:
  /// Throws InputError carrying every problem graph::validate() reports (dangling
  /// references, self dependencies, duplicate task ids, dependency cycles, ...).
  explicit TaskGraph(const model::Pathway& pathway);

  /// Number of tasks.
  std::size_t size() const noexcept;
  /// The index of the task with this id, or nullopt.
  std::optional<std::size_t> index_of(std::string_view task_id) const;
  /// Dependencies leaving `task` (it is their `from`), in the pathway's dependency order.
  std::span<const Arc> successors(std::size_t task) const;
  /// Dependencies entering `task` (it is their `to`), in the pathway's dependency order.
  std::span<const Arc> predecessors(std::size_t task) const;
  /// Every task index once, each after all of its predecessors. Kahn's algorithm with a
  /// first-in first-out queue: first the tasks without predecessors in file order, then
  /// each task as soon as its last predecessor is placed. Deterministic for a given file.
  const std::vector<std::size_t>& topological_order() const noexcept;

 private:
  std::shared_ptr<const detail::GraphData> data_;
};

}  // namespace regsim::graph
