#include "compiled_pathway.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "regsim/error.hpp"
#include "regsim/model/distribution.hpp"
#include "support/id_index.hpp"

namespace regsim::sim::detail {
namespace {

const calendar::Date engine_epoch(1970, 1, 1);

struct Edge {
  std::int32_t from = 0, to = 0;
  model::DependencyType type = model::DependencyType::finish_to_start;
  calendar::Duration lag;
};

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

// The most likely number of extra rounds: round k has probability p^k (1 - p) below the
// limit and p^max at it; the smallest k wins a tie.
std::int32_t most_likely_rounds(double p, int max_rounds) {
  std::int32_t best = 0;
  double best_probability = max_rounds == 0 ? 1.0 : 1.0 - p;
  double power = 1.0;
  for (int k = 1; k <= max_rounds; ++k) {
    power *= p;
    const double probability = k == max_rounds ? power : power * (1.0 - p);
    if (probability > best_probability + 1e-12) {
      best = k;
      best_probability = probability;
    }
  }
  return best;
}

class Compiler {
 public:
  explicit Compiler(const model::Pathway& pathway) : pathway_(pathway) {}

  CompiledPathway run() {
    out_.pathway = &pathway_;
    index_tasks();
    index_pools();
    const std::size_t default_index = calendar_index(pathway_.calendar, SourceLocation{});
    out_.default_calendar = static_cast<std::int32_t>(default_index);
    compile_tasks();
    compile_branches();
    compile_dependencies();
    index_original_edges();
    check_acyclic();
    unroll_rework();
    build_instance_graph();
    compile_deadlines();
    if (!diagnostics_.empty()) throw InputError(std::move(diagnostics_));
    return std::move(out_);
  }

 private:
  void fail(const SourceLocation& where, std::string id, std::string message) {
    diagnostics_.push_back(Diagnostic{where, Severity::error, std::move(id), std::move(message)});
  }

  std::int32_t task_index(std::string_view id) const { return task_ids_.find(id); }

  void index_tasks() {
    task_ids_ = support::IdIndex(pathway_.tasks.size());
    for (std::size_t i = 0; i < pathway_.tasks.size(); ++i) {
      const auto& task = pathway_.tasks[i];
      if (!task_ids_.insert(task.id, static_cast<std::int32_t>(i)).second) {
        fail(task.where, "duplicate_id", "task id " + quoted(task.id) + " is used twice");
      }
    }
    if (pathway_.tasks.empty()) {
      fail(SourceLocation{pathway_.file}, "missing_key", "the pathway has no tasks");
    }
  }

  void index_pools() {
    for (std::size_t i = 0; i < pathway_.resources.size(); ++i) {
      const auto& pool = pathway_.resources[i];
      pool_ids_.emplace(pool.id, static_cast<std::int32_t>(i));
      out_.capacities.push_back(pool.capacity);
      if (pool.capacity < 1) {
        fail(pool.where, "bad_capacity", "pool " + quoted(pool.id) + " has a capacity below 1");
      }
    }
  }

  std::size_t calendar_index(const std::string& name, const SourceLocation& where) {
    const auto known = calendar_ids_.find(name);
    if (known != calendar_ids_.end()) return known->second;
    const calendar::Calendar* found = nullptr;
    const auto loaded = pathway_.calendars.find(name);
    if (loaded != pathway_.calendars.end()) {
      found = &loaded->second;
    } else if (name == "weekdays") {
      static const calendar::Calendar weekdays;  // Mon-Fri, no holidays
      found = &weekdays;
    } else {
      fail(where, "unknown_calendar", "calendar " + quoted(name) + " is not loaded");
      static const calendar::Calendar fallback;
      found = &fallback;
    }
    out_.calendars.push_back(found);
    calendar_ids_.emplace(name, out_.calendars.size() - 1);
    return out_.calendars.size() - 1;
  }

