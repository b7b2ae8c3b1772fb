#include "regsim/analysis/comparison.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "regsim/analysis/expectations.hpp"
#include "regsim/error.hpp"

namespace regsim::analysis {
namespace {

using Positions = std::unordered_map<std::string_view, std::size_t>;

Positions positions_of(const sim::Timeline& timeline) {
  Positions positions;
  positions.reserve(timeline.tasks.size());
  for (std::size_t i = 0; i < timeline.tasks.size(); ++i)
    positions.emplace(timeline.tasks[i].task_id, i);
  return positions;
}

// Every task of either side: the baseline's in its order, each run of scenario-only tasks
// after the shared task that precedes it in the scenario ("" for the front). Indexes by id
// keep this linear: pairing two 2,000-task timelines by search took longer than
// scheduling both.
std::vector<TaskDelta> pair_tasks(const sim::Timeline& baseline, const sim::Timeline& scenario) {
  const Positions in_baseline = positions_of(baseline);
  const Positions in_scenario = positions_of(scenario);
  std::unordered_map<std::string_view, std::vector<std::size_t>> added_after;
  std::string_view owner;
  for (std::size_t s = 0; s < scenario.tasks.size(); ++s) {
    const std::string& id = scenario.tasks[s].task_id;
    if (in_baseline.count(id) != 0) {
      owner = id;
    } else {
      added_after[owner].push_back(s);
    }
  }
  std::vector<TaskDelta> pairs;
  pairs.reserve(baseline.tasks.size() + scenario.tasks.size());
  const auto append_added = [&](std::string_view after) {
    const auto chain = added_after.find(after);
    if (chain == added_after.end()) return;
    for (const std::size_t s : chain->second) {
      TaskDelta delta;
      delta.task_id = scenario.tasks[s].task_id;
      delta.scenario = s;
      pairs.push_back(std::move(delta));
    }
  };
  append_added("");
  for (std::size_t b = 0; b < baseline.tasks.size(); ++b) {
    TaskDelta delta;
    delta.task_id = baseline.tasks[b].task_id;
    delta.baseline = b;
    if (const auto found = in_scenario.find(delta.task_id); found != in_scenario.end()) {
      delta.scenario = found->second;
    }
    pairs.push_back(std::move(delta));
    append_added(baseline.tasks[b].task_id);
  }
  return pairs;
}

// What changed for one pair; counts it in `result`.
void measure_task(TaskDelta& delta, const sim::Timeline& baseline, const sim::Timeline& scenario,
                  int tolerance_days, ScenarioComparison& result) {
  const sim::TaskTiming* before = delta.baseline ? &baseline.tasks[*delta.baseline] : nullptr;
  const sim::TaskTiming* after = delta.scenario ? &scenario.tasks[*delta.scenario] : nullptr;
  if (before != nullptr && after != nullptr) {
    delta.elapsed_change = calendar::days_between(scenario.start, after->finish) -
                           calendar::days_between(baseline.start, before->finish);
  }
  const bool was = before != nullptr && !before->skipped;
  const bool is = after != nullptr && !after->skipped;
  if (was && is) {
    delta.start_shift = calendar::days_between(before->start, after->start);
    delta.finish_shift = calendar::days_between(before->finish, after->finish);
    delta.days_change = after->calendar_days - before->calendar_days;
    delta.regression = delta.finish_shift > tolerance_days;
    const bool moved = delta.start_shift != 0 || delta.finish_shift != 0;
    delta.change = moved ? TaskChange::moved : TaskChange::unchanged;
    ++(moved ? result.moved : result.unchanged);
    if (delta.regression) ++result.regressions;
  } else if (is) {
    delta.change = TaskChange::added;
    ++result.added;
  } else if (was) {
    delta.change = TaskChange::removed;
    ++result.removed;
  } else {
    delta.change = TaskChange::absent;
  }
}

std::optional<MilestonePoint> point_of(const sim::Timeline& timeline,
                                       std::optional<std::size_t> position) {
  if (!position || timeline.tasks[*position].skipped) return std::nullopt;
  const calendar::Date finish = timeline.tasks[*position].finish;
  return MilestonePoint{finish, calendar::days_between(timeline.start, finish),
                        timeline.clock.days_between(timeline.start, finish)};
}

std::vector<MilestoneDelta> milestone_deltas(const ScheduledScenario& baseline,
                                             const ScenarioComparison& compared) {
  const ScheduledScenario& scenario = compared.scenario;
  std::vector<MilestoneDelta> deltas;
  for (const auto& pair : compared.tasks) {
    const model::Task* task = pair.baseline ? baseline.task(*pair.baseline) : nullptr;
    if (task == nullptr && pair.scenario) task = scenario.task(*pair.scenario);
    if (task == nullptr || task->kind != model::TaskKind::milestone) continue;
    MilestoneDelta delta;
    delta.task_id = pair.task_id;
    delta.name = task->name.empty() ? task->id : task->name;
    delta.baseline = point_of(baseline.timeline, pair.baseline);
    delta.scenario = point_of(scenario.timeline, pair.scenario);
    deltas.push_back(std::move(delta));
  }
  // The whole-pathway row repeats the last milestone when that ends both timelines.
  const bool repeated = std::any_of(deltas.begin(), deltas.end(), [&](const MilestoneDelta& d) {
    return d.baseline && d.scenario && d.baseline->date == baseline.timeline.finish &&
           d.scenario->date == scenario.timeline.finish;
  });
  if (repeated) return deltas;
  MilestoneDelta end;
  end.name = "End of pathway";
  for (const auto* side : {&baseline.timeline, &scenario.timeline}) {
    if (side->finish.is_special()) continue;
    const MilestonePoint point{side->finish, side->calendar_days, side->clock_days};
    (side == &baseline.timeline ? end.baseline : end.scenario) = point;
  }
  deltas.push_back(std::move(end));
  return deltas;
}

std::vector<DeadlineDelta> deadline_deltas(const sim::Timeline& baseline,
                                           const sim::Timeline& scenario) {
  std::vector<DeadlineDelta> deltas;
  for (std::size_t b = 0; b < baseline.deadlines.size(); ++b) {
    DeadlineDelta delta{baseline.deadlines[b].deadline_id, b, std::nullopt};
    for (std::size_t s = 0; s < scenario.deadlines.size(); ++s) {
      if (scenario.deadlines[s].deadline_id == delta.deadline_id) {
        delta.scenario = s;
        break;
      }
    }
    deltas.push_back(std::move(delta));
  }
  return deltas;
}

ScenarioComparison compare_one(const ScheduledScenario& baseline, ScheduledScenario scenario,
                               int tolerance_days) {
  ScenarioComparison result;
  result.scenario = std::move(scenario);
  const sim::Timeline& before = baseline.timeline;
  const sim::Timeline& after = result.scenario.timeline;
  result.tasks = pair_tasks(before, after);
  for (auto& delta : result.tasks)
    measure_task(delta, before, after, tolerance_days, result);
  result.milestones = milestone_deltas(baseline, result);
  result.deadlines = deadline_deltas(before, after);
  result.calendar_days_change = after.calendar_days - before.calendar_days;
  if (before.calendar_days != 0) {
    result.calendar_days_change_percent =
        100.0 * result.calendar_days_change / before.calendar_days;
  }
  auto driving = [](const sim::Timeline& timeline, std::optional<std::size_t> position) {
    if (!position) return false;
    const auto& timing = timeline.tasks[*position];
    return timing.driving && !timing.skipped;
  };
  for (const auto& delta : result.tasks) {
    const bool was = driving(before, delta.baseline), is = driving(after, delta.scenario);
    if (is && !was) result.driving_joined.push_back(delta.task_id);
    if (was && !is) result.driving_left.push_back(delta.task_id);
  }
  result.end_shift = calendar::days_between(before.finish, after.finish);
  // The end can move later with no task present in both moving (a task added at the end).
  result.end_regressed = result.end_shift > tolerance_days;
  if (result.end_regressed) ++result.regressions;
  return result;
}

std::optional<double> percent(std::optional<int> change, int base) {
  if (!change || base == 0) return std::nullopt;
  return 100.0 * *change / base;
}

const sim::TaskTiming& required(const sim::Timeline& timeline, const std::string& id) {
  const sim::TaskTiming* found = timeline.find(id);
  if (found == nullptr) {
    throw Error("the timeline of " + timeline.pathway_id + " has no task '" + id + "'");
  }
  return *found;
}

}  // namespace

const char* to_string(TaskChange change) {
  switch (change) {
    case TaskChange::unchanged:
      return "unchanged";
    case TaskChange::moved:
      return "moved";
    case TaskChange::added:
      return "added";
    case TaskChange::removed:
      return "removed";
    case TaskChange::absent:
      return "absent";
  }
  return "unchanged";
}

std::optional<int> MilestoneDelta::change_days() const {
  if (!baseline || !scenario) return std::nullopt;
  return scenario->calendar_days - baseline->calendar_days;
}

std::optional<int> MilestoneDelta::change_clock_days() const {
  if (!baseline || !scenario) return std::nullopt;
  return scenario->clock_days - baseline->clock_days;
}

std::optional<double> MilestoneDelta::change_percent() const {
  return baseline ? percent(change_days(), baseline->calendar_days) : std::nullopt;
}

std::optional<double> MilestoneDelta::change_clock_percent() const {
  return baseline ? percent(change_clock_days(), baseline->clock_days) : std::nullopt;
}

Comparison compare(ScheduledScenario baseline, std::vector<ScheduledScenario> scenarios,
                   const CompareOptions& options) {
  Comparison comparison;
  comparison.baseline = std::move(baseline);
  comparison.tolerance_days = options.tolerance_days;
  comparison.scenarios.reserve(scenarios.size());
  for (auto& scenario : scenarios) {
    comparison.scenarios.push_back(
        compare_one(comparison.baseline, std::move(scenario), options.tolerance_days));
  }
  return comparison;
}

std::optional<int> span_days(const ScheduledScenario& scheduled, const std::string& from,
                             const std::string& to, model::ClockBasis basis) {
  const sim::Timeline& timeline = scheduled.timeline;
  const sim::TaskTiming* first = from.empty() ? nullptr : &required(timeline, from);
  const sim::TaskTiming* last = to.empty() ? nullptr : &required(timeline, to);
  if ((first != nullptr && first->skipped) || (last != nullptr && last->skipped)) {
    return std::nullopt;
  }
  if (basis == model::ClockBasis::calendar_days) {
    return calendar::days_between(first != nullptr ? first->start : timeline.start,
                                  last != nullptr ? last->finish : timeline.finish);
  }
  if (first == nullptr && last == nullptr) {
    return basis == model::ClockBasis::clock_days ? timeline.clock_days : timeline.working_days;
  }
  // Between two tasks: measured as a deadline between them would be.
  if (first == nullptr) {
    const auto starts = std::find_if(
        timeline.tasks.begin(), timeline.tasks.end(),
        [&](const sim::TaskTiming& task) { return !task.skipped && task.start == timeline.start; });
    if (starts == timeline.tasks.end()) return std::nullopt;
    first = &*starts;
  }
  if (last == nullptr) last = latest_finish(timeline);
  if (last == nullptr) return std::nullopt;
  model::Deadline span;
  span.id = "span";
  span.basis = basis;
  span.from = first->task_id;
  span.to = last->task_id;
  return sim::measure_deadline(timeline, scheduled.pathway, span).used;
}

std::optional<int> span_change(const Comparison& comparison, const ScenarioComparison& scenario,
                               const std::string& from, const std::string& to,
                               model::ClockBasis basis) {
  const auto before = span_days(comparison.baseline, from, to, basis);
  const auto after = span_days(scenario.scenario, from, to, basis);
  if (!before || !after) return std::nullopt;
  return *after - *before;
}

}  // namespace regsim::analysis
