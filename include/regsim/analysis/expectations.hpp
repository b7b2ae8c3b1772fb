// Evaluating expectations (regression assertions) against schedules and Monte Carlo runs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/expectation.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::analysis {

/// What was measured for one assertion.
struct Actual {
  double number = 0;                   ///< days, a probability, or a gain in days
  std::optional<calendar::Date> date;  ///< set for date assertions
  bool missing = false;  ///< the milestone did not happen (skipped): the assertion fails
  std::string note;      ///< context, e.g. "approval on 2027-04-12"
  friend bool operator==(const Actual&, const Actual&) = default;
};

/// The outcome of one assertion: whether it holds, expected against actual, and where
/// the assertion was written.
struct AssertionResult {
  SourceLocation where;     ///< the assertion's entry in its expectation file
  std::string description;  ///< the assertion's `name`, else model::describe()
  bool passed = false;
  std::string expected;  ///< e.g. "at most 295 days (tolerance 2% = 5.9)"
  std::string actual;    ///< e.g. "301 days (approval on 2027-01-05)"
  Actual measured;
  friend bool operator==(const AssertionResult&, const AssertionResult&) = default;
};

/// Compares `actual` with what `assertion` expects, tolerance included. Pure: the
/// measuring is done by the caller.
AssertionResult judge(const model::Assertion& assertion, const Actual& actual);

/// Calendar days from the start of `from` (the timeline's start when empty) to the finish
/// of `milestone` in `timeline`; std::nullopt when the milestone was skipped. Throws
/// InputError (`unknown_task`, at `where`) when the timeline has no such task.
std::optional<int> elapsed_days(const sim::Timeline& timeline, const std::string& milestone,
                                const std::string& from, const SourceLocation& where = {});

/// The task that finishes last in `timeline` (the first in pathway order on a tie);
/// nullptr when every task was skipped.
const sim::TaskTiming* latest_finish(const sim::Timeline& timeline);

}  // namespace regsim::analysis
