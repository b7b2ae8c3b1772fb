// One scenario as scheduled: the pathway with the scenario applied and its timeline, owned.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "regsim/model/pathway.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/model/status.hpp"
#include "regsim/sim/scheduler.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::analysis {

/// A scheduled scenario: what every report, comparison and expectation reads. A value
/// type that owns its pathway and timeline, so it can be copied, moved and kept.
/// The timeline lists tasks in the pathway's order (timeline.tasks[i] is pathway.tasks[i]),
/// so code that walks both goes by position; Timeline::find looks one task up by id.
struct ScheduledScenario {
  model::Pathway pathway;  ///< the scenario applied; empty for a timeline read from a file
  sim::Timeline timeline;
  std::string title;  ///< the scenario's title for headings; empty: the scenario id
  /// With a status file: the same scenario scheduled without it, the plan that the
  /// re-forecast in `timeline` is measured against (variance). Empty otherwise.
  std::optional<sim::Timeline> plan{};

  /// `title`, or the timeline's scenario id, or "baseline".
  std::string label() const;
  /// The pathway's task at `position` of the timeline, or nullptr when the pathway has no
  /// task there with that id (a baseline saved to a file keeps no pathway).
  const model::Task* task(std::size_t position) const;
  /// The pathway's deadline at `position` of timeline.deadlines, or nullptr likewise.
  const model::Deadline* deadline(std::size_t position) const;
};

/// The task of `pathway` at `position` of `timeline` (which lists tasks in the pathway's
/// order), or nullptr when the pathway has no task there with that id (a timeline read
/// from a baseline file comes with no pathway).
const model::Task* task_at(const model::Pathway& pathway, const sim::Timeline& timeline,
                           std::size_t position);

/// The scenario id `timeline` was scheduled under, "baseline" when it names none.
std::string scenario_id_of(const sim::Timeline& timeline);

/// Schedules `scheduled.pathway` (a scenario applied) into `scheduled.timeline` with
/// `options`. With `status`, re-forecasts from its actual dates (sim::resolve_status against
/// the pathway) and keeps the schedule without it in `scheduled.plan`, the plan the
/// variance is measured against. Throws what resolve_status and the scheduler throw.
void schedule_into(ScheduledScenario& scheduled, const sim::RunOptions& options = {},
                   const model::Status* status = nullptr);

/// Applies scenario `scenario_id` to `pathway`, whose overlays are `overlays` (set apart,
/// so that several scenarios share one copy of them), schedules it with `options` (and
/// `status`, as schedule_into), and titles it with the scenario's title (else its id).
/// Throws what apply_scenario and the scheduler throw.
ScheduledScenario schedule_scenario(model::Pathway pathway,
                                    const std::vector<model::Scenario>& overlays,
                                    const std::string& scenario_id,
                                    const sim::RunOptions& options = {},
                                    const model::Status* status = nullptr);

/// The same for a pathway as read, its overlays inside.
ScheduledScenario schedule_scenario(const model::Pathway& pathway, const std::string& scenario_id,
                                    const sim::RunOptions& options = {},
                                    const model::Status* status = nullptr);

}  // namespace regsim::analysis
