// When an instance of a task can start and finish: its dependencies and their lags, the
// sitting a decision waits for, the actual dates of a status file (engine_run.hpp).
#include <algorithm>
#include <climits>
#include <optional>
#include <string>

#include "engine_run.hpp"

namespace regsim::sim::detail {
namespace {

using model::DependencyType;

bool anchored_on_finish(DependencyType type) {
  return type == DependencyType::finish_to_start || type == DependencyType::finish_to_finish;
}
bool constrains_start(DependencyType type) {
  return type == DependencyType::finish_to_start || type == DependencyType::start_to_start;
}

}  // namespace

std::int32_t apply_lag(std::int32_t anchor, calendar::Duration lag,
                       const calendar::Calendar& calendar) {
  if (lag.amount == 0) return anchor;
  switch (lag.unit) {
    case calendar::DurationUnit::calendar_days:
      return checked_day(anchor + lag.amount);
    case calendar::DurationUnit::weeks:
      return checked_day(anchor + 7 * lag.amount);
    default:
      return to_day(
          calendar::add_duration(to_date(anchor), lag, calendar, calendar::Convention::plain));
  }
}

// Finish including the wait for the next sitting of a decision, or for the start of the
// first slot of a timetable whose deadline is on or after the end of the work.
std::int32_t EngineRun::next_sitting(std::int32_t instance, std::int32_t end) const {
  const auto sittings = compiled(instance).sittings;
  const auto& calendar = *cp_.sittings[static_cast<std::size_t>(sittings)];
  std::optional<calendar::Date> next;
  if (calendar.is_timetable()) {
    if (const auto slot = calendar.slot_on_or_after(to_date(end))) next = slot->start;
  } else {
    next = calendar.next_sitting_on_or_after(to_date(end));
  }
  if (!next) {
    const auto& task = cp_.pathway->tasks[static_cast<std::size_t>(task_of(instance))];
    throw InputError(
        task.where, "no_sitting",
        "task '" + task.id + "' is ready on " + calendar::to_iso(to_date(end)) + " but " +
            (calendar.is_timetable() ? "timetable '" : "sitting calendar '") + task.sittings +
            "' has no " + (calendar.is_timetable() ? "slot with a deadline" : "sitting") +
            " on or after that day");
  }
  return to_day(*next);
}

// All dependencies of `instance` are known: decide when it can start.
void EngineRun::resolve(std::int32_t application, std::int32_t instance, std::int32_t now) {
  const auto record = result_.application(static_cast<std::size_t>(application));
  const auto i = static_cast<std::size_t>(instance);
  std::int32_t earliest = record.arrival;
  std::int32_t finish_bound = INT_MIN;
  // The driving links: the first with the latest bound; a link bounding the start at
  // the arrival day itself still drives (the path goes on to the start milestone).
  std::int32_t start_link = -1, finish_link = -1;
  const calendar::Calendar& calendar = calendar_of(instance);
  for (auto k = cp_.in_begin[i]; k < cp_.in_begin[i + 1]; ++k) {
    const Link& link = cp_.in_links[static_cast<std::size_t>(k)];
    const auto p = static_cast<std::size_t>(link.other);
    const std::int32_t anchor = anchored_on_finish(link.type) ? record.finish[p] : record.start[p];
    // Most links have no lag: no call for them.
    const std::int32_t bound =
        link.lag.amount == 0 ? anchor : apply_lag(anchor, link.lag, calendar);
    if (constrains_start(link.type)) {
      if (bound > earliest || (start_link < 0 && bound == earliest)) start_link = k;
      earliest = std::max(earliest, bound);
    } else {
      if (bound > finish_bound) finish_link = k;
      finish_bound = std::max(finish_bound, bound);
    }
  }
  // Nothing starts before the moment its predecessors' dates became known.
  earliest = std::max(earliest, now);
  record.driver[i].link = start_link;
  if (record.skipped[i]) {
    const std::int32_t day = std::max(earliest, finish_bound);
    if (finish_bound > earliest) record.driver[i].link = finish_link;
    record.ready[i] = record.start[i] = record.finish[i] = record.duration_end[i] = day;
    if (observer_)
      queue_.push(day, EventPriority::release, EventType::skipped, application, instance);
    settle(application, instance);
    return;
  }
  if (tracking_) {
    const auto progress = tracking_->progress(static_cast<std::size_t>(task_of(instance)));
    // Rounds after the one under way have not started.
    if (progress == Progress::done ||
        (progress == Progress::in_progress && cp_.instances[i].round <= round_under_way(i))) {
      fix_actual(application, instance, earliest, progress, now);
      return;
    }
    // Nothing that had not started by the as-of date starts before it.
    const std::int32_t as_of = to_day(tracking_->as_of);
    if (as_of > earliest) {
      earliest = as_of;
      record.driver[i].link = -1;
      record.driver[i].as_of = true;
    }
  }
  const calendar::Duration duration = duration_of(application, instance);
  std::int32_t start = adjust(instance, duration, earliest);
  if (finish_bound != INT_MIN &&
      finish_of(instance, duration_end(instance, duration, start)) < finish_bound) {
    start = earliest_start_finishing_by(instance, duration, start, finish_bound);
    record.driver[i].link = finish_link;
  }
  record.ready[i] = start;
  const auto& task = compiled(instance);
  if (task.needs_begin != task.needs_end) {
    queue_.push(start, EventPriority::request, EventType::request, application, instance);
    return;
  }
  begin(application, instance, start, duration);
  if (observer_) {
    queue_.push(start, EventPriority::release, EventType::started, application, instance);
    queue_.push(record.finish[i], EventPriority::release, EventType::finished, application,
                instance);
  }
  settle(application, instance);
}

// The dates of an instance of a task that had started by the as-of date (docs/status.md):
// the actual start for its first round, the actual finish for its last; a round between
// them runs as planned within those dates. The round in progress continues for its
// planned duration from its start, and at the earliest ends on the as-of date (an overrun
// leaves nothing to do: it finishes then). Actual work queues for no pool unit: its dates
// are facts, not the result of queueing.
void EngineRun::fix_actual(std::int32_t application, std::int32_t instance, std::int32_t earliest,
                           Progress progress, std::int32_t now) {
  const auto record = result_.application(static_cast<std::size_t>(application));
  const auto i = static_cast<std::size_t>(instance);
  const auto t = static_cast<std::size_t>(task_of(instance));
  const std::int32_t round = cp_.instances[i].round;
  const std::int32_t as_of = to_day(tracking_->as_of);
  const auto& actual_start = tracking_->start[t];
  const auto& actual_finish = tracking_->finish[t];
  const std::int32_t high = progress == Progress::done ? to_day(*actual_finish) : as_of;
  const std::int32_t low = actual_start ? to_day(*actual_start) : INT_MIN;
  const calendar::Duration duration = duration_of(application, instance);
  std::int32_t start = 0;
  if (round == 1 && actual_start) {
    start = low;
  } else {
    start = std::clamp(adjust(instance, duration, earliest), std::min(low, high), high);
  }
  const bool last =
      progress == Progress::done ? round == last_round_[t] : round == round_under_way(i);
  std::int32_t end = duration_end(instance, duration, start);
  std::int32_t finish = 0;
  if (progress == Progress::done) {
    end = finish = last ? high : std::min(end, high);
  } else if (last) {
    end = std::max(end, as_of);
    finish = finish_of(instance, end);
  } else {
    end = finish = std::min(end, as_of);
  }
  record.driver[i] = Driver{};
  record.driver[i].actual = true;
  record.ready[i] = record.start[i] = start;
  record.duration_end[i] = end;
  record.finish[i] = finish;
  if (observer_) {
    queue_.push(std::max(start, now), EventPriority::release, EventType::started, application,
                instance);
    queue_.push(std::max(finish, now), EventPriority::release, EventType::finished, application,
                instance);
  }
  settle(application, instance);
}

// FF/SF: the smallest start (not before `low`, which finishes too early) whose finish
// is on or after `bound`. Finishes grow with the start, so a binary search finds it.
std::int32_t EngineRun::earliest_start_finishing_by(std::int32_t instance,
                                                    calendar::Duration duration, std::int32_t low,
                                                    std::int32_t bound) const {
  std::int32_t high = std::max(bound, low + 1);  // durations are never negative
  while (high - low > 1) {
    const std::int32_t middle = low + (high - low) / 2;
    if (finish_of(instance, duration_end(instance, duration, adjust(instance, duration, middle))) >=
        bound) {
      high = middle;
    } else {
      low = middle;
    }
  }
  return adjust(instance, duration, high);
}

void EngineRun::drain(std::int32_t application, std::int32_t now) {
  while (!worklist_.empty()) {
    const std::int32_t instance = worklist_.back();
    worklist_.pop_back();
    blaming(instance, [&] { resolve(application, instance, now); });
  }
}

}  // namespace regsim::sim::detail
