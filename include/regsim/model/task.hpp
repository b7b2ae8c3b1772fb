// Tasks: the steps of a pathway, whose time they are, and how they are counted.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/convention.hpp"
#include "regsim/error.hpp"
#include "regsim/model/distribution.hpp"

namespace regsim::model {

/// What kind of step a task is.
enum class TaskKind {
  task,       ///< work with a duration
  milestone,  ///< a point in time (duration 0), e.g. "submission", "approval"
  clock_stop, ///< the agency clock is stopped while the applicant works (answers questions)
  decision,   ///< a committee decision: finishes at the next sitting on or after it is ready
};

/// Units of a resource pool a task holds while it runs.
struct ResourceNeed {
  std::string pool;
  int units = 1;
  friend bool operator==(const ResourceNeed&, const ResourceNeed&) = default;
};

/// A question round: after the task finishes, with `probability` per round the chain
/// from `restart` (a task on a path to this one; this task itself when empty) to this
/// task runs again, at most `max_rounds` extra times.
struct Rework {
  double probability = 0;
  int max_rounds = 1;
  std::string restart;
  SourceLocation where;
  friend bool operator==(const Rework&, const Rework&) = default;
};

/// One step of a pathway.
struct Task {
  std::string id;     ///< unique in the pathway; [a-z0-9_.-], prefixed by includes
  std::string name;   ///< human name; defaults to the id
  std::string owner = "agency";  ///< whose time: agency, applicant, committee, ministry, other
  TaskKind kind = TaskKind::task;
  DurationSpec duration;
  /// Whether the agency's (regulator's) clock runs during this task. When not given in
  /// the file: false for clock_stop tasks and tasks owned by the applicant, else true.
  bool clock_runs = true;
  std::string calendar;  ///< holiday calendar name; empty: the pathway default
  std::optional<calendar::Convention> convention;  ///< empty: the pathway default
  std::vector<ResourceNeed> needs;
  std::string sittings;   ///< sitting calendar a decision waits for; empty: none
  double probability = 1; ///< the task happens with this probability; else it is skipped
  std::optional<Rework> rework;
  std::vector<std::string> sources;  ///< ids of the pathway's sources backing this step
  std::string note;       ///< modelling note (e.g. "estimate: no statutory figure")
  SourceLocation where;   ///< where the task is defined, for diagnostics

  friend bool operator==(const Task&, const Task&) = default;
};

}  // namespace regsim::model
