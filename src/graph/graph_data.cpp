#include "graph_data.hpp"

#include <algorithm>
#include <cstdint>

#include "support/suggest.hpp"
#include "topological.hpp"

namespace regsim::graph::detail {
namespace {

constexpr std::size_t max_suggestions = 50;

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

Diagnostic error(const SourceLocation& where, std::string id, std::string message) {
  return Diagnostic{where, Severity::error, std::move(id), std::move(message)};
}

// Where a rework is reported: its own entry when the reader recorded one, else the task.
const SourceLocation& rework_location(const model::Task& task) {
  return task.rework && task.rework->where.line > 0 ? task.rework->where : task.where;
}

void index_ids(const model::Pathway& pathway, bool own_ids, GraphData& graph,
               std::vector<Diagnostic>& duplicates) {
  if (own_ids) {
    graph.owned_ids.reserve(pathway.tasks.size());
    for (const auto& task : pathway.tasks)
      graph.owned_ids.push_back(task.id);
  }
  graph.index = support::IdIndex(pathway.tasks.size());
  for (std::size_t i = 0; i < pathway.tasks.size(); ++i) {
    const auto& task = pathway.tasks[i];
    const std::string_view id = own_ids ? std::string_view(graph.owned_ids[i]) : task.id;
    // The first definition of an id keeps it: references resolve to that task.
    if (graph.index.insert(id, static_cast<std::int32_t>(i)).second) continue;
    duplicates.push_back(error(task.where, "duplicate_id",
                               "task id " + quoted(task.id) + " is used by more than one task"));
  }
}

// Counting sort of the arcs by task: each task's arcs stay in dependency order.
void build_csr(std::size_t tasks, const std::vector<std::pair<std::size_t, Arc>>& arcs,
               std::vector<std::size_t>& offsets, std::vector<Arc>& sorted) {
  offsets.assign(tasks + 1, 0);
  for (const auto& [owner, arc] : arcs)
    ++offsets[owner + 1];
  for (std::size_t i = 0; i < tasks; ++i)
    offsets[i + 1] += offsets[i];
  sorted.resize(arcs.size());
  std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
  for (const auto& [owner, arc] : arcs)
    sorted[next[owner]++] = arc;
}

// Whether some dependency path leads from `from` to `to`: a backward breadth-first
// search from `to` that stops as soon as it meets `from`, so a restart a few steps
// upstream costs a few steps even in a huge graph.
bool reaches(const GraphData& graph, std::size_t from, std::size_t to,
             std::vector<std::uint32_t>& seen, std::uint32_t stamp,
             std::vector<std::size_t>& queue) {
  queue.assign(1, to);
  seen[to] = stamp;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    for (const Arc& arc : graph.predecessors(queue[head])) {
      if (arc.task == from) return true;
      if (seen[arc.task] == stamp) continue;
      seen[arc.task] = stamp;
      queue.push_back(arc.task);
    }
  }
  return false;
}

// Resolves task ids to positions, collecting an unknown_task diagnostic for each id that
// names no task; `describe` names the referring entry and only runs when there is
// something to report.
class Resolver {
 public:
  Resolver(const model::Pathway& pathway, const GraphData& graph)
      : pathway_(pathway), graph_(graph) {}

  template <class Describe>
  std::optional<std::size_t> operator()(const std::string& id, const SourceLocation& where,
                                        const Describe& describe) {
    const auto index = graph_.find(id);
    if (!index) {
      std::string message = describe() + " names task " + quoted(id) + ", which does not exist";
      // Suggestions cost a scan of every id: plenty for the first problems of a file.
      if (unknown.size() < max_suggestions) {
        if (known_ids_.empty()) {
          known_ids_.reserve(pathway_.tasks.size());
          for (const auto& task : pathway_.tasks)
            known_ids_.push_back(task.id);
        }
        message += support::did_you_mean(id, known_ids_);
      }
      unknown.push_back(error(where, "unknown_task", std::move(message)));
    }
    return index;
  }

  std::vector<Diagnostic> unknown;

