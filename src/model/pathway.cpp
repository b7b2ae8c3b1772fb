#include "regsim/model/pathway.hpp"

#include <algorithm>
#include <utility>

namespace regsim::model {

std::string_view to_string(ClockBasis basis) noexcept {
  switch (basis) {
    case ClockBasis::calendar_days:
      return "calendar-days";
    case ClockBasis::working_days:
      return "working-days";
    case ClockBasis::clock_days:
      return "clock-days";
  }
  return "calendar-days";
}
namespace {

const std::string& calendar_name_of(const Pathway& pathway, const Task& task) {
  return task.calendar.empty() ? pathway.calendar : task.calendar;
}

// The loaded calendar `name`, or the built-in "weekdays", or nullptr.
const calendar::Calendar* loaded_calendar(const Pathway& pathway, const std::string& name) {
  const auto found = pathway.calendars.find(name);
  if (found != pathway.calendars.end()) return &found->second;
  if (name != "weekdays") return nullptr;
  // The built-in default needs no data file, so a pathway built in code works as is.
  static const calendar::Calendar weekdays;
  return &weekdays;
}

}  // namespace

const Task* Pathway::find_task(std::string_view task_id) const {
  const auto found = std::find_if(tasks.begin(), tasks.end(),
                                  [&](const Task& task) { return task.id == task_id; });
  return found == tasks.end() ? nullptr : &*found;
}

Task* Pathway::find_task(std::string_view task_id) {
  return const_cast<Task*>(std::as_const(*this).find_task(task_id));
}

const calendar::Calendar& Pathway::calendar_of(const Task& task) const {
  const std::string& name = calendar_name_of(*this, task);
  const calendar::Calendar* found = loaded_calendar(*this, name);
  if (found == nullptr) {
    throw InputError(task.where, "unknown_calendar",
                     "task '" + task.id + "' runs on calendar '" + name +
                         "', which is not loaded into the pathway");
  }
  return *found;
}

const calendar::Calendar& Pathway::default_calendar() const {
  const calendar::Calendar* found = loaded_calendar(*this, calendar);
  // Reading and compiling report an unknown calendar with its position; this is only
  // reached with a pathway built in code and never checked.
  if (found == nullptr) {
    throw Error("pathway '" + id + "': its default calendar '" + calendar + "' is not loaded");
  }
  return *found;
}

calendar::Convention Pathway::convention_of(const Task& task) const {
  if (task.convention) return *task.convention;
  const auto declared = calendar_conventions.find(calendar_name_of(*this, task));
  if (declared != calendar_conventions.end()) return declared->second;
  return convention;
}

}  // namespace regsim::model
