#include "regsim/analysis/timeline_diff.hpp"

#include <unordered_map>

namespace regsim::analysis {

const char* to_string(TaskChange change) {
  switch (change) {
    case TaskChange::unchanged:
      return "unchanged";
    case TaskChange::moved:
      return "moved";
    case TaskChange::added:
      return "added";
    case TaskChange::removed:
      return "removed";
  }
  return "unchanged";
}

TimelineDiff diff_timelines(const sim::Timeline& baseline, const sim::Timeline& current,
                            int tolerance_days) {
  TimelineDiff diff;
  diff.tolerance_days = tolerance_days;
  diff.end_shift = calendar::days_between(baseline.finish, current.finish);
  diff.end_regressed = diff.end_shift > tolerance_days;

  std::unordered_map<std::string, const sim::TaskTiming*> before;
  for (const auto& task : baseline.tasks) {
    if (!task.skipped) before.emplace(task.task_id, &task);
  }
  std::unordered_map<std::string, bool> present;
  for (const auto& task : current.tasks) {
    if (task.skipped) continue;
    present.emplace(task.task_id, true);
    TaskShift shift;
    shift.task_id = task.task_id;
    shift.current_start = task.start;
    shift.current_finish = task.finish;
    const auto found = before.find(task.task_id);
    if (found == before.end()) {
      shift.change = TaskChange::added;
      ++diff.added;
    } else {
      const sim::TaskTiming& old = *found->second;
      shift.baseline_start = old.start;
      shift.baseline_finish = old.finish;
      shift.start_shift = calendar::days_between(old.start, task.start);
      shift.finish_shift = calendar::days_between(old.finish, task.finish);
      if (shift.start_shift != 0 || shift.finish_shift != 0) {
        shift.change = TaskChange::moved;
        ++diff.moved;
      }
      shift.regression = shift.finish_shift > tolerance_days;
      if (shift.regression) ++diff.regressions;
    }
    diff.tasks.push_back(std::move(shift));
  }
  for (const auto& task : baseline.tasks) {
    if (task.skipped || present.count(task.task_id) != 0) continue;
    TaskShift shift;
    shift.task_id = task.task_id;
    shift.change = TaskChange::removed;
    shift.baseline_start = task.start;
    shift.baseline_finish = task.finish;
    ++diff.removed;
    diff.tasks.push_back(std::move(shift));
  }
  // The end can move later with no task present in both moving (a task added at the end).
  if (diff.end_regressed) ++diff.regressions;
  return diff;
}

}  // namespace regsim::analysis
