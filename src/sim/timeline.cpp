// The value types of a schedule; kept free of the scheduler, so that code reading
// timelines (the generic Monte Carlo runner, matchers) does not link it.
#include "regsim/sim/timeline.hpp"

#include <algorithm>

namespace regsim::sim {

int AgencyClock::days_before(Date day) const {
  if (day.is_special()) return 0;
  // The last run starting before `day`; the days of the earlier runs are in its `before`.
  const auto after = std::upper_bound(runs.begin(), runs.end(), day,
                                      [](Date d, const Run& run) { return d < run.from; });
  if (after == runs.begin()) return 0;
  const Run& run = *std::prev(after);
  return run.before + calendar::days_between(run.from, std::min(day, run.to));
}

int AgencyClock::days_between(Date from, Date to) const {
  return days_before(to) - days_before(from);
}

const TaskTiming* Timeline::find(std::string_view task_id) const {
  const auto found = std::find_if(tasks.begin(), tasks.end(), [&](const TaskTiming& timing) {
    return timing.task_id == task_id;
  });
  return found == tasks.end() ? nullptr : &*found;
}

std::string_view to_string(Progress progress) {
  switch (progress) {
    case Progress::in_progress:
      return "in_progress";
    case Progress::done:
      return "done";
    case Progress::planned:
      break;
  }
  return "planned";
}

std::string_view to_string(ConstraintKind kind) {
  switch (kind) {
    case ConstraintKind::start:
      return "start";
    case ConstraintKind::dependency:
      return "dependency";
    case ConstraintKind::clock_stop:
      return "clock_stop";
    case ConstraintKind::rework:
      return "rework";
    case ConstraintKind::pool:
      return "pool";
    case ConstraintKind::sitting:
      return "sitting";
    case ConstraintKind::actual:
      return "actual";
    case ConstraintKind::status_date:
      return "status_date";
  }
  return "start";
}

std::vector<int> driving_path(const Timeline& timeline, int task_index) {
  std::vector<int> path;
  std::vector<char> seen(timeline.tasks.size(), 0);
  for (int t = task_index; t >= 0 && t < std::ssize(timeline.tasks);) {
    if (seen[static_cast<std::size_t>(t)]) break;
    seen[static_cast<std::size_t>(t)] = 1;
    path.push_back(t);
    const auto& constraint = timeline.tasks[static_cast<std::size_t>(t)].constraint;
    if (constraint.from_application >= 0) break;
    t = constraint.from_task;
  }
  return path;
}

}  // namespace regsim::sim
