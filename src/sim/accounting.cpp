#include "accounting.hpp"

#include <algorithm>
#include <climits>

#include "regsim/error.hpp"

namespace regsim::sim::detail {
namespace {

using model::DependencyType;

// Total and free float in calendar days by a backward pass over the actual schedule: a
// link leaves a gap between the constraint it sets and the successor's actual date; a
// task can slip by the gap plus its successor's own float. A decision may also slip
// into its wait for the sitting without moving its finish.
void compute_float(const CompiledPathway& pathway, const ConstApplicationRecord& record,
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

// What set the dates of instance `i` of `application`, as the timeline says it.
DrivingConstraint constraint_of(const CompiledPathway& pathway,
                                const ConstApplicationRecord& record, std::size_t application,
                                std::size_t i) {
  DrivingConstraint constraint;
  const Driver& driver = record.driver[i];
  const auto& instance = pathway.instances[i];
  if (driver.link >= 0) {
    const Link& link = pathway.in_links[static_cast<std::size_t>(driver.link)];
    const auto from = pathway.instances[static_cast<std::size_t>(link.other)].task;
    constraint.kind = ConstraintKind::dependency;
    // A skipped clock stop (a question round that did not happen) stopped no clock.
    if (pathway.tasks[static_cast<std::size_t>(from)].stops_clock &&
        !record.skipped[static_cast<std::size_t>(link.other)]) {
      constraint.kind = ConstraintKind::clock_stop;
    } else if (instance.rework_of >= 0 && instance.round > 1 && from == instance.rework_of) {
      constraint.kind = ConstraintKind::rework;
    }
    constraint.from_task = from;
    constraint.has_dependency = true;
    constraint.type = link.type;
    constraint.lag = link.lag;
  }
  if (driver.pool >= 0) {
    constraint = DrivingConstraint{};
    constraint.kind = ConstraintKind::pool;
    constraint.pool = driver.pool;
    constraint.pool_id = pathway.pathway->resources[static_cast<std::size_t>(driver.pool)].id;
    if (driver.releaser >= 0) {
      constraint.from_task = pathway.instances[static_cast<std::size_t>(driver.releaser)].task;
      if (static_cast<std::size_t>(driver.releaser_application) != application)
        constraint.from_application = driver.releaser_application;
    }
  }
  if (driver.actual) constraint.kind = ConstraintKind::actual;
  if (driver.as_of && driver.link < 0) constraint.kind = ConstraintKind::status_date;
  if (!record.skipped[i] && record.finish[i] > record.duration_end[i]) {
    constraint.kind = ConstraintKind::sitting;
    constraint.sitting_calendar =
        pathway.pathway->tasks[static_cast<std::size_t>(instance.task)].sittings;
  }
  return constraint;
}

// The instances on the driving path: back from every instance that ends the application,
// through each one's driver, within this application.
std::vector<char> driving_instances(const CompiledPathway& pathway,
                                    const ConstApplicationRecord& record, std::size_t application,
                                    std::int32_t last) {
  const std::size_t count = pathway.instances.size();
  std::vector<char> driving(count, 0);
  std::vector<std::int32_t> stack;
  for (std::size_t i = 0; i < count; ++i) {
    if (!record.skipped[i] && record.finish[i] == last)
      stack.push_back(static_cast<std::int32_t>(i));
  }
  while (!stack.empty()) {
    const auto i = static_cast<std::size_t>(stack.back());
    stack.pop_back();
    if (driving[i]) continue;
    driving[i] = 1;
    const Driver& driver = record.driver[i];
    if (driver.pool >= 0) {
      if (driver.releaser >= 0 &&
          static_cast<std::size_t>(driver.releaser_application) == application)
        stack.push_back(driver.releaser);
    } else if (driver.link >= 0) {
      stack.push_back(pathway.in_links[static_cast<std::size_t>(driver.link)].other);
    }
  }
  return driving;
}

// The sitting cut-off of instance `i` as `probe` found it, if any.
std::optional<SittingCutOff> cut_off_of(const CompiledPathway& pathway, const FloatProbe* probe,
                                        std::size_t i) {
  if (probe == nullptr || probe->cut_off.empty() || !probe->probed[i]) return std::nullopt;
  const RawCutOff& raw = probe->cut_off[i];
  if (raw.instance < 0) return std::nullopt;
  const auto task = pathway.instances[static_cast<std::size_t>(raw.instance)].task;
  return SittingCutOff{pathway.pathway->tasks[static_cast<std::size_t>(task)].sittings,
                       to_date(raw.date), probe->total[i], raw.cost};
}

// The timings of every task, rounds of rework merged into one, in the pathway's order.
std::vector<TaskTiming> task_timings(const CompiledPathway& pathway, const EngineResult& result,
                                     std::size_t application, const AgencyClock& clock,
                                     std::int32_t last, const FloatMeasure* measure) {
  const auto& model = *pathway.pathway;
  const auto record = result.application(application);
  std::vector<std::int32_t> total, free;
  compute_float(pathway, record, last, total, free);
  std::optional<FloatProbe> measured;
  if (measure) measured = probe_float(pathway, result, measure->arrival, measure->tracking, total);
  const FloatProbe* probe = measured ? &*measured : nullptr;
  for (std::size_t i = 0; probe && !probe->total.empty() && i < total.size(); ++i) {
    if (!probe->probed[i]) continue;
    total[i] = probe->total[i];
    free[i] = std::min(free[i], total[i]);
  }
  const auto driving = driving_instances(pathway, record, application, last);
  std::vector<TaskTiming> tasks(model.tasks.size());
  std::vector<char> seen(model.tasks.size(), 0);
  for (std::size_t i = 0; i < pathway.instances.size(); ++i) {
    const auto task_index = static_cast<std::size_t>(pathway.instances[i].task);
    auto& timing = tasks[task_index];
    const bool real = !record.skipped[i];
    const Date start = to_date(record.start[i]), finish = to_date(record.finish[i]);
    if (!seen[task_index]) {
      // Round 1 always comes first: instances of round 1 have the task's own index.
      seen[task_index] = 1;
      timing.task_id = model.tasks[task_index].id;
      timing.ready = to_date(record.ready[i]);
      timing.start = start;
      timing.finish = finish;
      timing.skipped = !real;
      timing.rounds = real ? 1 : 0;
      timing.total_float_days = total[i];
      timing.free_float_days = free[i];
      timing.constraint = constraint_of(pathway, record, application, i);
      timing.cut_off = cut_off_of(pathway, probe, i);
    } else if (real) {
      // Instances of one task come in round order; round 1's dates are still whole here.
      if (timing.round_dates.empty()) timing.round_dates.push_back({timing.start, timing.finish});
      timing.round_dates.push_back({start, finish});
      timing.constraint = constraint_of(pathway, record, application, i);
      timing.finish = std::max(timing.finish, finish);
      ++timing.rounds;
      if (total[i] < timing.total_float_days) timing.cut_off = cut_off_of(pathway, probe, i);
      timing.total_float_days = std::min(timing.total_float_days, total[i]);
      timing.free_float_days = std::min(timing.free_float_days, free[i]);
    }
    if (!real) continue;
    timing.driving = timing.driving || driving[i];
    const auto& calendar =
        *pathway.calendars[static_cast<std::size_t>(pathway.tasks[task_index].calendar)];
    timing.working_days += calendar.working_days_between(start, finish);
    timing.clock_days += clock.days_between(start, finish);
    timing.resource_wait_days += record.start[i] - record.ready[i];
    timing.sitting_wait_days += record.finish[i] - record.duration_end[i];
  }
  for (auto& timing : tasks) {
    timing.calendar_days = calendar::days_between(timing.start, timing.finish);
    timing.critical = !timing.skipped && timing.total_float_days == 0;
    if (timing.skipped) timing.rounds = 0;
    if (timing.rounds < 2) timing.round_dates.clear();
  }
  return tasks;
}

}  // namespace

DeadlineResult measure_deadline(const Timeline& timeline, const model::Deadline& deadline,
                                const TaskTiming& from_task, const TaskTiming& to_task,
                                const calendar::Calendar& working_calendar, bool to_ema_day) {
  const Date from =
      deadline.from_anchor == model::Anchor::start ? from_task.start : from_task.finish;
  const Date to = deadline.to_anchor == model::Anchor::finish ? to_task.finish : to_task.start;
  // The due date is only shown, but one past 9999-12-31 (a long limit from a late
  // start) cannot be printed: the file's problem, reported at the deadline.
  const auto due = [&deadline](auto compute) -> Date {
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
      outcome.used = working_calendar.working_days_between(from, to);
      outcome.due = due([&] { return working_calendar.add_working_days(from, deadline.limit); });
      break;
    case model::ClockBasis::clock_days: {
      // An EMA procedure day ends its task inclusive (Day 210 is the opinion's day and
      // counts), so a deadline ending at an ema-day task's finish counts that day too.
      const int inclusive = to_ema_day && deadline.to_anchor == model::Anchor::finish ? 1 : 0;
      outcome.used = timeline.clock.days_between(from, to + boost::gregorian::days(inclusive));
      outcome.due = due([&] { return to_date(to_day(from) + deadline.limit - inclusive); });
      break;
    }
  }
  outcome.margin = outcome.limit - outcome.used;
  outcome.met = outcome.used <= outcome.limit;
  return outcome;
}

Timeline build_timeline(const CompiledPathway& pathway, const EngineResult& result,
                        std::size_t application, const FloatMeasure* measure) {
  const auto record = result.application(application);
  const auto& model = *pathway.pathway;
  std::int32_t first = INT_MAX, last = INT_MIN;
  for (std::size_t i = 0; i < pathway.instances.size(); ++i) {
    first = std::min(first, record.start[i]);
    last = std::max(last, record.finish[i]);
  }
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
  timeline.clock = count_clock(pathway, record, first, last);
  timeline.clock_days = timeline.clock.days_between(timeline.start, timeline.finish);
  timeline.tasks = task_timings(pathway, result, application, timeline.clock, last, measure);
  if (const Tracking* tracking = result.tracking) {
    timeline.as_of = tracking->as_of;
    for (std::size_t t = 0; t < timeline.tasks.size(); ++t) {
      if (!timeline.tasks[t].skipped) timeline.tasks[t].progress = tracking->progress(t);
    }
  }
  for (std::size_t d = 0; d < model.deadlines.size() && d < pathway.deadlines.size(); ++d) {
    const auto& ends = pathway.deadlines[d];
    timeline.deadlines.push_back(measure_deadline(
        timeline, model.deadlines[d], timeline.tasks[static_cast<std::size_t>(ends.from)],
        timeline.tasks[static_cast<std::size_t>(ends.to)], default_calendar,
        pathway.tasks[static_cast<std::size_t>(ends.to)].convention ==
            calendar::Convention::ema_day));
  }
  return timeline;
}

std::vector<PoolStatistics> build_pool_statistics(const CompiledPathway& pathway,
                                                  const EngineResult& result) {
  std::int32_t first = INT_MAX, last = INT_MIN;
  for (std::size_t a = 0; a < result.application_count(); ++a) {
    const auto record = result.application(a);
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
    stats.utilisation =
        span > 0 ? static_cast<double>(raw.busy_unit_days) /
                       static_cast<double>(capacity_unit_days(pathway, p, first, first + span))
                 : 0.0;
    pools.push_back(stats);
  }
  return pools;
}

}  // namespace regsim::sim::detail

namespace regsim::sim {

DeadlineResult measure_deadline(const Timeline& timeline, const model::Pathway& pathway,
                                const model::Deadline& deadline) {
  const TaskTiming* from = timeline.find(deadline.from);
  const TaskTiming* to = timeline.find(deadline.to);
  if (from == nullptr || to == nullptr) {
    throw Error("deadline '" + deadline.id + "': the timeline has no task '" +
                (from == nullptr ? deadline.from : deadline.to) + "'");
  }
  const auto task = std::find_if(pathway.tasks.begin(), pathway.tasks.end(),
                                 [&](const model::Task& t) { return t.id == deadline.to; });
  const bool ema =
      task != pathway.tasks.end() && pathway.convention_of(*task) == calendar::Convention::ema_day;
  return detail::measure_deadline(timeline, deadline, *from, *to, pathway.default_calendar(), ema);
}

}  // namespace regsim::sim
