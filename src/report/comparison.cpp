#include "regsim/report/comparison.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace regsim::report {
namespace {

std::optional<MilestonePoint> point_of(const ScheduledRun& run, const sim::TaskTiming* timing) {
  if (timing == nullptr || timing->skipped) return std::nullopt;
  MilestonePoint point;
  point.date = timing->finish;
  point.calendar_days = calendar::days_between(run.timeline.start, timing->finish);
  point.clock_days = run.timeline.clock.days_between(run.timeline.start, timing->finish);
  return point;
}

std::optional<double> percent(std::optional<int> change, int base) {
  if (!change || base == 0) return std::nullopt;
  return 100.0 * *change / base;
}

}  // namespace

std::vector<TaskPair> pair_tasks(const ScheduledRun& baseline, const ScheduledRun& scenario) {
  // Indexes by id keep this linear: a 2,000-task comparison paired by searching took
  // longer than scheduling both scenarios.
  const TaskIndex baseline_tasks(baseline.pathway);
  const TaskIndex scenario_tasks(scenario.pathway);
  const TimingIndex baseline_timings(baseline.timeline);
  const TimingIndex scenario_timings(scenario.timeline);

  // Tasks only in the scenario go right after the scenario task before them; runs of
  // them form chains hanging off the last shared task before the run ("" for the front).
  std::unordered_map<std::string_view, std::vector<TaskPair>> added_after;
  std::string_view owner;  // where the current run of added tasks hangs
  for (const auto& timing : scenario.timeline.tasks) {
    if (baseline_timings.find(timing.task_id) != nullptr) {
      owner = timing.task_id;
      continue;
    }
    TaskPair pair;
    pair.task_id = timing.task_id;
    pair.scenario = &timing;
    pair.scenario_task = scenario_tasks.find(timing.task_id);
    added_after[owner].push_back(std::move(pair));
  }

  std::vector<TaskPair> pairs;
  pairs.reserve(baseline.timeline.tasks.size() + scenario.timeline.tasks.size());
  const auto append_added = [&](std::string_view after) {
    const auto chain = added_after.find(after);
    if (chain == added_after.end()) return;
    for (auto& pair : chain->second)
      pairs.push_back(std::move(pair));
  };
  append_added("");
  for (const auto& timing : baseline.timeline.tasks) {
    TaskPair pair;
    pair.task_id = timing.task_id;
    pair.baseline_task = baseline_tasks.find(timing.task_id);
    pair.baseline = &timing;
    pair.scenario = scenario_timings.find(timing.task_id);
    pair.scenario_task = scenario_tasks.find(timing.task_id);
    pairs.push_back(std::move(pair));
    append_added(timing.task_id);
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
