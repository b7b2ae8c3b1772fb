// The runs of each task as the exports show them: a task, or each round of a rework loop.
#pragma once

#include <cstddef>
#include <vector>

#include "regsim/model/pathway.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report::detail {

/// How many runs task `timing` is exported as: its rounds when rework repeated it (one
/// task per round, docs/exports.md "Rework rounds"), else 1.
int run_count(const sim::TaskTiming& timing);

/// The dates of run `round` (1-based) of a task: the round's, or the task's own.
sim::RoundDates run_dates(const sim::TaskTiming& timing, int round);

/// One predecessor of a run, as the scheduler linked it.
struct RunLink {
  std::size_t from = 0;  ///< the predecessor's task position
  int from_round = 1;    ///< its run (1 when it has one)
  model::DependencyType type = model::DependencyType::finish_to_start;
  calendar::Duration lag;
};

/// The incoming links of each task's runs, in the pathway's dependency order, as the
/// scheduler unrolls a rework loop (graph/rework.cpp): round k >= 2 of a task in a
/// loop follows round k of its predecessors in the loop, and the loop's restart task
/// follows round k - 1 of the looping task (FS, no lag); a task outside the loop follows
/// the last round of the looping task and round 1 of any other task in it. Indexed
/// [task][round - 1].
std::vector<std::vector<std::vector<RunLink>>> run_links(const model::Pathway& pathway,
                                                         const sim::Timeline& timeline);

}  // namespace regsim::report::detail
