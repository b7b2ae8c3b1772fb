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

/// The incoming links of each task's runs, indexed [task][round - 1], read from the
/// compiled graph's unrolled instances (graph::compile), not worked out again: round k >= 2
/// of a task in a loop follows round k of its predecessors in the loop, the restart task
/// follows round k - 1 of the looping task, a task outside the loop follows the last
/// round. Rounds that did not happen are left out; a link from one is taken as a link
/// from the last round that did.
std::vector<std::vector<std::vector<RunLink>>> run_links(const model::Pathway& pathway,
                                                         const sim::Timeline& timeline);

}  // namespace regsim::report::detail
