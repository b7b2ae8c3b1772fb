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

}  // namespace regsim::sim
