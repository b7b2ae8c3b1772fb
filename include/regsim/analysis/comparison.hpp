// Comparing scheduled scenarios: a baseline against each scenario, task by task, milestone by
// milestone, deadline by deadline. `regsim compare`, `regsim baseline diff` and "faster
// than" expectations all read this one result; reports only render it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::analysis {

/// How one task changed between the baseline and a scenario. A skipped task counts as
/// absent: "added" means it happens only in the scenario, "removed" only in the baseline.
enum class TaskChange {
  unchanged,  ///< happens in both, same start and finish
  moved,      ///< happens in both, start or finish differ
  added,      ///< happens only in the scenario
  removed,    ///< happens only in the baseline
  absent,     ///< happens in neither (skipped, or missing, on both sides)
};

/// "unchanged", "moved", "added", "removed", "absent".
const char* to_string(TaskChange change);

/// One task of either side. Positions index the side's timeline.tasks (and its pathway's
/// tasks); a side where the task does not exist at all has none.
struct TaskDelta {
  std::string task_id;
  std::optional<std::size_t> baseline;  ///< position in the baseline; empty: not there
  std::optional<std::size_t> scenario;  ///< position in the scenario; empty: not there
  TaskChange change = TaskChange::unchanged;
  int start_shift = 0;   ///< scenario start - baseline start, calendar days (0 unless in both)
  int finish_shift = 0;  ///< scenario finish - baseline finish, calendar days (likewise)
  /// Scenario calendar days - baseline calendar days of the task; empty unless it happens
  /// in both.
  std::optional<int> days_change;
  /// Change of the days from each timeline's start to the task's finish; empty unless the
  /// task exists on both sides (a skipped task's finish is where it was passed through).
  std::optional<int> elapsed_change;
  bool regression = false;  ///< finishes later than in the baseline by more than the tolerance
  friend bool operator==(const TaskDelta&, const TaskDelta&) = default;
};

/// Where one milestone falls in one scheduled scenario, counted from that timeline's start.
struct MilestonePoint {
  calendar::Date date;    ///< the milestone's finish
  int calendar_days = 0;  ///< from the timeline's start
  int clock_days = 0;     ///< agency-clock days from the timeline's start (timeline.clock)
  friend bool operator==(const MilestonePoint&, const MilestonePoint&) = default;
};

/// A milestone (a task of kind milestone, or the whole pathway) on both sides.
struct MilestoneDelta {
  std::string task_id;  ///< empty for the whole-pathway row
  std::string name;     ///< the task's name; "End of pathway" for the whole-pathway row
  std::optional<MilestonePoint> baseline;  ///< empty when absent or skipped
  std::optional<MilestonePoint> scenario;

  /// scenario - baseline in calendar days (empty unless both exist).
  std::optional<int> change_days() const;
  /// scenario - baseline in clock days (empty unless both exist).
  std::optional<int> change_clock_days() const;
  /// change_days() / baseline days in percent (empty when the baseline is 0 days).
  std::optional<double> change_percent() const;
  /// change_clock_days() / baseline clock days in percent (empty when that is 0).
  std::optional<double> change_clock_percent() const;
  friend bool operator==(const MilestoneDelta&, const MilestoneDelta&) = default;
};

/// One of the baseline's deadlines on both sides: positions in each timeline.deadlines.
struct DeadlineDelta {
  std::string deadline_id;
  std::optional<std::size_t> baseline;
  std::optional<std::size_t> scenario;  ///< empty when the scenario lacks the deadline
  friend bool operator==(const DeadlineDelta&, const DeadlineDelta&) = default;
};

/// One scenario against the comparison's baseline.
struct ScenarioComparison {
  ScheduledScenario scenario;
  /// Every task of either side: the baseline's in its order, each scenario-only task after
  /// the task that precedes it in the scenario.
  std::vector<TaskDelta> tasks;
  /// Every milestone of either side (in `tasks` order), then the whole pathway (start to
  /// finish, with the timelines' own totals) unless a milestone ends both timelines.
  std::vector<MilestoneDelta> milestones;
  std::vector<DeadlineDelta> deadlines;  ///< the baseline's deadlines, in its order
  int calendar_days_change = 0;          ///< scenario - baseline elapsed calendar days
  /// calendar_days_change / the baseline's calendar days in percent; empty when that is 0.
  std::optional<double> calendar_days_change_percent;
  int end_shift = 0;  ///< scenario finish - baseline finish, calendar days
  int moved = 0, added = 0, removed = 0, unchanged = 0;  ///< tasks by TaskChange
  /// Tasks on the scenario's driving path (the chain of what set each date back from the
  /// end) that are not on the baseline's, and the reverse; in `tasks` order.
  std::vector<std::string> driving_joined, driving_left;
  bool end_regressed = false;  ///< the finish is later by more than the tolerance
  int regressions = 0;         ///< tasks finishing later by more than it, plus the end
};

/// Options of compare().
struct CompareOptions {
  /// Calendar days a finish may move later before it counts as a regression.
  int tolerance_days = 0;
};

/// A baseline against one or more scenarios. Owns every scheduled scenario it compares, so
/// it stays valid wherever it is copied or moved; deltas refer to tasks by position.
struct Comparison {
  ScheduledScenario baseline;
  std::vector<ScenarioComparison> scenarios;  ///< in the order given
  int tolerance_days = 0;
};

/// Compares `baseline` with each of `scenarios` (taken over, not copied).
Comparison compare(ScheduledScenario baseline, std::vector<ScheduledScenario> scenarios,
                   const CompareOptions& options = {});

/// Days from the start of task `from` (the timeline's start when empty) to the finish of
/// task `to` (the timeline's finish when empty) in `scheduled`, on `basis`: calendar days,
/// working days of the pathway's default calendar, or agency-clock days, measured as a
/// deadline between them (sim::measure_deadline). Empty when either task was skipped.
/// Throws regsim::Error when the timeline has no task `from` or `to`.
std::optional<int> span_days(const ScheduledScenario& scheduled, const std::string& from,
                             const std::string& to, model::ClockBasis basis);

/// span_days() in `scenario` minus in the comparison's baseline: what "A is faster than B"
/// measures (negative when the scenario is faster). Empty unless both are measured.
std::optional<int> span_change(const Comparison& comparison, const ScenarioComparison& scenario,
                               const std::string& from, const std::string& to,
                               model::ClockBasis basis);

}  // namespace regsim::analysis
