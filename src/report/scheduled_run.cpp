#include "regsim/report/scheduled_run.hpp"

#include <algorithm>
#include <vector>

namespace regsim::report {

std::string ScheduledRun::label() const {
  if (!title.empty()) return title;
  if (!timeline.scenario_id.empty()) return timeline.scenario_id;
  return model::baseline_scenario;
}

const model::Task* find_task(const model::Pathway& pathway, std::string_view task_id) {
  const auto it = std::find_if(pathway.tasks.begin(), pathway.tasks.end(),
                               [&](const model::Task& task) { return task.id == task_id; });
  return it == pathway.tasks.end() ? nullptr : &*it;
}

const model::Deadline* find_deadline(const model::Pathway& pathway, std::string_view deadline_id) {
  const auto it =
      std::find_if(pathway.deadlines.begin(), pathway.deadlines.end(),
                   [&](const model::Deadline& deadline) { return deadline.id == deadline_id; });
  return it == pathway.deadlines.end() ? nullptr : &*it;
}

const sim::TaskTiming* find_timing(const sim::Timeline& timeline, std::string_view task_id) {
  const auto it =
      std::find_if(timeline.tasks.begin(), timeline.tasks.end(),
                   [&](const sim::TaskTiming& timing) { return timing.task_id == task_id; });
  return it == timeline.tasks.end() ? nullptr : &*it;
}

int clock_days_between(const ScheduledRun& run, calendar::Date from, calendar::Date to) {
  const int days = calendar::days_between(from, to);
  if (days <= 0) return 0;
  // Coverage counts per day by difference arrays: O(tasks + days).
  std::vector<int> running(static_cast<std::size_t>(days) + 1, 0);
  std::vector<int> stopped(static_cast<std::size_t>(days) + 1, 0);
  for (const auto& timing : run.timeline.tasks) {
    if (timing.skipped || !(timing.start < timing.finish)) continue;
    const int begin = std::clamp(calendar::days_between(from, timing.start), 0, days);
    const int end = std::clamp(calendar::days_between(from, timing.finish), 0, days);
    if (begin >= end) continue;
    const auto* task = find_task(run.pathway, timing.task_id);
    const bool runs = task == nullptr || task->clock_runs;
    const bool stops = task != nullptr && task->kind == model::TaskKind::clock_stop && !runs;
    if (runs) ++running[static_cast<std::size_t>(begin)], --running[static_cast<std::size_t>(end)];
    if (stops) ++stopped[static_cast<std::size_t>(begin)], --stopped[static_cast<std::size_t>(end)];
  }
  int clock = 0, running_now = 0, stopped_now = 0;
  for (int day = 0; day < days; ++day) {
    running_now += running[static_cast<std::size_t>(day)];
    stopped_now += stopped[static_cast<std::size_t>(day)];
    if (running_now > 0 && stopped_now == 0) ++clock;
  }
  return clock;
}

}  // namespace regsim::report
