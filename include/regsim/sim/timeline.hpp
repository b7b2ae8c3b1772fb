// The result of playing a pathway forward: dated tasks, clocks, deadlines.
#pragma once

#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::sim {

using calendar::Date;

/// When one task of one application ran, and what it cost on each clock.
struct TaskTiming {
  std::string task_id;
  Date ready;   ///< when its dependencies (and lags) allowed it to start
  Date start;   ///< when it started: ready, or later after waiting for a resource
  Date finish;  ///< when it ended (for decisions: the sitting day)
  int calendar_days = 0;  ///< finish - start
  int working_days = 0;   ///< working days in [start, finish) on the task's calendar
  int clock_days = 0;     ///< calendar days in [start, finish) with the agency clock running
  int resource_wait_days = 0;  ///< start - ready, spent queueing for a pool
  int sitting_wait_days = 0;   ///< days between being ready to decide and the sitting
  int total_float_days = 0;    ///< calendar days the task could slip without moving the end
  int free_float_days = 0;     ///< calendar days it could slip without moving a successor
  bool critical = false;       ///< on the critical path (total float 0)
  bool skipped = false;        ///< did not happen (probability, branch, scenario skip)
  int rounds = 1;              ///< times it ran (rework repeats it)

  friend bool operator==(const TaskTiming&, const TaskTiming&) = default;
};

/// Whether a deadline was met, and by how much.
struct DeadlineResult {
  std::string deadline_id;
  int limit = 0;    ///< in the deadline's basis units
  int used = 0;     ///< measured in the same units
  int margin = 0;   ///< limit - used; negative when missed
  bool met = true;
  Date due;         ///< the date the limit falls on when the clock never stops
  model::ClockBasis basis = model::ClockBasis::calendar_days;
  friend bool operator==(const DeadlineResult&, const DeadlineResult&) = default;
};

/// One application's schedule.
struct Timeline {
  std::string pathway_id;
  std::string scenario_id;
  int application = 0;     ///< 0 for a single application; index in portfolio mode
  Date start;              ///< the earliest task start
  Date finish;             ///< the latest task finish
  int calendar_days = 0;   ///< finish - start
  int working_days = 0;    ///< on the pathway's default calendar
  int clock_days = 0;      ///< days with the agency clock running, over the whole application
  std::vector<TaskTiming> tasks;          ///< in the pathway's task order
  std::vector<DeadlineResult> deadlines;  ///< in the pathway's deadline order

  /// The timing of a task, or nullptr.
  const TaskTiming* find(std::string_view task_id) const;
  friend bool operator==(const Timeline&, const Timeline&) = default;
};

/// Queue statistics of one resource pool over a portfolio run.
struct PoolStatistics {
  std::string pool_id;
  int capacity = 0;
  int requests = 0;           ///< tasks that needed the pool
  int waited = 0;             ///< requests that had to queue
  double mean_wait_days = 0;  ///< over all requests
  int max_wait_days = 0;
  double utilisation = 0;     ///< busy unit-days / (capacity x span days), 0..1
  friend bool operator==(const PoolStatistics&, const PoolStatistics&) = default;
};

/// Many applications sharing pools.
struct PortfolioResult {
  std::vector<Timeline> applications;
  std::vector<PoolStatistics> pools;
  friend bool operator==(const PortfolioResult&, const PortfolioResult&) = default;
};

}  // namespace regsim::sim
