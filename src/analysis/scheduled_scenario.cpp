#include "regsim/analysis/scheduled_scenario.hpp"

#include <utility>

#include "regsim/graph/scenario.hpp"

namespace regsim::analysis {

std::string ScheduledScenario::label() const {
  if (!title.empty()) return title;
  return scenario_id_of(timeline);
}

const model::Task* task_at(const model::Pathway& pathway, const sim::Timeline& timeline,
                           std::size_t position) {
  if (position >= pathway.tasks.size() || position >= timeline.tasks.size()) return nullptr;
  const model::Task& found = pathway.tasks[position];
  return found.id == timeline.tasks[position].task_id ? &found : nullptr;
}

std::string scenario_id_of(const sim::Timeline& timeline) {
  return timeline.scenario_id.empty() ? std::string(model::baseline_scenario)
                                      : timeline.scenario_id;
}

const model::Task* ScheduledScenario::task(std::size_t position) const {
  return task_at(pathway, timeline, position);
}

const model::Deadline* ScheduledScenario::deadline(std::size_t position) const {
  if (position >= pathway.deadlines.size() || position >= timeline.deadlines.size()) {
    return nullptr;
  }
  const model::Deadline& found = pathway.deadlines[position];
  return found.id == timeline.deadlines[position].deadline_id ? &found : nullptr;
}

namespace {

std::string title_of(const std::vector<model::Scenario>& overlays, const std::string& id) {
  for (const auto& scenario : overlays) {
    if (scenario.id == id) return scenario.title.empty() ? id : scenario.title;
  }
  return id;
}

}  // namespace

void schedule_into(ScheduledScenario& scheduled, const sim::RunOptions& options,
                   const model::Status* status) {
  if (!status) {
    scheduled.timeline = sim::schedule(scheduled.pathway, options);
    return;
  }
  const auto tracking = sim::resolve_status(*status, scheduled.pathway);
  scheduled.plan = sim::schedule(scheduled.pathway, options);
  sim::RunOptions tracked = options;
  tracked.tracking = &tracking;
  scheduled.timeline = sim::schedule(scheduled.pathway, tracked);
}

ScheduledScenario schedule_scenario(model::Pathway pathway,
                                    const std::vector<model::Scenario>& overlays,
                                    const std::string& scenario_id, const sim::RunOptions& options,
                                    const model::Status* status) {
  ScheduledScenario scheduled;
  scheduled.pathway = graph::apply_scenario(std::move(pathway), overlays, scenario_id);
  schedule_into(scheduled, options, status);
  scheduled.title = title_of(overlays, scenario_id);
  return scheduled;
}

ScheduledScenario schedule_scenario(const model::Pathway& pathway, const std::string& scenario_id,
                                    const sim::RunOptions& options, const model::Status* status) {
  ScheduledScenario scheduled;
  scheduled.pathway = graph::apply_scenario(pathway, scenario_id);
  schedule_into(scheduled, options, status);
  scheduled.title = title_of(pathway.scenarios, scenario_id);
  return scheduled;
}

}  // namespace regsim::analysis
