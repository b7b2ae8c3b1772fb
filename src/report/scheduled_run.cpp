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

ClockCounter::ClockCounter(const ScheduledRun& run) {
  // The span every active task lies in.
  for (const auto& timing : run.timeline.tasks) {
    if (timing.skipped || !(timing.start < timing.finish)) continue;
    if (first_.is_special() || timing.start < first_) first_ = timing.start;
    if (last_.is_special() || last_ < timing.finish) last_ = timing.finish;
  }
  if (first_.is_special()) return;
  const auto days = static_cast<std::size_t>(calendar::days_between(first_, last_));
  // Coverage per day by difference arrays, then a prefix count of clock days:
  // O(tasks + days) once, O(1) per question.
  std::vector<int> running(days + 1, 0);
  std::vector<int> stopped(days + 1, 0);
  const TaskIndex tasks(run.pathway);
  for (const auto& timing : run.timeline.tasks) {
    if (timing.skipped || !(timing.start < timing.finish)) continue;
    const auto begin = static_cast<std::size_t>(calendar::days_between(first_, timing.start));
    const auto end = static_cast<std::size_t>(calendar::days_between(first_, timing.finish));
    const auto* task = tasks.find(timing.task_id);
    const bool runs = task == nullptr || task->clock_runs;
    const bool stops = task != nullptr && task->kind == model::TaskKind::clock_stop && !runs;
    if (runs) ++running[begin], --running[end];
    if (stops) ++stopped[begin], --stopped[end];
  }
  clock_before_.assign(days + 1, 0);
  int running_now = 0, stopped_now = 0;
  for (std::size_t day = 0; day < days; ++day) {
    running_now += running[day];
    stopped_now += stopped[day];
    clock_before_[day + 1] = clock_before_[day] + (running_now > 0 && stopped_now == 0 ? 1 : 0);
  }
}

int ClockCounter::between(calendar::Date from, calendar::Date to) const {
  if (first_.is_special() || from.is_special() || to.is_special() || !(from < to)) return 0;
  const int span = static_cast<int>(clock_before_.size()) - 1;
  const auto before = [&](calendar::Date day) {
    const int offset = std::clamp(calendar::days_between(first_, day), 0, span);
    return clock_before_[static_cast<std::size_t>(offset)];
  };
  return before(to) - before(from);
}

int clock_days_between(const ScheduledRun& run, calendar::Date from, calendar::Date to) {
  return ClockCounter(run).between(from, to);
}

}  // namespace regsim::report
