// The compiled graph: one pathway (scenario already applied) checked and turned into the
// flat arrays the scheduler runs. The one stage that resolves references and raises the
// graph's diagnostics.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "regsim/calendar/calendar.hpp"
#include "regsim/calendar/convention.hpp"
#include "regsim/calendar/duration.hpp"
#include "regsim/calendar/sittings.hpp"
#include "regsim/error.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::graph {

/// A precedence link between two task instances.
struct Link {
  std::int32_t other = 0;  ///< the predecessor (in `in_links`) or successor (in `out_links`)
  model::DependencyType type = model::DependencyType::finish_to_start;
  calendar::Duration lag;
};

/// A pool unit requirement of a task.
struct Need {
  std::int32_t pool = 0;
  std::int32_t units = 1;
};

/// What the scheduler needs to know about one task of the pathway.
struct CompiledTask {
  calendar::Duration duration;  ///< deterministic duration
  std::int32_t calendar = 0;    ///< index into CompiledPathway::calendars
  calendar::Convention convention = calendar::Convention::plain;
  std::int32_t sittings = -1;  ///< index into CompiledPathway::sittings; -1: not a decision
  std::int32_t needs_begin = 0, needs_end = 0;  ///< range in CompiledPathway::needs
  bool clock_runs = true;
  bool stops_clock = false;       ///< a clock-stop task: the agency clock stands still
  bool exists = true;             ///< deterministic existence (probability, branches)
  std::int32_t extra_rounds = 0;  ///< deterministic rework rounds
  std::int32_t max_rounds = 0;    ///< rework limit (0: no rework loop)
};

/// One run of a task: round 1 is the task itself, rounds 2.. are rework repetitions.
struct Instance {
  std::int32_t task = 0;
  std::int32_t round = 1;
  std::int32_t rework_of = -1;  ///< for the first task of a repeated chain: the looping task
  std::int32_t loop_task = -1;  ///< the task whose rework rounds this instance belongs to
};

/// Task runs after rework loops are unrolled (every task once, plus each round of each
/// loop's chain), at most: a loop that would pass it is too_many_rounds at its `rework`,
/// reported before its rounds are made.
inline constexpr std::size_t max_instances = 4000000;
/// Dependencies between task runs after unrolling, at most (too_many_rounds likewise).
inline constexpr std::size_t max_instance_edges = 8000000;

/// The whole compiled graph: ids resolved to indices, rework loops unrolled into task
/// instances, dependencies in flat arrays, a topological order. No strings in the
/// scheduler's hot loop.
struct CompiledPathway {
  const model::Pathway* pathway = nullptr;
  std::vector<CompiledTask> tasks;     ///< by pathway task index
  std::vector<Instance> instances;     ///< first tasks.size() are round 1, in task order
  std::vector<std::int32_t> in_begin;  ///< CSR offsets into in_links, size instances+1
  std::vector<Link> in_links;
  std::vector<std::int32_t> out_begin;    ///< CSR offsets into out_links, size instances+1
  std::vector<std::int32_t> out_links;    ///< successor instances (one entry per link)
  std::vector<std::int32_t> topological;  ///< instances, predecessors first
  std::vector<std::int32_t> sources;      ///< instances without predecessors
  std::vector<const calendar::Calendar*> calendars;
  std::vector<const calendar::SittingCalendar*> sittings;
  std::vector<Need> needs;
  std::vector<std::int32_t> capacities;  ///< by pool index
  std::int32_t default_calendar = 0;
  /// Deadline anchors: (task index, anchor) pairs in the pathway's deadline order.
  struct DeadlineRef {
    std::int32_t from = 0, to = 0;
  };
  std::vector<DeadlineRef> deadlines;
  /// Per branch of the pathway, the task index of each outcome (in outcome order).
  std::vector<std::vector<std::int32_t>> branch_outcomes;
};

/// Compiles `pathway` (kept by pointer: it must outlive the result). Throws InputError
/// with every diagnostic of compile_checked().
CompiledPathway compile(const model::Pathway& pathway);

/// Compiles `pathway`, appending every problem to `diagnostics`: first the structural ones
/// in the order graph::validate() documents (duplicate_id, unknown_task, self_dependency,
/// dependency_cycle, bad_rework_restart), then per task unknown_calendar,
/// decision_without_sittings, unknown_sittings, unknown_pool and needs_exceed_capacity,
/// bad_capacity of pools, missing_key for a pathway without tasks, and rework_overlap.
/// Rework loops are unrolled only when the graph itself is sound. The result is usable
/// only when nothing was appended.
CompiledPathway compile_checked(const model::Pathway& pathway,
                                std::vector<Diagnostic>& diagnostics);

}  // namespace regsim::graph