  void compile_tasks() {
    out_.tasks.resize(pathway_.tasks.size());
    for (std::size_t i = 0; i < pathway_.tasks.size(); ++i) {
      const auto& task = pathway_.tasks[i];
      auto& compiled = out_.tasks[i];
      compiled.duration = model::deterministic_duration(task.duration);
      const std::string& calendar_name = task.calendar.empty() ? pathway_.calendar : task.calendar;
      compiled.calendar = static_cast<std::int32_t>(calendar_index(calendar_name, task.where));
      if (task.convention) {
        compiled.convention = *task.convention;
      } else if (const auto declared = pathway_.calendar_conventions.find(calendar_name);
                 declared != pathway_.calendar_conventions.end()) {
        compiled.convention = declared->second;
      } else {
        compiled.convention = pathway_.convention;
      }
      compile_sittings(task, compiled);
      compile_needs(task, compiled);
      compiled.clock_runs = task.clock_runs;
      compiled.stops_clock = task.kind == model::TaskKind::clock_stop && !task.clock_runs;
      compiled.exists = task.probability >= 0.5;
      if (task.rework) {
        compiled.max_rounds = std::max(0, task.rework->max_rounds);
        compiled.extra_rounds = most_likely_rounds(task.rework->probability, compiled.max_rounds);
      }
    }
  }

  void compile_sittings(const model::Task& task, CompiledTask& compiled) {
    if (task.sittings.empty()) {
      if (task.kind == model::TaskKind::decision) {
        fail(task.where, "decision_without_sittings",
             "decision " + quoted(task.id) + " names no sitting calendar (`sittings:`)");
      }
      return;
    }
    const auto found = pathway_.sittings.find(task.sittings);
    if (found == pathway_.sittings.end()) {
      fail(task.where, "unknown_sittings",
           "task " + quoted(task.id) + " waits for sittings " + quoted(task.sittings) +
               ", which are not defined");
      return;
    }
    const auto known = sitting_ids_.find(task.sittings);
    if (known != sitting_ids_.end()) {
      compiled.sittings = known->second;
      return;
    }
    out_.sittings.push_back(&found->second);
    compiled.sittings = static_cast<std::int32_t>(out_.sittings.size() - 1);
    sitting_ids_.emplace(task.sittings, compiled.sittings);
  }

  void compile_needs(const model::Task& task, CompiledTask& compiled) {
    compiled.needs_begin = static_cast<std::int32_t>(out_.needs.size());
    for (const auto& need : task.needs) {
      const auto pool = pool_ids_.find(need.pool);
      if (pool == pool_ids_.end()) {
        fail(task.where, "unknown_pool",
             "task " + quoted(task.id) + " needs pool " + quoted(need.pool) +
                 ", which is not defined");
        continue;
      }
      if (need.units > out_.capacities[static_cast<std::size_t>(pool->second)]) {
        fail(task.where, "needs_exceed_capacity",
             "task " + quoted(task.id) + " needs " + std::to_string(need.units) + " units of " +
                 quoted(need.pool) + ", which has only " +
                 std::to_string(out_.capacities[static_cast<std::size_t>(pool->second)]));
        continue;
      }
      if (need.units > 0) out_.needs.push_back(Need{pool->second, need.units});
    }
    compiled.needs_end = static_cast<std::int32_t>(out_.needs.size());
  }

  void compile_branches() {
    for (const auto& branch : pathway_.branches) {
      std::int32_t chosen = -1;
      double best = -1;
      for (const auto& outcome : branch.outcomes) {
        const std::int32_t index = task_index(outcome.task);
        if (index < 0) {
          fail(branch.where, "unknown_task",
               "branch " + quoted(branch.id) + " names task " + quoted(outcome.task) +
                   ", which does not exist");
          continue;
        }
        if (outcome.probability > best) {
          best = outcome.probability;
          chosen = index;
        }
      }
      for (const auto& outcome : branch.outcomes) {
        const std::int32_t index = task_index(outcome.task);
        if (index >= 0 && index != chosen)
          out_.tasks[static_cast<std::size_t>(index)].exists = false;
      }
    }
  }

  void compile_dependencies() {
    for (const auto& dependency : pathway_.dependencies) {
      const std::int32_t from = task_index(dependency.from);
      const std::int32_t to = task_index(dependency.to);
      if (from < 0 || to < 0) {
        const std::string& missing = from < 0 ? dependency.from : dependency.to;
        fail(dependency.where, "unknown_task",
             "dependency names task " + quoted(missing) + ", which does not exist");
        continue;
      }
      if (from == to) {
        fail(dependency.where, "self_dependency",
             "task " + quoted(dependency.from) + " depends on itself");
        continue;
      }
      edges_.push_back(Edge{from, to, dependency.type, dependency.lag});
    }
  }

