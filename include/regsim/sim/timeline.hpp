// The result of playing a pathway forward: dated tasks, clocks, deadlines.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::sim {

using calendar::Date;

/// The dates of one round of a task that rework repeated.
struct RoundDates {
  Date start;
  Date finish;
  friend bool operator==(const RoundDates&, const RoundDates&) = default;
};

/// What set a task's dates (docs/guide.md, "Driving path").
enum class ConstraintKind : std::uint8_t {
  start,        ///< the start date of the application: nothing earlier held it
  dependency,   ///< a dependency on another task (its type and lag)
  clock_stop,   ///< a dependency on a clock-stop task: it waited for the applicant's answer
  rework,       ///< a dependency on an earlier round: a rework loop sent it back
  pool,         ///< a pool unit, released by another task (possibly another application's)
  sitting,      ///< its finish waited for the next sitting of its committee
  actual,       ///< its start is an actual date of the status file (docs/status.md)
  status_date,  ///< not started by the as-of date, it could start no earlier
};

/// How far a task had got by the as-of date of a status file (docs/status.md).
enum class Progress : std::uint8_t {
  planned,      ///< not started: it starts on the as-of date at the earliest
  in_progress,  ///< started, not finished: it continues with what remains
  done,         ///< finished: it keeps its actual dates
};

/// "planned", "in_progress" or "done": the name JSON writes.
std::string_view to_string(Progress progress);

/// The name of `kind` as JSON and the text legend write it (`clock_stop`).
std::string_view to_string(ConstraintKind kind);

/// The constraint that set a task's dates: the link back along the driving path. For a
/// `sitting`, the sitting set the finish and the other fields say what set the start (the
/// start of the work decides which sitting it makes), so the path goes on through them.
struct DrivingConstraint {
  ConstraintKind kind = ConstraintKind::start;
  /// The task the constraint came from (position in the pathway's task order), -1 for none:
  /// the predecessor of a dependency, the task that released a pool unit.
  int from_task = -1;
  /// The application whose task released the pool unit: -1 for this one. In a portfolio the
  /// driving path crosses there into another application's chain.
  int from_application = -1;
  int pool = -1;          ///< the pool waited for (position in the pathway's resources), or -1
  std::string pool_id{};  ///< its id, for a `pool` constraint
  /// For a `sitting`: the sitting calendar (or timetable) whose sitting set the finish.
  std::string sitting_calendar{};
  /// The dependency that set the start or finish, when `from_task` is a predecessor.
  bool has_dependency = false;
  model::DependencyType type = model::DependencyType::finish_to_start;
  calendar::Duration lag;
  friend bool operator==(const DrivingConstraint&, const DrivingConstraint&) = default;
};

/// The sitting a task would first miss if it slipped past its float (docs/guide.md,
/// "Driving path, float and sitting cut-offs"): one more day of slip and a decision waits
/// a cycle more.
struct SittingCutOff {
  std::string calendar;  ///< the sitting calendar (or timetable) of the decision
  Date date;             ///< the sitting that would be missed
  int slack_days = 0;    ///< the task's total float: days it can slip and still make it
  int cost_days = 0;     ///< days the end moves at one day of slip more
  friend bool operator==(const SittingCutOff&, const SittingCutOff&) = default;
};

/// When one task of one application ran, and what it cost on each clock.
struct TaskTiming {
  std::string task_id;
  Date ready;                  ///< when its dependencies (and lags) allowed it to start
  Date start;                  ///< when it started: ready, or later after waiting for a resource
  Date finish;                 ///< when it ended (for decisions: the sitting day)
  int calendar_days = 0;       ///< finish - start
  int working_days = 0;        ///< working days in [start, finish) on the task's calendar
  int clock_days = 0;          ///< calendar days in [start, finish) with the agency clock running
  int resource_wait_days = 0;  ///< start - ready, spent queueing for a pool
  int sitting_wait_days = 0;   ///< days between being ready to decide and the sitting
  /// Calendar days the task could slip without moving the end. For a single application it
  /// is measured by re-scheduling (RunOptions::measure_float), so it holds through sittings,
  /// pools and working-day calendars; in portfolios and Monte Carlo runs, a backward pass.
  int total_float_days = 0;
  int free_float_days = 0;  ///< calendar days it could slip without moving a successor
  bool critical = false;    ///< on the critical path (total float 0)
  bool skipped = false;     ///< did not happen (probability, branch, scenario skip)
  int rounds = 1;           ///< times it ran (rework repeats it)
  /// With rounds > 1, each round's dates in order (round 1 from `start`, the last to
  /// `finish`), so exports show the rounds apart; empty when the task ran once.
  std::vector<RoundDates> round_dates{};
  /// What set its dates (of its last round, for a task that rework repeated).
  DrivingConstraint constraint{};
  /// On the driving path: the chain of constraints back from the end of the application.
  bool driving = false;
  /// Where a slip just past the float misses a sitting: which, and at what cost; empty
  /// when no sitting is missed first (or the float was not measured by re-scheduling).
  std::optional<SittingCutOff> cut_off{};
  /// With a status file: done (start and finish actual), in progress (start actual) or
  /// planned; always planned without one.
  Progress progress = Progress::planned;

