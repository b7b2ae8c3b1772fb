// Comparing scenarios: per-task pairs and per-milestone deltas, and the text report.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "regsim/report/options.hpp"
#include "regsim/report/scheduled_run.hpp"

namespace regsim::report {

/// One task in both runs; either side is nullptr when the task does not exist there
/// (removed or added by the scenario).
struct TaskPair {
  std::string task_id;
  const model::Task* baseline_task = nullptr;
  const sim::TaskTiming* baseline = nullptr;
  const model::Task* scenario_task = nullptr;
  const sim::TaskTiming* scenario = nullptr;
};

/// The tasks of both runs: the baseline's in its order, each scenario-only task placed
/// after the task that precedes it in the scenario.
std::vector<TaskPair> pair_tasks(const ScheduledRun& baseline, const ScheduledRun& scenario);

/// Where one milestone falls in one run, counted from that run's start.
struct MilestonePoint {
  calendar::Date date;    ///< the milestone's finish
  int calendar_days = 0;  ///< from the timeline's start
  int clock_days = 0;     ///< agency-clock days from the timeline's start
};

/// A milestone (a task of kind milestone, or the whole pathway) in both runs.
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
};

/// Every milestone of either run (pair_tasks() order), then the whole pathway
/// (start -> finish, with the timelines' own calendar and clock day totals) unless a
/// milestone already falls on the finish of both runs.
std::vector<MilestoneDelta> milestone_deltas(const ScheduledRun& baseline,
                                             const ScheduledRun& scenario);

/// A signed change: "+3", "-28", "0".
std::string format_change(int days);

/// A signed percentage with one decimal, "-15.2%", or "-" when empty.
std::string format_percent(std::optional<double> percent);

/// The comparison as text, one section per scenario: a summary of both runs, a chart
/// with two bars per task on one time axis (baseline above, scenario below), the
/// milestone delta table (dates, calendar days, clock days, change, percent), the
/// deadline results of both, and a legend. Every line fits `options.width`. Throws
/// regsim::Error when the width is outside [min_width, max_width].
std::string render_comparison(const ScheduledRun& baseline,
                              const std::vector<ScheduledRun>& scenarios,
                              const TextOptions& options = {});

}  // namespace regsim::report