  // Kahn's algorithm on the task graph; what is left over contains a cycle, which is
  // found by walking predecessors inside the leftover set until a task repeats.
  // On the adjacency index (index_original_edges), not a vector per task: two
  // allocations per task were most of the compile time of a 2,000-task pathway.
  void check_acyclic() {
    const std::size_t n = pathway_.tasks.size();
    std::vector<std::int32_t> in_degree(n, 0);
    for (const auto& edge : edges_)
      ++in_degree[static_cast<std::size_t>(edge.to)];
    const auto adjacent = [&](const std::vector<std::int32_t>& begin,
                              const std::vector<std::int32_t>& list, std::int32_t task) {
      const auto t = static_cast<std::size_t>(task);
      return std::span<const std::int32_t>(list.data() + begin[t],
                                           static_cast<std::size_t>(begin[t + 1] - begin[t]));
    };
    std::vector<std::int32_t> ready;
    for (std::size_t i = 0; i < n; ++i) {
      if (in_degree[i] == 0) ready.push_back(static_cast<std::int32_t>(i));
    }
    std::size_t done = 0;
    while (!ready.empty()) {
      const std::int32_t task = ready.back();
      ready.pop_back();
      ++done;
      for (std::int32_t next : adjacent(successor_begin_, successors_, task)) {
        if (--in_degree[static_cast<std::size_t>(next)] == 0) ready.push_back(next);
      }
    }
    if (done == n) return;
    std::int32_t current = 0;
    while (in_degree[static_cast<std::size_t>(current)] == 0)
      ++current;
    std::vector<std::int32_t> seen_at(n, -1);
    std::vector<std::int32_t> walk;
    while (seen_at[static_cast<std::size_t>(current)] < 0) {
      seen_at[static_cast<std::size_t>(current)] = static_cast<std::int32_t>(walk.size());
      walk.push_back(current);
      for (std::int32_t previous : adjacent(predecessor_begin_, predecessors_, current)) {
        if (in_degree[static_cast<std::size_t>(previous)] > 0) {
          current = previous;
          break;
        }
      }
    }
    // walk goes backwards along the cycle; print it forwards.
    std::string text = pathway_.tasks[static_cast<std::size_t>(current)].id;
    for (std::size_t i = walk.size();
         i-- > static_cast<std::size_t>(seen_at[static_cast<std::size_t>(current)]);) {
      text += " -> " + pathway_.tasks[static_cast<std::size_t>(walk[i])].id;
    }
    // The first element printed equals the last one walked back from: close the loop.
    const auto& first = pathway_.tasks[static_cast<std::size_t>(current)];
    fail(first.where, "dependency_cycle", "the tasks form a cycle: " + text);
    throw InputError(std::move(diagnostics_));
  }

  // Tasks reachable from `from` in the original task graph (before any unrolling).
  std::vector<char> reachable(std::int32_t from, bool forward) const {
    const auto& begin = forward ? successor_begin_ : predecessor_begin_;
    const auto& adjacent = forward ? successors_ : predecessors_;
    std::vector<char> seen(pathway_.tasks.size(), 0);
    std::vector<std::int32_t> stack{from};
    seen[static_cast<std::size_t>(from)] = 1;
    while (!stack.empty()) {
      const auto task = static_cast<std::size_t>(stack.back());
      stack.pop_back();
      for (auto k = begin[task]; k < begin[task + 1]; ++k) {
        const std::int32_t next = adjacent[static_cast<std::size_t>(k)];
        if (!seen[static_cast<std::size_t>(next)]) {
          seen[static_cast<std::size_t>(next)] = 1;
          stack.push_back(next);
        }
      }
    }
    return seen;
  }

