// Actual dates as of a day, resolved against a pathway: what a re-forecast keeps fixed.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/model/status.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::sim {

/// A status checked against one pathway (scenario applied) and indexed by task position,
/// as the engine reads it (RunOptions::tracking). Build it with resolve_status().
struct Tracking {
  calendar::Date as_of;
  std::vector<std::optional<calendar::Date>> start;   ///< actual start by task
  std::vector<std::optional<calendar::Date>> finish;  ///< actual finish by task
  std::vector<int> rounds;  ///< rework rounds stated by task; 0: not stated
  /// Whether a task happened (1: an actual or the outcome taken), did not (0: a branch took
  /// another outcome) or is still open (-1: drawn or decided as without a status).
  std::vector<std::int8_t> happened;

  /// done with an actual finish, in_progress with a start only, else planned.
  Progress progress(std::size_t task) const;
  friend bool operator==(const Tracking&, const Tracking&) = default;
};

/// Checks `status` against `pathway` and indexes it. Collects every problem, then throws
/// InputError: unknown_task (with a suggestion) for an actual naming no task;
/// unknown_outcome for a branch or an outcome the pathway does not have; outcome_conflict
/// for an actual on an outcome that the branch did not take; bad_value for rounds on a
/// task without a rework loop or past its limit; predecessor_not_finished for a started
/// task whose finish-to-start (start-to-start) predecessor has not finished (started), or
/// a finished task whose finish-to-finish predecessor has not finished. A milestone with
/// only a start finished that day.
Tracking resolve_status(const model::Status& status, const model::Pathway& pathway);

}  // namespace regsim::sim
