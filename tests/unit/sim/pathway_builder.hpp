// Small helpers to build model::Pathway values in C++ for the scheduler tests.
#pragma once

#include <string>
#include <utility>

#include "regsim/model/pathway.hpp"

namespace regsim::test {

using calendar::Date;
using calendar::Duration;
using calendar::DurationUnit;

inline Duration days(int amount) {
  return Duration{amount, DurationUnit::calendar_days};
}
inline Duration working_days(int amount) {
  return Duration{amount, DurationUnit::working_days};
}

/// A task with a fixed duration.
inline model::Task make_task(std::string id, Duration duration,
                             model::TaskKind kind = model::TaskKind::task) {
  model::Task task;
  task.id = std::move(id);
  task.name = task.id;
  task.kind = kind;
  task.duration.unit = duration.unit;
  task.duration.distribution = model::Fixed{static_cast<double>(duration.amount)};
  task.clock_runs = kind != model::TaskKind::clock_stop;
  return task;
}

inline model::Dependency make_dependency(
    std::string from, std::string to,
    model::DependencyType type = model::DependencyType::finish_to_start, Duration lag = {}) {
  model::Dependency dependency;
  dependency.from = std::move(from);
  dependency.to = std::move(to);
  dependency.type = type;
  dependency.lag = lag;
  return dependency;
}

/// An empty pathway on the built-in Mon-Fri calendar starting on Monday 2026-01-05.
inline model::Pathway make_pathway() {
  model::Pathway pathway;
  pathway.id = "test/pathway";
  pathway.title = "Test";
  pathway.start = Date(2026, 1, 5);
  pathway.scenario = "baseline";
  return pathway;
}

}  // namespace regsim::test