  void index_original_edges() {
    const std::size_t n = pathway_.tasks.size();
    successor_begin_.assign(n + 1, 0);
    predecessor_begin_.assign(n + 1, 0);
    for (const auto& edge : edges_) {
      ++successor_begin_[static_cast<std::size_t>(edge.from) + 1];
      ++predecessor_begin_[static_cast<std::size_t>(edge.to) + 1];
    }
    for (std::size_t i = 0; i < n; ++i) {
      successor_begin_[i + 1] += successor_begin_[i];
      predecessor_begin_[i + 1] += predecessor_begin_[i];
    }
    successors_.resize(edges_.size());
    predecessors_.resize(edges_.size());
    std::vector<std::int32_t> next_successor(successor_begin_.begin(), successor_begin_.end() - 1);
    std::vector<std::int32_t> next_predecessor(predecessor_begin_.begin(),
                                               predecessor_begin_.end() - 1);
    for (const auto& edge : edges_) {
      successors_[static_cast<std::size_t>(next_successor[static_cast<std::size_t>(edge.from)]++)] =
          edge.to;
      predecessors_[static_cast<std::size_t>(
          next_predecessor[static_cast<std::size_t>(edge.to)]++)] = edge.from;
    }
  }

  void unroll_rework() {
    const std::size_t n = pathway_.tasks.size();
    for (std::size_t i = 0; i < n; ++i) {
      out_.instances.push_back(Instance{static_cast<std::int32_t>(i), 1, -1, -1});
    }
    std::vector<char> in_some_chain(n, 0);
    for (std::size_t t = 0; t < n; ++t) {
      const auto& task = pathway_.tasks[t];
      if (!task.rework || out_.tasks[t].max_rounds == 0) continue;
      const std::int32_t looping = static_cast<std::int32_t>(t);
      const std::int32_t restart =
          task.rework->restart.empty() ? looping : task_index(task.rework->restart);
      if (restart < 0) {
        fail(task.rework->where, "unknown_task",
             "rework of " + quoted(task.id) + " restarts at " + quoted(task.rework->restart) +
                 ", which does not exist");
        continue;
      }
      const auto after_restart = reachable(restart, true);
      if (!after_restart[t]) {
        fail(task.rework->where, "bad_rework_restart",
             "rework of " + quoted(task.id) + " restarts at " + quoted(task.rework->restart) +
                 ", which is not on a path to it");
        continue;
      }
      const auto before_task = reachable(looping, false);
      std::vector<std::int32_t> chain;
      std::vector<std::int32_t> copy_of(n, -1);
      for (std::size_t c = 0; c < n; ++c) {
        if (!after_restart[c] || !before_task[c]) continue;
        if (in_some_chain[c]) {
          fail(task.rework->where, "rework_overlap",
               "rework loop of " + quoted(task.id) + " shares task " +
                   quoted(pathway_.tasks[c].id) + " with another rework loop");
        }
        in_some_chain[c] = 1;
        chain.push_back(static_cast<std::int32_t>(c));
        out_.instances[c].loop_task = looping;
      }
      const std::size_t original_edges = edges_.size();
      std::int32_t previous_last = looping;
      for (std::int32_t round = 2; round <= out_.tasks[t].max_rounds + 1; ++round) {
        for (std::int32_t c : chain) {
          copy_of[static_cast<std::size_t>(c)] = static_cast<std::int32_t>(out_.instances.size());
          out_.instances.push_back(Instance{c, round, c == restart ? looping : -1, looping});
        }
        for (std::size_t e = 0; e < original_edges; ++e) {
          const Edge edge = edges_[e];
          if (edge.from >= static_cast<std::int32_t>(n) || edge.to >= static_cast<std::int32_t>(n))
            continue;
          const std::int32_t a = copy_of[static_cast<std::size_t>(edge.from)];
          const std::int32_t b = copy_of[static_cast<std::size_t>(edge.to)];
          if (a >= 0 && b >= 0) edges_.push_back(Edge{a, b, edge.type, edge.lag});
        }
        edges_.push_back(Edge{previous_last,
                              copy_of[static_cast<std::size_t>(restart)],
                              model::DependencyType::finish_to_start,
                              {}});
        previous_last = copy_of[t];
      }
      // Successors outside the loop wait for the last round.
      for (std::size_t e = 0; e < original_edges; ++e) {
        Edge& edge = edges_[e];
        const bool to_chain = edge.to < static_cast<std::int32_t>(n) &&
                              after_restart[static_cast<std::size_t>(edge.to)] &&
                              before_task[static_cast<std::size_t>(edge.to)];
        if (edge.from == looping && !to_chain) edge.from = previous_last;
      }
    }
  }

