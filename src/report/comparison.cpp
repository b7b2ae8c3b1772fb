#include "regsim/report/comparison.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace regsim::report {
namespace {

std::optional<MilestonePoint> point_of(const ScheduledRun& run, const sim::TaskTiming* timing) {
  if (timing == nullptr || timing->skipped) return std::nullopt;
  MilestonePoint point;
  point.date = timing->finish;
  point.calendar_days = calendar::days_between(run.timeline.start, timing->finish);
  point.clock_days = clock_days_between(run, run.timeline.start, timing->finish);
  return point;
}

std::optional<double> percent(std::optional<int> change, int base) {
  if (!change || base == 0) return std::nullopt;
  return 100.0 * *change / base;
}

}  // namespace

std::vector<TaskPair> pair_tasks(const ScheduledRun& baseline, const ScheduledRun& scenario) {
  std::vector<TaskPair> pairs;
  for (const auto& timing : baseline.timeline.tasks) {
    TaskPair pair;
    pair.task_id = timing.task_id;
    pair.baseline_task = find_task(baseline.pathway, timing.task_id);
    pair.baseline = &timing;
    pair.scenario = find_timing(scenario.timeline, timing.task_id);
    pair.scenario_task = find_task(scenario.pathway, timing.task_id);
    pairs.push_back(std::move(pair));
  }
  std::string previous;  // the scenario task before the current one
  for (const auto& timing : scenario.timeline.tasks) {
    if (find_timing(baseline.timeline, timing.task_id) == nullptr) {
      TaskPair pair;
      pair.task_id = timing.task_id;
      pair.scenario = &timing;
      pair.scenario_task = find_task(scenario.pathway, timing.task_id);
      auto after = std::find_if(pairs.begin(), pairs.end(),
                                [&](const TaskPair& p) { return p.task_id == previous; });
      pairs.insert(
          after == pairs.end() ? (previous.empty() ? pairs.begin() : pairs.end()) : after + 1,
          std::move(pair));
    }
    previous = timing.task_id;
  }
  return pairs;
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

std::vector<MilestoneDelta> milestone_deltas(const ScheduledRun& baseline,
                                             const ScheduledRun& scenario) {
  std::vector<MilestoneDelta> deltas;
  for (const auto& pair : pair_tasks(baseline, scenario)) {
    const auto* task = pair.baseline_task != nullptr ? pair.baseline_task : pair.scenario_task;
    if (task == nullptr || task->kind != model::TaskKind::milestone) continue;
    MilestoneDelta delta;
    delta.task_id = pair.task_id;
    delta.name = task->name.empty() ? task->id : task->name;
    delta.baseline = point_of(baseline, pair.baseline);
    delta.scenario = point_of(scenario, pair.scenario);
    deltas.push_back(std::move(delta));
  }
  // The whole-pathway row repeats the last milestone when that ends both runs.
  const bool repeated = std::any_of(deltas.begin(), deltas.end(), [&](const MilestoneDelta& d) {
    return d.baseline && d.scenario && d.baseline->date == baseline.timeline.finish &&
           d.scenario->date == scenario.timeline.finish;
  });
  if (repeated) return deltas;
  MilestoneDelta end;
  end.name = "End of pathway";
  for (const auto* run : {&baseline, &scenario}) {
    if (run->timeline.finish.is_special()) continue;
    MilestonePoint point{run->timeline.finish, run->timeline.calendar_days,
                         run->timeline.clock_days};
    (run == &baseline ? end.baseline : end.scenario) = point;
  }
  deltas.push_back(std::move(end));
  return deltas;
}

std::string format_change(int days) {
  return days > 0 ? fmt::format("+{}", days) : std::to_string(days);
}

std::string format_percent(std::optional<double> value) {
  if (!value) return "-";
  // Round half away from zero at one decimal, and never print "-0.0%".
  const double rounded = std::round(*value * 10.0) / 10.0;
  if (rounded == 0.0) return "0.0%";
  return fmt::format("{:+.1f}%", rounded);
}

}  // namespace regsim::report
