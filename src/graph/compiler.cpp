// graph::compile: the checked task graph, each task's calendar, sittings and pool needs
// resolved to indices, deterministic choices made, rework unrolled into instances.
#include "compiler.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "regsim/model/distribution.hpp"

namespace regsim::graph {
namespace {

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
  Compiler(const model::Pathway& pathway, std::vector<Diagnostic>& diagnostics)
      : pathway_(pathway), diagnostics_(diagnostics) {}

  CompiledPathway run() {
    out_.pathway = &pathway_;
    const std::size_t before = diagnostics_.size();
    graph_ = detail::analyse(pathway_, diagnostics_);
    const bool sound = diagnostics_.size() == before;
    if (pathway_.tasks.empty()) {
      fail(pathway_.location(), "missing_key", "the pathway has no tasks");
    }
    index_pools();
    out_.default_calendar =
        static_cast<std::int32_t>(calendar_index(pathway_.calendar, SourceLocation{}));
    compile_tasks();
    compile_branches();
    compile_deadlines();
    if (!sound) return std::move(out_);
    std::vector<detail::Edge> edges = task_edges();
    detail::unroll_rework(pathway_, graph_, out_, edges, diagnostics_);
    detail::build_instance_graph(edges, out_);
    return std::move(out_);
  }

 private:
  void fail(const SourceLocation& where, std::string id, std::string message) {
    diagnostics_.push_back(Diagnostic{where, Severity::error, std::move(id), std::move(message)});
  }

  // The task index of `id`, or -1 (analyse has reported it).
  std::int32_t task_index(std::string_view id) const { return graph_.index.find(id); }

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
      const std::string& calendar_name = calendar_of(task);
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

  // The task's own calendar; else that of the first pool it needs that works on one;
  // else the pathway's.
  const std::string& calendar_of(const model::Task& task) const {
    if (!task.calendar.empty()) return task.calendar;
    for (const auto& need : task.needs) {
      for (const auto& pool : pathway_.resources) {
        if (pool.id == need.pool && !pool.calendar.empty()) return pool.calendar;
      }
    }
    return pathway_.calendar;
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
      // The least capacity the pool ever has: a need above it could wait for ever.
      std::int32_t capacity = out_.capacities[static_cast<std::size_t>(pool->second)];
      for (const auto& step : pathway_.resources[static_cast<std::size_t>(pool->second)].plan)
        capacity = std::min(capacity, step.capacity);
      if (need.units > capacity) {
        fail(task.where, "needs_exceed_capacity",
             "task " + quoted(task.id) + " needs " + std::to_string(need.units) + " units of " +
                 quoted(need.pool) + ", which has only " + std::to_string(capacity));
        continue;
      }
      if (need.units > 0) out_.needs.push_back(Need{pool->second, need.units});
    }
    compiled.needs_end = static_cast<std::int32_t>(out_.needs.size());
  }

  // Deterministic mode takes each branch's most probable outcome (the first on a tie).
  void compile_branches() {
    for (const auto& branch : pathway_.branches) {
      std::vector<std::int32_t>& outcomes = out_.branch_outcomes.emplace_back();
      std::int32_t chosen = -1;
      double best = -1;
      for (const auto& outcome : branch.outcomes) {
        const std::int32_t index = task_index(outcome.task);
        if (index < 0) continue;
        outcomes.push_back(index);
        if (outcome.probability > best) {
          best = outcome.probability;
          chosen = index;
        }
      }
      for (const std::int32_t index : outcomes) {
        if (index != chosen) out_.tasks[static_cast<std::size_t>(index)].exists = false;
      }
    }
  }

  void compile_deadlines() {
    for (const auto& deadline : pathway_.deadlines) {
      const std::int32_t from = task_index(deadline.from);
      const std::int32_t to = task_index(deadline.to);
      if (from >= 0 && to >= 0) out_.deadlines.push_back(CompiledPathway::DeadlineRef{from, to});
    }
  }

  // The task graph's arcs as edges in dependency order (analyse left out the broken ones).
  std::vector<detail::Edge> task_edges() const {
    std::vector<detail::Edge> edges;
    edges.reserve(pathway_.dependencies.size());
    for (const auto& dependency : pathway_.dependencies) {
      const std::int32_t from = task_index(dependency.from);
      const std::int32_t to = task_index(dependency.to);
      if (from < 0 || to < 0 || from == to) continue;
      edges.push_back(detail::Edge{from, to, dependency.type, dependency.lag});
    }
    return edges;
  }

  const model::Pathway& pathway_;
  std::vector<Diagnostic>& diagnostics_;
  detail::GraphData graph_;
  CompiledPathway out_;
  std::unordered_map<std::string_view, std::int32_t> pool_ids_;
  std::unordered_map<std::string, std::size_t> calendar_ids_;
  std::unordered_map<std::string, std::int32_t> sitting_ids_;
};

}  // namespace

CompiledPathway compile_checked(const model::Pathway& pathway,
                                std::vector<Diagnostic>& diagnostics) {
  return Compiler(pathway, diagnostics).run();
}

CompiledPathway compile(const model::Pathway& pathway) {
  std::vector<Diagnostic> diagnostics;
  CompiledPathway compiled = compile_checked(pathway, diagnostics);
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
  return compiled;
}

}  // namespace regsim::graph