  void build_instance_graph() {
    const std::size_t count = out_.instances.size();
    out_.in_begin.assign(count + 1, 0);
    out_.out_begin.assign(count + 1, 0);
    for (const auto& edge : edges_) {
      ++out_.in_begin[static_cast<std::size_t>(edge.to) + 1];
      ++out_.out_begin[static_cast<std::size_t>(edge.from) + 1];
    }
    for (std::size_t i = 0; i < count; ++i) {
      out_.in_begin[i + 1] += out_.in_begin[i];
      out_.out_begin[i + 1] += out_.out_begin[i];
    }
    out_.in_links.resize(edges_.size());
    out_.out_links.resize(edges_.size());
    std::vector<std::int32_t> in_fill(out_.in_begin.begin(), out_.in_begin.end() - 1);
    std::vector<std::int32_t> out_fill(out_.out_begin.begin(), out_.out_begin.end() - 1);
    for (const auto& edge : edges_) {
      out_.in_links[static_cast<std::size_t>(in_fill[static_cast<std::size_t>(edge.to)]++)] =
          Link{edge.from, edge.type, edge.lag};
      out_.out_links[static_cast<std::size_t>(out_fill[static_cast<std::size_t>(edge.from)]++)] =
          edge.to;
    }
    std::vector<std::int32_t> in_degree(count);
    for (std::size_t i = 0; i < count; ++i) {
      in_degree[i] = out_.in_begin[i + 1] - out_.in_begin[i];
      if (in_degree[i] == 0) out_.sources.push_back(static_cast<std::int32_t>(i));
    }
    out_.topological = out_.sources;
    for (std::size_t head = 0; head < out_.topological.size(); ++head) {
      const auto instance = static_cast<std::size_t>(out_.topological[head]);
      for (auto k = out_.out_begin[instance]; k < out_.out_begin[instance + 1]; ++k) {
        const std::int32_t next = out_.out_links[static_cast<std::size_t>(k)];
        if (--in_degree[static_cast<std::size_t>(next)] == 0) out_.topological.push_back(next);
      }
    }
  }

  void compile_deadlines() {
    for (const auto& deadline : pathway_.deadlines) {
      const std::int32_t from = task_index(deadline.from);
      const std::int32_t to = task_index(deadline.to);
      if (from < 0 || to < 0) {
        fail(deadline.where, "unknown_task",
             "deadline " + quoted(deadline.id) + " names task " +
                 quoted(from < 0 ? deadline.from : deadline.to) + ", which does not exist");
        continue;
      }
      out_.deadlines.push_back(CompiledPathway::DeadlineRef{from, to});
    }
  }

  const model::Pathway& pathway_;
  CompiledPathway out_;
  std::vector<Diagnostic> diagnostics_;
  support::IdIndex task_ids_;
  std::unordered_map<std::string_view, std::int32_t> pool_ids_;
  std::unordered_map<std::string, std::size_t> calendar_ids_;
  std::unordered_map<std::string, std::int32_t> sitting_ids_;
  std::vector<Edge> edges_;
  // The original task graph as adjacency arrays, for finding rework chains.
  std::vector<std::int32_t> successor_begin_, successors_, predecessor_begin_, predecessors_;
};

}  // namespace

std::int32_t to_day(calendar::Date date) {
  return static_cast<std::int32_t>((date - engine_epoch).days());
}

std::int32_t checked_day(std::int32_t day) {
  static const std::int32_t first_day = to_day(calendar::Date(1400, 1, 1));
  static const std::int32_t last_day = to_day(calendar::Date(9999, 12, 31));
  if (day < first_day || day > last_day) {
    const std::string beyond = day > last_day
                                   ? std::to_string(day - last_day) + " days after 9999-12-31"
                                   : std::to_string(first_day - day) + " days before 1400-01-01";
    throw Error("the schedule reaches " + beyond +
                ", outside the supported years 1400..9999; use another start or shorter "
                "durations");
  }
  return day;
}

calendar::Date to_date(std::int32_t day) {
  return engine_epoch + boost::gregorian::days(checked_day(day));
}

CompiledPathway compile(const model::Pathway& pathway) {
  return Compiler(pathway).run();
}

}  // namespace regsim::sim::detail
