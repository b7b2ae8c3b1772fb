// Kahn's algorithm, the one topological sort of the project (internal): the task graph
// (graph_data.cpp) and the unrolled instance graph (rework.cpp) both order with it.
#pragma once

#include <cstddef>
#include <vector>

namespace regsim::graph::detail {

/// Every node of 0..n-1 once, each after all of its predecessors: first the nodes
/// without predecessors in index order, then each node as soon as its last predecessor
/// is placed (a first-in first-out queue). Shorter than n when the graph has a cycle.
/// `in_degree(i)` counts the arcs entering node i; `for_each_successor(i, visit)` calls
/// visit(j) once per arc from i to j. Linear in nodes plus arcs; not recursive.
template <class Node, class InDegree, class ForEachSuccessor>
std::vector<Node> kahn_order(std::size_t n, InDegree in_degree,
                             ForEachSuccessor for_each_successor) {
  std::vector<std::size_t> waiting(n);
  std::vector<Node> order;
  order.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    waiting[i] = static_cast<std::size_t>(in_degree(i));
    if (waiting[i] == 0) order.push_back(static_cast<Node>(i));
  }
  // `order` doubles as the queue: entries before `head` are placed and expanded.
  for (std::size_t head = 0; head < order.size(); ++head) {
    for_each_successor(order[head], [&](Node next) {
      if (--waiting[static_cast<std::size_t>(next)] == 0) order.push_back(next);
    });
  }
  return order;
}

}  // namespace regsim::graph::detail
