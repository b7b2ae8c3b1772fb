// resolve_status: a status file's references checked against the pathway it tracks.
#include "regsim/sim/tracking.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "regsim/error.hpp"
#include "regsim/graph/names.hpp"

namespace regsim::sim {
namespace {

using model::DependencyType;

Diagnostic diagnostic(const SourceLocation& where, const char* id, std::string message) {
  return Diagnostic{where, Severity::error, id, std::move(message)};
}

bool started(const Tracking& tracking, std::size_t task) {
  return tracking.start[task] || tracking.finish[task];
}

// Whether the status must show predecessor `p` as started or finished: not when it did not
// happen, or when it may not have (a task with a probability, an outcome of a branch whose
// outcome the status does not record): the status cannot say so for those.
bool accountable(const Tracking& tracking, const model::Task& task, std::size_t p,
                 const std::vector<char>& open_outcome) {
  if (tracking.happened[p] == 0) return false;
  if (tracking.happened[p] == 1) return true;
  return task.probability >= 1 && !open_outcome[p];
}

void check_predecessors(const model::Status& status, const model::Pathway& pathway,
                        const std::unordered_map<std::string_view, std::size_t>& index,
                        const Tracking& tracking, const std::vector<char>& open_outcome,
                        std::vector<Diagnostic>& diagnostics) {
  for (const auto& actual : status.actuals) {
    const auto found = index.find(actual.task);
    if (found == index.end()) continue;
    const std::size_t t = found->second;
    if (!started(tracking, t)) continue;
    for (const auto& dependency : pathway.dependencies) {
      if (dependency.to != actual.task) continue;
      const auto from = index.find(dependency.from);
      if (from == index.end()) continue;
      const std::size_t p = from->second;
      if (!accountable(tracking, pathway.tasks[p], p, open_outcome)) continue;
      const bool needs_finish = dependency.type == DependencyType::finish_to_start ||
                                dependency.type == DependencyType::finish_to_finish;
      const bool binds = dependency.type == DependencyType::finish_to_start ||
                         dependency.type == DependencyType::start_to_start ||
                         tracking.finish[t].has_value();
      if (!binds) continue;
      if (needs_finish && !tracking.finish[p]) {
        diagnostics.push_back(diagnostic(
            actual.where, "predecessor_not_finished",
            "task '" + actual.task + "' has " + (tracking.finish[t] ? "finished" : "started") +
                " but its predecessor '" + dependency.from + "' has no actual finish"));
      } else if (!needs_finish && !started(tracking, p)) {
        diagnostics.push_back(diagnostic(
            actual.where, "predecessor_not_finished",
            "task '" + actual.task + "' has " + (tracking.finish[t] ? "finished" : "started") +
                " but its predecessor '" + dependency.from + "' has no actual start"));
      }
    }
  }
}

// The status file's actual dates and rounds, task by task.
void apply_actuals(const model::Status& status, const model::Pathway& pathway,
                   const std::unordered_map<std::string_view, std::size_t>& index,
                   Tracking& tracking, std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> ids;
  for (const auto& task : pathway.tasks)
    ids.push_back(task.id);
  for (const auto& actual : status.actuals) {
    const auto found = index.find(actual.task);
    if (found == index.end()) {
      diagnostics.push_back(graph::unknown_name(graph::NameKind::task, actual.where,
                                                "pathway '" + pathway.id + "'", actual.task, ids));
      continue;
    }
    const std::size_t t = found->second;
    const auto& task = pathway.tasks[t];
    tracking.start[t] = actual.start;
    tracking.finish[t] = actual.finish;
    // A milestone is a point in time: one date says it happened.
    if (task.kind == model::TaskKind::milestone) {
      if (!tracking.finish[t]) tracking.finish[t] = actual.start;
      if (!tracking.start[t]) tracking.start[t] = tracking.finish[t];
    }
    if (started(tracking, t)) tracking.happened[t] = 1;
    if (!actual.rounds) continue;
    if (!task.rework) {
      diagnostics.push_back(
          diagnostic(actual.rounds_where, "bad_value",
                     "task '" + task.id + "' has no rework loop to count rounds of"));
    } else if (*actual.rounds > task.rework->max_rounds + 1) {
      diagnostics.push_back(diagnostic(actual.rounds_where, "bad_value",
                                       "task '" + task.id + "' runs at most " +
                                           std::to_string(task.rework->max_rounds + 1) +
                                           " rounds"));
    } else {
      tracking.rounds[t] = *actual.rounds;
    }
  }
}

// Outcomes taken: the other outcomes of the branch did not happen. Marks in `recorded`
// the branches the status file gives an outcome for.
void apply_outcomes(const model::Status& status, const model::Pathway& pathway,
                    const std::unordered_map<std::string_view, std::size_t>& index,
                    Tracking& tracking, std::vector<char>& recorded,
                    std::vector<Diagnostic>& diagnostics) {
  for (const auto& taken : status.outcomes) {
    std::size_t b = 0;
    while (b < pathway.branches.size() && pathway.branches[b].id != taken.branch)
      ++b;
    if (b == pathway.branches.size()) {
      std::vector<std::string> names;
      for (const auto& branch : pathway.branches)
        names.push_back(branch.id);
      diagnostics.push_back(graph::unknown_name(graph::NameKind::branch, taken.where,
                                                "pathway '" + pathway.id + "'", taken.branch,
                                                names));
      continue;
    }
    std::vector<std::string> names;
    for (const auto& outcome : pathway.branches[b].outcomes)
      names.push_back(outcome.task);
    if (std::find(names.begin(), names.end(), taken.outcome) == names.end()) {
      diagnostics.push_back(graph::unknown_name(graph::NameKind::outcome, taken.outcome_where,
                                                "branch '" + taken.branch + "'", taken.outcome,
                                                names));
      continue;
    }
    recorded[b] = 1;
    for (const auto& name : names) {
      const auto found = index.find(name);
      if (found == index.end()) continue;
      const std::size_t t = found->second;
      if (name == taken.outcome) {
        tracking.happened[t] = 1;
      } else if (started(tracking, t)) {
        diagnostics.push_back(diagnostic(taken.outcome_where, "outcome_conflict",
                                         "branch '" + taken.branch + "' took '" + taken.outcome +
                                             "' but task '" + name + "' has actual dates"));
      } else {
        tracking.happened[t] = 0;
      }
    }
  }
}

// A branch without a recorded outcome: an actual on one of its outcomes says which one it
// took; without one it is open (`open_outcome`).
void settle_unrecorded_branches(const model::Status& status, const model::Pathway& pathway,
                                const std::unordered_map<std::string_view, std::size_t>& index,
                                const std::vector<char>& recorded, Tracking& tracking,
                                std::vector<char>& open_outcome,
                                std::vector<Diagnostic>& diagnostics) {
  const std::size_t n = pathway.tasks.size();
  for (std::size_t b = 0; b < pathway.branches.size(); ++b) {
    if (recorded[b]) continue;
    std::vector<std::size_t> outcomes;
    for (const auto& outcome : pathway.branches[b].outcomes) {
      if (const auto found = index.find(outcome.task); found != index.end())
        outcomes.push_back(found->second);
    }
    std::size_t taken = n;
    for (const std::size_t t : outcomes) {
      if (tracking.happened[t] != 1) continue;
      if (taken == n) {
        taken = t;
        continue;
      }
      for (const auto& actual : status.actuals) {
        if (actual.task != pathway.tasks[t].id) continue;
        diagnostics.push_back(diagnostic(
            actual.where, "outcome_conflict",
            "branch '" + pathway.branches[b].id + "' has two " + "outcomes with actual dates: '" +
                pathway.tasks[taken].id + "' and '" + actual.task + "'"));
      }
    }
    for (const std::size_t t : outcomes) {
      if (taken == n) {
        open_outcome[t] = 1;
      } else if (t != taken) {
        tracking.happened[t] = 0;
      }
    }
  }
}

}  // namespace

Progress Tracking::progress(std::size_t task) const {
  if (finish[task]) return Progress::done;
  if (start[task]) return Progress::in_progress;
  return Progress::planned;
}

Tracking resolve_status(const model::Status& status, const model::Pathway& pathway) {
  const std::size_t n = pathway.tasks.size();
  Tracking tracking;
  tracking.as_of = status.as_of;
  tracking.start.resize(n);
  tracking.finish.resize(n);
  tracking.rounds.assign(n, 0);
  tracking.happened.assign(n, -1);
  std::unordered_map<std::string_view, std::size_t> index;
  for (std::size_t t = 0; t < n; ++t)
    index.emplace(pathway.tasks[t].id, t);
  std::vector<Diagnostic> diagnostics;
  apply_actuals(status, pathway, index, tracking, diagnostics);
  std::vector<char> recorded(pathway.branches.size(), 0);
  apply_outcomes(status, pathway, index, tracking, recorded, diagnostics);
  std::vector<char> open_outcome(n, 0);
  settle_unrecorded_branches(status, pathway, index, recorded, tracking, open_outcome, diagnostics);
  check_predecessors(status, pathway, index, tracking, open_outcome, diagnostics);
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
  return tracking;
}

}  // namespace regsim::sim
