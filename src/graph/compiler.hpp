// Internal: the steps of graph::compile that turn the checked task graph into instances.
#pragma once

#include <cstdint>
#include <vector>

#include "graph_data.hpp"
#include "regsim/graph/compiled_pathway.hpp"

namespace regsim::graph::detail {

/// A dependency between two task instances, before the instance graph is laid out.
struct Edge {
  std::int32_t from = 0, to = 0;
  model::DependencyType type = model::DependencyType::finish_to_start;
  calendar::Duration lag;
};

/// Adds round 1 of every task to `out.instances`, then for each task with a rework loop
/// (out.tasks[t].max_rounds > 0) the instances of rounds 2.. of the chain from its restart
/// task to it, the edges inside each round and from one round to the next; successors
/// outside the loop then wait for the last round. `edges` holds the task graph's edges on
/// entry (in dependency order) and every instance edge on return. Appends rework_overlap
/// when two loops share a task. `graph` must be sound (no cycle, every restart upstream).
void unroll_rework(const model::Pathway& pathway, const GraphData& graph, CompiledPathway& out,
                   std::vector<Edge>& edges, std::vector<Diagnostic>& diagnostics);

/// Lays `edges` out as the CSR arrays of `out` and orders the instances (kahn_order).
void build_instance_graph(const std::vector<Edge>& edges, CompiledPathway& out);

}  // namespace regsim::graph::detail