 private:
  const model::Pathway& pathway_;
  const GraphData& graph_;
  // Only a misspelt name needs the list of every id, for the suggestion.
  std::vector<std::string_view> known_ids_;
};

// The arcs of the dependencies whose ends resolve (self dependencies reported, not linked).
void link_dependencies(const model::Pathway& pathway, Resolver& resolve, GraphData& graph,
                       std::vector<Diagnostic>& self) {
  std::vector<std::pair<std::size_t, Arc>> out;
  std::vector<std::pair<std::size_t, Arc>> in;
  out.reserve(pathway.dependencies.size());
  in.reserve(pathway.dependencies.size());
  for (std::size_t d = 0; d < pathway.dependencies.size(); ++d) {
    const auto& dependency = pathway.dependencies[d];
    const auto what = [&] {
      return "dependency " + quoted(dependency.from + " -> " + dependency.to);
    };
    const auto from = resolve(dependency.from, dependency.where, what);
    const auto to = resolve(dependency.to, dependency.where, what);
    if (!from || !to) continue;
    if (*from == *to) {
      self.push_back(error(dependency.where, "self_dependency",
                           "task " + quoted(dependency.from) + " depends on itself"));
      continue;
    }
    out.emplace_back(*from, Arc{*to, d});
    in.emplace_back(*to, Arc{*from, d});
  }
  const std::size_t n = pathway.tasks.size();
  build_csr(n, out, graph.successor_offsets, graph.successor_arcs);
  build_csr(n, in, graph.predecessor_offsets, graph.predecessor_arcs);
}

// The task references that are not arcs: branch outcomes, deadline ends, rework restarts.
void resolve_other_references(const model::Pathway& pathway, Resolver& resolve) {
  for (const auto& branch : pathway.branches) {
    for (const auto& outcome : branch.outcomes) {
      resolve(outcome.task, branch.where, [&] { return "branch " + quoted(branch.id); });
    }
  }
  for (const auto& deadline : pathway.deadlines) {
    resolve(deadline.from, deadline.where,
            [&] { return "deadline " + quoted(deadline.id) + " (from)"; });
    resolve(deadline.to, deadline.where,
            [&] { return "deadline " + quoted(deadline.id) + " (to)"; });
  }
  for (const auto& task : pathway.tasks) {
    if (task.rework && !task.rework->restart.empty()) {
      resolve(task.rework->restart, rework_location(task),
              [&] { return "the rework of task " + quoted(task.id); });
    }
  }
}

// A rework restart must lie upstream of its task: some dependency path leads from it.
void check_rework_restarts(const model::Pathway& pathway, const GraphData& graph,
                           std::vector<Diagnostic>& diagnostics) {
  const std::size_t n = pathway.tasks.size();
  std::vector<std::uint32_t> seen(n, 0);
  std::vector<std::size_t> queue;
  std::uint32_t stamp = 0;
  for (std::size_t t = 0; t < n; ++t) {
    const auto& task = pathway.tasks[t];
    if (!task.rework || task.rework->restart.empty() || task.rework->restart == task.id) continue;
    const auto restart = graph.find(task.rework->restart);
    if (!restart || *restart == t) continue;
    if (!reaches(graph, *restart, t, seen, ++stamp, queue)) {
      diagnostics.push_back(error(
          rework_location(task), "bad_rework_restart",
          "the rework of task " + quoted(task.id) + " restarts at " + quoted(task.rework->restart) +
              ", from which no dependency path leads to " + quoted(task.id)));
    }
  }
}

}  // namespace

std::optional<std::size_t> GraphData::find(std::string_view id) const {
  const std::int32_t found = index.find(id);
  if (found < 0) return std::nullopt;
  return static_cast<std::size_t>(found);
}

std::span<const Arc> GraphData::successors(std::size_t task) const {
  return {successor_arcs.data() + successor_offsets[task],
          successor_offsets[task + 1] - successor_offsets[task]};
}

std::span<const Arc> GraphData::predecessors(std::size_t task) const {
  return {predecessor_arcs.data() + predecessor_offsets[task],
          predecessor_offsets[task + 1] - predecessor_offsets[task]};
}

void mark_reachable(const GraphData& graph, std::size_t from, bool forward,
                    std::vector<char>& seen) {
  std::vector<std::size_t> stack{from};
  seen[from] = 1;
  while (!stack.empty()) {
    const std::size_t task = stack.back();
    stack.pop_back();
    for (const Arc& arc : forward ? graph.successors(task) : graph.predecessors(task)) {
      if (seen[arc.task]) continue;
      seen[arc.task] = 1;
      stack.push_back(arc.task);
    }
  }
}

GraphData analyse(const model::Pathway& pathway, std::vector<Diagnostic>& diagnostics,
                  bool own_ids) {
  GraphData graph;
  std::vector<Diagnostic> duplicates;
  std::vector<Diagnostic> self;
  index_ids(pathway, own_ids, graph, duplicates);
  Resolver resolve(pathway, graph);
  link_dependencies(pathway, resolve, graph, self);
  resolve_other_references(pathway, resolve);
  const std::size_t n = pathway.tasks.size();
  graph.order = kahn_order<std::size_t>(
      n, [&](std::size_t task) { return graph.predecessors(task).size(); },
      [&](std::size_t task, const auto& visit) {
        for (const Arc& arc : graph.successors(task))
          visit(arc.task);
      });
  diagnostics.insert(diagnostics.end(), duplicates.begin(), duplicates.end());
  diagnostics.insert(diagnostics.end(), resolve.unknown.begin(), resolve.unknown.end());
  diagnostics.insert(diagnostics.end(), self.begin(), self.end());
  if (graph.order.size() < n) report_cycles(pathway, graph, diagnostics);
  check_rework_restarts(pathway, graph, diagnostics);
  return graph;
}

}  // namespace regsim::graph::detail
