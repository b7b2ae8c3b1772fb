#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include "graph_data.hpp"

namespace regsim::graph::detail {
namespace {

// A loop of thousands of tasks would make an unreadable message: keep its ends.
constexpr std::size_t max_printed = 30;

std::string describe(const model::Pathway& pathway, const std::vector<std::size_t>& loop) {
  std::string text;
  const auto append = [&](std::size_t task) {
    if (!text.empty()) text += " -> ";
    text += pathway.tasks[task].id;
  };
  if (loop.size() <= max_printed) {
    for (const std::size_t task : loop)
      append(task);
  } else {
    for (std::size_t i = 0; i < max_printed - 5; ++i)
      append(loop[i]);
    text += " -> ... (" + std::to_string(loop.size() - max_printed) + " more) ...";
    for (std::size_t i = loop.size() - 5; i < loop.size(); ++i)
      append(loop[i]);
  }
  append(loop.front());
  return text;
}

}  // namespace

void report_cycles(const model::Pathway& pathway, const GraphData& graph,
                   std::vector<Diagnostic>& diagnostics) {
  using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  const std::size_t n = graph.size();
  BoostGraph boost_graph(n);
  for (std::size_t task = 0; task < n; ++task) {
    for (const Arc& arc : graph.successors(task))
      boost::add_edge(task, arc.task, boost_graph);
  }
  // Tarjan's algorithm; Boost's depth-first search keeps its own stack, not the call stack.
  std::vector<std::size_t> component(n);
  const std::size_t components = boost::strong_components(
      boost_graph, boost::make_iterator_property_map(component.begin(),
                                                     boost::get(boost::vertex_index, boost_graph)));
  std::vector<std::size_t> members(components, 0);
  for (const std::size_t c : component)
    ++members[c];

  // For each cyclic group, a shortest loop through its first task in file order:
  // breadth-first search inside the group until an arc returns to that task.
  std::vector<char> reported(components, 0);
  std::vector<std::size_t> parent_arc_from(n);
  std::vector<std::size_t> parent_dependency(n);
  std::vector<char> seen(n, 0);
  std::vector<std::size_t> queue;
  for (std::size_t first = 0; first < n; ++first) {
    const std::size_t group = component[first];
    if (members[group] < 2 || reported[group]) continue;
    reported[group] = 1;
    queue.assign(1, first);
    seen[first] = 1;
    std::optional<std::pair<std::size_t, std::size_t>> closing;  // (last task, dependency)
    for (std::size_t head = 0; head < queue.size() && !closing; ++head) {
      const std::size_t task = queue[head];
      for (const Arc& arc : graph.successors(task)) {
        if (component[arc.task] != group) continue;
        if (arc.task == first) {
          closing.emplace(task, arc.dependency);
          break;
        }
        if (seen[arc.task]) continue;
        seen[arc.task] = 1;
        parent_arc_from[arc.task] = task;
        parent_dependency[arc.task] = arc.dependency;
        queue.push_back(arc.task);
      }
    }
    if (!closing) continue;  // cannot happen in a strongly connected group
    std::vector<std::size_t> loop;
    std::size_t first_dependency = closing->second;
    for (std::size_t task = closing->first; task != first; task = parent_arc_from[task]) {
      loop.push_back(task);
      first_dependency = parent_dependency[task];
    }
    loop.push_back(first);
    std::reverse(loop.begin(), loop.end());
    diagnostics.push_back(Diagnostic{
        pathway.dependencies[first_dependency].where, Severity::error, "dependency_cycle",
        "tasks depend on each other in a loop: " + describe(pathway, loop)});
  }
}

}  // namespace regsim::graph::detail
