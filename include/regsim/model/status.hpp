// A status file: actual dates of an application in flight as of a day (docs/status.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/error.hpp"

namespace regsim::model {

/// What happened to one task by the as-of date. No start and no finish: the entry only
/// records rounds, an outcome taken or a note; a task without an entry has not started.
struct Actual {
  std::string task;
  std::optional<calendar::Date> start;   ///< first day of work (a milestone: none)
  std::optional<calendar::Date> finish;  ///< absent while the task is in progress
  /// Rounds its rework loop has run (finished: in all; in progress: so far, at least).
  std::optional<int> rounds;
  std::string note;
  SourceLocation where;         ///< the entry (its `task` value)
  SourceLocation start_where;   ///< its `start` value (the entry when absent)
  SourceLocation finish_where;  ///< its `finish` value (the entry when absent)
  SourceLocation rounds_where;  ///< its `rounds` value (the entry when absent)
  friend bool operator==(const Actual&, const Actual&) = default;
};

/// The outcome a branch took: the task that happened (the others did not).
struct OutcomeTaken {
  std::string branch;
  std::string outcome;
  SourceLocation where;          ///< the `branch` value
  SourceLocation outcome_where;  ///< the `outcome` value
  friend bool operator==(const OutcomeTaken&, const OutcomeTaken&) = default;
};

/// A status file as read: references kept as written, checked against the pathway later
/// (sim::resolve_status).
struct Status {
  std::string pathway;  ///< `status:` as written: a bundled name or a path
  SourceLocation pathway_where;
  std::string scenario;  ///< empty: the baseline (or --scenario)
  SourceLocation scenario_where;
  calendar::Date as_of;
  SourceLocation as_of_where;
  std::vector<Actual> actuals;  ///< in file order, at most one per task
  std::vector<OutcomeTaken> outcomes;
  std::string notes;
  std::string file;  ///< the file it was read from
  friend bool operator==(const Status&, const Status&) = default;
};

}  // namespace regsim::model