  friend bool operator==(const TaskTiming&, const TaskTiming&) = default;
};

/// The days on which the agency clock ran for one application. The scheduler counts the
/// clock once, here; reports, exports and expectations read clock days from this record
/// and never count them again. A day counts when some task with the clock running is
/// active and no clock-stop task is (docs/workflow-format.md, "Clocks").
struct AgencyClock {
  /// Consecutive days [from, to) with the clock running, after `before` earlier clock days.
  struct Run {
    Date from;
    Date to;
    int before = 0;
    friend bool operator==(const Run&, const Run&) = default;
  };
  std::vector<Run> runs;  ///< in date order, disjoint and never touching

  /// Clock days before `day` (0 for a special date such as not_a_date_time).
  int days_before(Date day) const;
  /// Clock days in [from, to); negative when `to` is before `from`. O(log runs).
  int days_between(Date from, Date to) const;
  friend bool operator==(const AgencyClock&, const AgencyClock&) = default;
};

/// Whether a deadline was met, and by how much.
struct DeadlineResult {
  std::string deadline_id;
  int limit = 0;   ///< in the deadline's basis units
  int used = 0;    ///< measured in the same units
  int margin = 0;  ///< limit - used; negative when missed
  bool met = true;
  Date due;  ///< the date the limit falls on when the clock never stops
  model::ClockBasis basis = model::ClockBasis::calendar_days;
  friend bool operator==(const DeadlineResult&, const DeadlineResult&) = default;
};

/// One application's schedule.
struct Timeline {
  std::string pathway_id;
  std::string scenario_id;
  int application = 0;    ///< 0 for a single application; index in portfolio mode
  Date start;             ///< the earliest task start
  Date finish;            ///< the latest task finish
  int calendar_days = 0;  ///< finish - start
  int working_days = 0;   ///< on the pathway's default calendar
  int clock_days = 0;     ///< days with the agency clock running, over the whole application
  /// When the agency clock ran: clock days between any two dates of the timeline. Empty
  /// in a timeline read back from a baseline file, which keeps only the totals.
  AgencyClock clock;
  /// In the pathway's task order: tasks[i] is pathway.tasks[i], so loops over both go by
  /// position and never search.
  std::vector<TaskTiming> tasks;
  std::vector<DeadlineResult> deadlines;  ///< in the pathway's deadline order
  /// The as-of date of the status file this timeline re-forecasts from; empty without one.
  std::optional<Date> as_of{};

  /// The timing of a task, or nullptr: the one lookup by id (a linear search; loops over
  /// tasks go by position).
  const TaskTiming* find(std::string_view task_id) const;
  friend bool operator==(const Timeline&, const Timeline&) = default;
};

/// The driving path back from task `task_index` of `timeline` (a milestone asked for): the
/// positions of the tasks whose constraints chain back from it, itself first, ending at
/// the start date, at a pool unit released by another application, or where a rework loop
/// returns to a task already on the path.
std::vector<int> driving_path(const Timeline& timeline, int task_index);

/// What `deadline` measures on `timeline`, exactly as the scheduler measures a pathway's
/// own deadlines: days between the anchors of its two tasks in calendar days, in working
/// days of `pathway`'s default calendar, or in clock days (timeline.clock), and the date
/// the limit falls on. For measuring spans a pathway does not declare (expectations)
/// without scheduling again. Throws regsim::Error when the timeline has neither task,
/// InputError (`date_out_of_range`) when the due date falls past 9999-12-31.
DeadlineResult measure_deadline(const Timeline& timeline, const model::Pathway& pathway,
                                const model::Deadline& deadline);

/// Queue statistics of one resource pool over a portfolio run.
struct PoolStatistics {
  std::string pool_id;
  int capacity = 0;
  int requests = 0;           ///< tasks that needed the pool
  int waited = 0;             ///< requests that had to queue
  double mean_wait_days = 0;  ///< over all requests
  int max_wait_days = 0;
  double utilisation = 0;  ///< busy unit-days / (capacity x span days), 0..1
  friend bool operator==(const PoolStatistics&, const PoolStatistics&) = default;
};

/// Many applications sharing pools.
struct PortfolioResult {
  std::vector<Timeline> applications;
  /// Per application, the id of its class (portfolio `classes`); empty without classes.
  std::vector<std::string> classes;
  std::vector<PoolStatistics> pools;
  friend bool operator==(const PortfolioResult&, const PortfolioResult&) = default;
};

}  // namespace regsim::sim
