#include "accounting.hpp"

#include <algorithm>
#include <climits>

namespace regsim::sim::detail {
namespace {

using model::DependencyType;

// Days of the agency clock over [first, last): a day counts when some task with the
// clock running is active and no clock-stop task is active (docs/workflow-format.md).
class AgencyClock {
 public:
  AgencyClock(const CompiledPathway& pathway, const ApplicationRecord& record, std::int32_t first,
              std::int32_t last)
      : first_(first), prefix_(static_cast<std::size_t>(last - first) + 1, 0) {
    const std::size_t span = static_cast<std::size_t>(last - first);
    std::vector<std::int32_t> running(span + 1, 0), stopped(span + 1, 0);
    for (std::size_t i = 0; i < pathway.instances.size(); ++i) {
      if (record.skipped[i] || record.finish[i] <= record.start[i]) continue;
      const auto& task = pathway.tasks[static_cast<std::size_t>(pathway.instances[i].task)];
      const auto from = static_cast<std::size_t>(record.start[i] - first);
      const auto to = static_cast<std::size_t>(record.finish[i] - first);
      if (task.clock_runs) ++running[from], --running[to];
      if (task.stops_clock) ++stopped[from], --stopped[to];
    }
    std::int32_t run = 0, stop = 0;
    for (std::size_t d = 0; d < span; ++d) {
      run += running[d];
      stop += stopped[d];
      prefix_[d + 1] = prefix_[d] + (run > 0 && stop == 0 ? 1 : 0);
    }
  }

  /// Clock days in [from, to); negative when `to` < `from`.
  std::int32_t between(std::int32_t from, std::int32_t to) const {
    if (to < from) return -between(to, from);
    return at(to) - at(from);
  }

