// Turning the engine's raw dates into timelines: clocks, float, deadlines.
#pragma once

#include "days.hpp"
#include "engine.hpp"
#include "float_probe.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::sim::detail {

/// How to re-run a single application to measure its float (float_probe.hpp).
struct FloatMeasure {
  std::int32_t arrival = 0;
  const Tracking* tracking = nullptr;
};

/// The agency clock of `record` over [first, last) (agency_clock.cpp): a day counts when
/// some task with the clock running is active and no clock-stop task is.
AgencyClock count_clock(const CompiledPathway& pathway, const ConstApplicationRecord& record,
                        std::int32_t first, std::int32_t last);

/// The timeline of application `application` of an engine run. With `measure` (a single
/// application), float is measured by re-scheduling where the budget allows, else by the
/// backward pass.
Timeline build_timeline(const CompiledPathway& pathway, const EngineResult& result,
                        std::size_t application, const FloatMeasure* measure = nullptr);

/// What `deadline` measures between `from_task` and `to_task` of `timeline` (its clock
/// days from timeline.clock, its working days on `working_calendar`), and where it falls
/// due. The one place deadlines are measured: the scheduler's own and measure_deadline().
/// `to_ema_day`: the `to` task counts in EMA procedure days, so a clock-day deadline to
/// its finish counts that last day too (Day 210 is the opinion's day).
DeadlineResult measure_deadline(const Timeline& timeline, const model::Deadline& deadline,
                                const TaskTiming& from_task, const TaskTiming& to_task,
                                const calendar::Calendar& working_calendar, bool to_ema_day);

/// Queue statistics of every pool over a portfolio run.
std::vector<PoolStatistics> build_pool_statistics(const CompiledPathway& pathway,
                                                  const EngineResult& result);

}  // namespace regsim::sim::detail
