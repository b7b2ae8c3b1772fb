// What a report shows for one scenario: the pathway as scheduled and its timeline.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "regsim/model/pathway.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report {

/// One scheduled scenario. `pathway` is the pathway with the scenario applied (task
/// names, kinds, clocks and deadlines come from it); `timeline` is what the scheduler
/// made of it. Both are borrowed and must outlive the renderer call.
struct ScheduledRun {
  const model::Pathway& pathway;
  const sim::Timeline& timeline;
  std::string title;  ///< the scenario's title for headings; empty: the scenario id

  /// `title`, or the timeline's scenario id, or "baseline".
  std::string label() const;
};

/// The pathway's task with this id, or nullptr (a linear search; loops use TaskIndex).
const model::Task* find_task(const model::Pathway& pathway, std::string_view task_id);

/// The pathway's deadline with this id, or nullptr.
const model::Deadline* find_deadline(const model::Pathway& pathway, std::string_view deadline_id);

/// The timing of a task in a timeline, or nullptr.
const sim::TaskTiming* find_timing(const sim::Timeline& timeline, std::string_view task_id);

/// The pathway's tasks by id, for reports that look up every task.
class TaskIndex {
 public:
  explicit TaskIndex(const model::Pathway& pathway);
  /// The task with this id, or nullptr.
  const model::Task* find(std::string_view task_id) const;

 private:
  std::unordered_map<std::string_view, const model::Task*> tasks_;
};

/// A timeline's task timings by id.
class TimingIndex {
 public:
  explicit TimingIndex(const sim::Timeline& timeline);
  /// The timing of the task with this id, or nullptr.
  const sim::TaskTiming* find(std::string_view task_id) const;

 private:
  std::unordered_map<std::string_view, const sim::TaskTiming*> timings_;
};

}  // namespace regsim::report
