// Rework loops unrolled into task instances, and the instance graph laid out and ordered.
#include <string>

#include "compiler.hpp"
#include "topological.hpp"

namespace regsim::graph::detail {
namespace {

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

// The tasks of task t's rework loop, in file order: downstream of its restart and upstream
// of it. Each is marked as in a loop; one already in another loop is rework_overlap.
std::vector<std::int32_t> loop_chain(const model::Pathway& pathway, std::size_t t,
                                     const std::vector<char>& after_restart,
                                     const std::vector<char>& before_task,
                                     std::vector<char>& in_some_chain, CompiledPathway& out,
                                     std::vector<Diagnostic>& diagnostics) {
  const auto& task = pathway.tasks[t];
  std::vector<std::int32_t> chain;
  for (std::size_t c = 0; c < pathway.tasks.size(); ++c) {
    if (!after_restart[c] || !before_task[c]) continue;
    if (in_some_chain[c]) {
      diagnostics.push_back(Diagnostic{task.rework->where, Severity::error, "rework_overlap",
                                       "rework loop of " + quoted(task.id) + " shares task " +
                                           quoted(pathway.tasks[c].id) +
                                           " with another rework loop"});
    }
    in_some_chain[c] = 1;
    chain.push_back(static_cast<std::int32_t>(c));
    out.instances[c].loop_task = static_cast<std::int32_t>(t);
  }
  return chain;
}

// The edges inside a loop's chain, copied for every round: found once, not once a round.
std::vector<std::size_t> inner_edges(const std::vector<Edge>& edges,
                                     const std::vector<char>& after_restart,
                                     const std::vector<char>& before_task) {
  const std::size_t n = after_restart.size();
  std::vector<std::size_t> inner;
  for (std::size_t e = 0; e < edges.size(); ++e) {
    const Edge edge = edges[e];
    const auto from = static_cast<std::size_t>(edge.from);
    const auto to = static_cast<std::size_t>(edge.to);
    if (from < n && to < n && after_restart[from] && before_task[from] && after_restart[to] &&
        before_task[to]) {
      inner.push_back(e);
    }
  }
  return inner;
}

}  // namespace

void unroll_rework(const model::Pathway& pathway, const GraphData& graph, CompiledPathway& out,
                   std::vector<Edge>& edges, std::vector<Diagnostic>& diagnostics) {
  const std::size_t n = pathway.tasks.size();
  for (std::size_t i = 0; i < n; ++i) {
    out.instances.push_back(Instance{static_cast<std::int32_t>(i), 1, -1, -1});
  }
  std::vector<char> in_some_chain(n, 0);
  std::vector<char> after_restart(n), before_task(n);
  for (std::size_t t = 0; t < n; ++t) {
    const auto& task = pathway.tasks[t];
    if (!task.rework || out.tasks[t].max_rounds == 0) continue;
    const auto looping = static_cast<std::int32_t>(t);
    // A sound graph resolves every restart to a task upstream of this one.
    const std::size_t restart_task =
        task.rework->restart.empty() ? t : graph.find(task.rework->restart).value_or(t);
    const auto restart = static_cast<std::int32_t>(restart_task);
    after_restart.assign(n, 0);
    before_task.assign(n, 0);
    mark_reachable(graph, restart_task, true, after_restart);
    mark_reachable(graph, t, false, before_task);
    const std::vector<std::int32_t> chain =
        loop_chain(pathway, t, after_restart, before_task, in_some_chain, out, diagnostics);
    std::vector<std::int32_t> copy_of(n, -1);
    const std::size_t original_edges = edges.size();
    const std::vector<std::size_t> inner = inner_edges(edges, after_restart, before_task);
    const auto rounds = static_cast<std::size_t>(out.tasks[t].max_rounds);
    if (out.instances.size() + rounds * chain.size() > max_instances ||
        edges.size() + rounds * (inner.size() + 1) > max_instance_edges) {
      diagnostics.push_back(Diagnostic{
          task.rework->where, Severity::error, "too_many_rounds",
          "the rework rounds of " + quoted(task.id) + " (" + std::to_string(rounds) + " x " +
              std::to_string(chain.size()) + " tasks) would take the pathway past " +
              std::to_string(max_instances) + " task runs or " +
              std::to_string(max_instance_edges) + " dependencies between them (the limits)"});
      return;
    }
    std::int32_t previous_last = looping;
    for (std::int32_t round = 2; round <= out.tasks[t].max_rounds + 1; ++round) {
      for (std::int32_t c : chain) {
        copy_of[static_cast<std::size_t>(c)] = static_cast<std::int32_t>(out.instances.size());
        out.instances.push_back(Instance{c, round, c == restart ? looping : -1, looping});
      }
      for (const std::size_t e : inner) {
        const Edge edge = edges[e];
        edges.push_back(Edge{copy_of[static_cast<std::size_t>(edge.from)],
                             copy_of[static_cast<std::size_t>(edge.to)], edge.type, edge.lag});
      }
      edges.push_back(
          Edge{previous_last, copy_of[restart_task], model::DependencyType::finish_to_start, {}});
      previous_last = copy_of[t];
    }
    // Successors outside the loop wait for the last round.
    for (std::size_t e = 0; e < original_edges; ++e) {
      Edge& edge = edges[e];
      const bool to_chain = edge.to < static_cast<std::int32_t>(n) &&
                            after_restart[static_cast<std::size_t>(edge.to)] &&
                            before_task[static_cast<std::size_t>(edge.to)];
      if (edge.from == looping && !to_chain) edge.from = previous_last;
    }
  }
}

void build_instance_graph(const std::vector<Edge>& edges, CompiledPathway& out) {
  const std::size_t count = out.instances.size();
  out.in_begin.assign(count + 1, 0);
  out.out_begin.assign(count + 1, 0);
  for (const auto& edge : edges) {
    ++out.in_begin[static_cast<std::size_t>(edge.to) + 1];
    ++out.out_begin[static_cast<std::size_t>(edge.from) + 1];
  }
  for (std::size_t i = 0; i < count; ++i) {
    out.in_begin[i + 1] += out.in_begin[i];
    out.out_begin[i + 1] += out.out_begin[i];
  }
  out.in_links.resize(edges.size());
  out.out_links.resize(edges.size());
  std::vector<std::int32_t> in_fill(out.in_begin.begin(), out.in_begin.end() - 1);
  std::vector<std::int32_t> out_fill(out.out_begin.begin(), out.out_begin.end() - 1);
  for (const auto& edge : edges) {
    out.in_links[static_cast<std::size_t>(in_fill[static_cast<std::size_t>(edge.to)]++)] =
        Link{edge.from, edge.type, edge.lag};
    out.out_links[static_cast<std::size_t>(out_fill[static_cast<std::size_t>(edge.from)]++)] =
        edge.to;
  }
  const auto in_degree = [&](std::size_t i) { return out.in_begin[i + 1] - out.in_begin[i]; };
  out.sources.clear();
  for (std::size_t i = 0; i < count; ++i) {
    if (in_degree(i) == 0) out.sources.push_back(static_cast<std::int32_t>(i));
  }
  out.topological =
      kahn_order<std::int32_t>(count, in_degree, [&](std::int32_t instance, const auto& visit) {
        const auto i = static_cast<std::size_t>(instance);
        for (auto k = out.out_begin[i]; k < out.out_begin[i + 1]; ++k)
          visit(out.out_links[static_cast<std::size_t>(k)]);
      });
}

}  // namespace regsim::graph::detail
