#include "regsim/graph/task_graph.hpp"

#include "graph_data.hpp"

namespace regsim::graph {

TaskGraph::TaskGraph(const model::Pathway& pathway) {
  std::vector<Diagnostic> diagnostics;
  auto data = std::make_shared<detail::GraphData>(detail::analyse(pathway, diagnostics, true));
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
  data_ = std::move(data);
}

std::size_t TaskGraph::size() const noexcept {
  return data_->size();
}

std::optional<std::size_t> TaskGraph::index_of(std::string_view task_id) const {
  return data_->find(task_id);
}

std::span<const Arc> TaskGraph::successors(std::size_t task) const {
  return data_->successors(task);
}

std::span<const Arc> TaskGraph::predecessors(std::size_t task) const {
  return data_->predecessors(task);
}

const std::vector<std::size_t>& TaskGraph::topological_order() const noexcept {
  return data_->order;
}

}  // namespace regsim::graph
