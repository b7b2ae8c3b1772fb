#include "regsim/sim/timeline.hpp"

#include <algorithm>

namespace regsim::sim {

const TaskTiming* Timeline::find(std::string_view task_id) const {
  const auto found = std::find_if(tasks.begin(), tasks.end(), [&](const TaskTiming& timing) {
    return timing.task_id == task_id;
  });
  return found == tasks.end() ? nullptr : &*found;
}

}  // namespace regsim::sim
