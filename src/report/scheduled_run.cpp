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

TaskIndex::TaskIndex(const model::Pathway& pathway) {
  tasks_.reserve(pathway.tasks.size());
  for (const auto& task : pathway.tasks)
    tasks_.emplace(task.id, &task);
}

const model::Task* TaskIndex::find(std::string_view task_id) const {
  const auto found = tasks_.find(task_id);
  return found == tasks_.end() ? nullptr : found->second;
}

TimingIndex::TimingIndex(const sim::Timeline& timeline) {
  timings_.reserve(timeline.tasks.size());
  for (const auto& timing : timeline.tasks)
    timings_.emplace(timing.task_id, &timing);
}

const sim::TaskTiming* TimingIndex::find(std::string_view task_id) const {
  const auto found = timings_.find(task_id);
  return found == timings_.end() ? nullptr : found->second;
}

}  // namespace regsim::report
