// What moved between two timelines of one pathway, task by task (baseline diffs).
#pragma once

#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::analysis {

/// How one task changed between the baseline and the current timeline.
enum class TaskChange {
  unchanged,  ///< same start and finish
  moved,      ///< start or finish differ
  added,      ///< only in the current timeline (or skipped in the baseline only)
  removed,    ///< only in the baseline (or skipped in the current timeline only)
};

/// "unchanged", "moved", "added", "removed".
const char* to_string(TaskChange change);

/// One task's shift. Shifts are calendar days, current minus baseline (later is positive).
struct TaskShift {
  std::string task_id;
  TaskChange change = TaskChange::unchanged;
  /// Dates on each side; not_a_date_time on the side where the task is absent.
  calendar::Date baseline_start, baseline_finish;
  calendar::Date current_start, current_finish;
  int start_shift = 0;      ///< 0 unless moved
  int finish_shift = 0;     ///< 0 unless moved
  bool regression = false;  ///< finishes later than the baseline by more than the tolerance
  friend bool operator==(const TaskShift&, const TaskShift&) = default;
};

/// The comparison of a current timeline with a saved baseline.
struct TimelineDiff {
  std::vector<TaskShift> tasks;  ///< current order, then removed tasks in baseline order
  int end_shift = 0;             ///< finish - baseline finish, calendar days
  int tolerance_days = 0;
  int moved = 0, added = 0, removed = 0;
  int regressions = 0;         ///< tasks (or the end) finishing later by more than the tolerance
  bool end_regressed = false;  ///< the timeline's finish is later by more than the tolerance
  friend bool operator==(const TimelineDiff&, const TimelineDiff&) = default;
};

/// Compares `current` with `baseline`. Skipped tasks count as absent. A regression is a
/// task present in both whose finish is more than `tolerance_days` later, or the end
/// moving more than `tolerance_days` later. Earlier finishes are never regressions.
TimelineDiff diff_timelines(const sim::Timeline& baseline, const sim::Timeline& current,
                            int tolerance_days = 0);

}  // namespace regsim::analysis