 private:
  std::int32_t at(std::int32_t day) const {
    const std::int64_t offset =
        std::clamp<std::int64_t>(day - first_, 0, static_cast<std::int64_t>(prefix_.size()) - 1);
    return prefix_[static_cast<std::size_t>(offset)];
  }
  std::int32_t first_;
  std::vector<std::int32_t> prefix_;
};

// Total and free float in calendar days by a backward pass over the actual schedule: a
// link leaves a gap between the constraint it sets and the successor's actual date; a
// task can slip by the gap plus its successor's own float. A decision may also slip
// into its wait for the sitting without moving its finish.
void compute_float(const CompiledPathway& pathway, const ApplicationRecord& record,
                   std::int32_t end, std::vector<std::int32_t>& total,
                   std::vector<std::int32_t>& free) {
  const std::size_t count = pathway.instances.size();
  total.assign(count, INT_MAX);
  free.assign(count, INT_MAX);
  for (std::size_t k = count; k-- > 0;) {
    const auto s = static_cast<std::size_t>(pathway.topological[k]);
    const std::int32_t own_wait = record.finish[s] - record.duration_end[s];
    total[s] = std::min(total[s], end - record.finish[s] + own_wait);
    if (pathway.out_begin[s] == pathway.out_begin[s + 1])
      free[s] = end - record.finish[s] + own_wait;
    total[s] = std::max(total[s], 0);
    free[s] = std::max(std::min(free[s], total[s]), 0);
    const auto& calendar = *pathway.calendars[static_cast<std::size_t>(
        pathway.tasks[static_cast<std::size_t>(pathway.instances[s].task)].calendar)];
    for (auto l = pathway.in_begin[s]; l < pathway.in_begin[s + 1]; ++l) {
      const Link& link = pathway.in_links[static_cast<std::size_t>(l)];
      const auto p = static_cast<std::size_t>(link.other);
      const bool on_finish = link.type == DependencyType::finish_to_start ||
                             link.type == DependencyType::finish_to_finish;
      const bool to_start = link.type == DependencyType::finish_to_start ||
                            link.type == DependencyType::start_to_start;
      const std::int32_t bound =
          apply_lag(on_finish ? record.finish[p] : record.start[p], link.lag, calendar);
      const std::int32_t gap = std::max(0, (to_start ? record.start[s] : record.finish[s]) - bound);
      const std::int32_t slip = on_finish ? record.finish[p] - record.duration_end[p] : 0;
      total[p] = std::min(total[p], gap + total[s] + slip);
      free[p] = std::min(free[p], gap + slip);
    }
  }
}

}  // namespace

Timeline build_timeline(const CompiledPathway& pathway, const EngineResult& result,
                        std::size_t application) {
  const auto& record = result.applications[application];
  const auto& model = *pathway.pathway;
  const std::size_t count = pathway.instances.size();
  std::int32_t first = INT_MAX, last = INT_MIN;
  for (std::size_t i = 0; i < count; ++i) {
    first = std::min(first, record.start[i]);
    last = std::max(last, record.finish[i]);
  }
  const AgencyClock clock(pathway, record, first, last);
  std::vector<std::int32_t> total, free;
  compute_float(pathway, record, last, total, free);

  Timeline timeline;
  timeline.pathway_id = model.id;
  timeline.scenario_id = model.scenario.empty() ? model::baseline_scenario : model.scenario;
  timeline.application = static_cast<int>(application);
  timeline.start = to_date(first);
  timeline.finish = to_date(last);
  timeline.calendar_days = last - first;
  const auto& default_calendar =
      *pathway.calendars[static_cast<std::size_t>(pathway.default_calendar)];
  timeline.working_days = default_calendar.working_days_between(timeline.start, timeline.finish);
  timeline.clock_days = clock.between(first, last);

  timeline.tasks.resize(model.tasks.size());
  std::vector<char> seen(model.tasks.size(), 0);
  for (std::size_t i = 0; i < count; ++i) {
    const auto task_index = static_cast<std::size_t>(pathway.instances[i].task);
    auto& timing = timeline.tasks[task_index];
    const bool real = !record.skipped[i];
    if (!seen[task_index]) {
      // Round 1 always comes first: instances of round 1 have the task's own index.
      seen[task_index] = 1;
      timing.task_id = model.tasks[task_index].id;
      timing.ready = to_date(record.ready[i]);
      timing.start = to_date(record.start[i]);
      timing.finish = to_date(record.finish[i]);
      timing.skipped = !real;
      timing.rounds = real ? 1 : 0;
      timing.total_float_days = total[i];
      timing.free_float_days = free[i];
    } else if (real) {
      timing.finish = std::max(timing.finish, to_date(record.finish[i]));
      ++timing.rounds;
      timing.total_float_days = std::min(timing.total_float_days, total[i]);
      timing.free_float_days = std::min(timing.free_float_days, free[i]);
    }
    if (!real) continue;
    const auto& calendar =
        *pathway.calendars[static_cast<std::size_t>(pathway.tasks[task_index].calendar)];
    timing.working_days +=
        calendar.working_days_between(to_date(record.start[i]), to_date(record.finish[i]));
    timing.clock_days += clock.between(record.start[i], record.finish[i]);
    timing.resource_wait_days += record.start[i] - record.ready[i];
    timing.sitting_wait_days += record.finish[i] - record.duration_end[i];
  }
  for (auto& timing : timeline.tasks) {
    timing.calendar_days = calendar::days_between(timing.start, timing.finish);
    timing.critical = !timing.skipped && timing.total_float_days == 0;
    if (timing.skipped) timing.rounds = 0;
  }

  for (std::size_t d = 0; d < model.deadlines.size() && d < pathway.deadlines.size(); ++d) {
    const auto& deadline = model.deadlines[d];
    const auto& from_timing = timeline.tasks[static_cast<std::size_t>(pathway.deadlines[d].from)];
    const auto& to_timing = timeline.tasks[static_cast<std::size_t>(pathway.deadlines[d].to)];
    const calendar::Date from =
        deadline.from_anchor == model::Anchor::start ? from_timing.start : from_timing.finish;
    const calendar::Date to =
        deadline.to_anchor == model::Anchor::finish ? to_timing.finish : to_timing.start;
    // The due date is only shown, but one past 9999-12-31 (a long limit from a late
    // start) cannot be printed: the file's problem, reported at the deadline.
    const auto due = [&deadline](auto compute) -> calendar::Date {
      try {
        return compute();
      } catch (const Error& error) {
        throw InputError(deadline.where, "date_out_of_range",
                         "deadline '" + deadline.id + "': " + std::string(error.what()));
      }
    };
    DeadlineResult outcome;
    outcome.deadline_id = deadline.id;
    outcome.limit = deadline.limit;
    outcome.basis = deadline.basis;
    switch (deadline.basis) {
      case model::ClockBasis::calendar_days:
        outcome.used = calendar::days_between(from, to);
        outcome.due = due([&] { return to_date(to_day(from) + deadline.limit); });
        break;
      case model::ClockBasis::working_days:
        outcome.used = default_calendar.working_days_between(from, to);
        outcome.due = due([&] { return default_calendar.add_working_days(from, deadline.limit); });
        break;
      case model::ClockBasis::clock_days:
        outcome.used = clock.between(to_day(from), to_day(to));
        outcome.due = due([&] { return to_date(to_day(from) + deadline.limit); });
        break;
    }
    outcome.margin = outcome.limit - outcome.used;
    outcome.met = outcome.used <= outcome.limit;
    timeline.deadlines.push_back(outcome);
  }
  return timeline;
}

std::vector<PoolStatistics> build_pool_statistics(const CompiledPathway& pathway,
                                                  const EngineResult& result) {
  std::int32_t first = INT_MAX, last = INT_MIN;
  for (const auto& record : result.applications) {
    first = std::min(first, record.arrival);
    for (std::int32_t finish : record.finish)
      last = std::max(last, finish);
  }
  const std::int64_t span = last > first ? last - first : 0;
  std::vector<PoolStatistics> pools;
  for (std::size_t p = 0; p < result.pools.size(); ++p) {
    const auto& raw = result.pools[p];
    PoolStatistics stats;
    stats.pool_id = pathway.pathway->resources[p].id;
    stats.capacity = pathway.capacities[p];
    stats.requests = static_cast<int>(raw.requests);
    stats.waited = static_cast<int>(raw.waited);
    stats.mean_wait_days =
        raw.requests ? static_cast<double>(raw.total_wait) / static_cast<double>(raw.requests)
                     : 0.0;
    stats.max_wait_days = static_cast<int>(raw.max_wait);
    stats.utilisation = span > 0
                            ? static_cast<double>(raw.busy_unit_days) /
                                  (static_cast<double>(stats.capacity) * static_cast<double>(span))
                            : 0.0;
    pools.push_back(stats);
  }
  return pools;
}

}  // namespace regsim::sim::detail
