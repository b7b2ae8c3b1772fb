// One run of the discrete-event engine (run_engine, engine.hpp), shared by the files that
// define it: engine.cpp (set-up and the event loop), engine_dates.cpp (when an instance can
// start and finish: dependencies, sittings, status facts) and engine_pools.cpp (pool queues
// and capacity). The small date helpers every part calls in its inner loop are defined here,
// inline, so that splitting the class over files costs no call.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "engine.hpp"
#include "regsim/error.hpp"

namespace regsim::sim::detail {

// A request waiting in a pool: ordered by rank (0 for FIFO pools, minus the application's
// priority for priority pools), then request day, application and instance.
struct Waiter {
  std::int64_t rank = 0;
  std::int32_t day = 0;
  std::int32_t application = 0;
  std::int32_t instance = 0;
  bool operator>(const Waiter& other) const {
    if (rank != other.rank) return rank > other.rank;
    if (day != other.day) return day > other.day;
    if (application != other.application) return application > other.application;
    return instance > other.instance;
  }
};

struct PoolState {
  std::int32_t capacity = 1;
  std::int32_t in_use = 0;
  bool priority = false;
  std::vector<Waiter> queue;  // min-heap via std::greater
};

class EngineRun {
 public:
  EngineRun(const CompiledPathway& pathway, const std::vector<std::int32_t>& arrivals,
            const std::vector<int>& priorities, const Draws* draws, Observer* observer,
            const Tracking* tracking, const DrawTable* application_draws, const Slip* slip,
            bool drivers);

  EngineResult run();

 private:
  // Set-up and the event loop (engine.cpp).
  void prepare_plan(const Draws* draws);
  void mark_skipped(std::size_t application, std::span<char> skipped) const;
  std::uint64_t arrival_position(std::size_t k) const;
  // Whether the next arrival comes before the queue's next event.
  bool arrival_is_next() const {
    return next_arrival_position_ != no_arrival &&
           (queue_.empty() || next_arrival_position_ < queue_.next_position());
  }
  void apply_status(std::size_t t, char& exists, std::int32_t& rounds) const;
  void notify_started(std::int32_t application, std::int32_t instance);

  // Dates (engine_dates.cpp).
  // The finish of work ending on `end`: then, or at the sitting it waits for (inline for
  // the tasks without one, which is most of them).
  std::int32_t finish_of(std::int32_t instance, std::int32_t end) const {
    return compiled(instance).sittings < 0 ? end : next_sitting(instance, end);
  }
  std::int32_t next_sitting(std::int32_t instance, std::int32_t end) const;
  void resolve(std::int32_t application, std::int32_t instance, std::int32_t now);
  void fix_actual(std::int32_t application, std::int32_t instance, std::int32_t earliest,
                  Progress progress, std::int32_t now);
  std::int32_t earliest_start_finishing_by(std::int32_t instance, calendar::Duration duration,
                                           std::int32_t low, std::int32_t bound) const;
  // Fixes start and finish of an instance that starts on `start` (inline: every instance
  // of every application begins once, from resolve or acquire).
  void begin(std::int32_t application, std::int32_t instance, std::int32_t start,
             calendar::Duration duration) {
    const auto record = result_.application(static_cast<std::size_t>(application));
    const auto i = static_cast<std::size_t>(instance);
    record.start[i] = start;
    record.duration_end[i] = duration_end(instance, duration, start);
    // A slip overruns the work where it started (its start was planned without it).
    if (application == 0 && instance == slip_.instance)
      record.duration_end[i] = checked_day(record.duration_end[i] + slip_.days);
    record.finish[i] = finish_of(instance, record.duration_end[i]);
  }
  void drain(std::int32_t application, std::int32_t now);

  // Pools (engine_pools.cpp).
  void schedule_capacity_plans(std::int32_t base);
  void change_capacity(std::int32_t pool, std::int32_t step, std::int32_t now);
  void request(std::int32_t application, std::int32_t instance, std::int32_t now);
  void enqueue(std::int32_t pool_index, Waiter waiter);
  void serve(std::int32_t pool_index, std::int32_t now);
  void acquire(std::int32_t application, std::int32_t instance, std::int32_t now);
  void finished(std::int32_t application, std::int32_t instance, std::int32_t now);

  const std::string& id_of(std::int32_t instance) const {
    return cp_.pathway->tasks[static_cast<std::size_t>(task_of(instance))].id;
  }
  std::int32_t task_of(std::int32_t instance) const {
    return cp_.instances[static_cast<std::size_t>(instance)].task;
  }
  const CompiledTask& compiled(std::int32_t instance) const {
    return cp_.tasks[static_cast<std::size_t>(task_of(instance))];
  }
  const calendar::Calendar& calendar_of(std::int32_t instance) const {
    return *cp_.calendars[static_cast<std::size_t>(compiled(instance).calendar)];
  }

  std::size_t slot(std::int32_t application, std::int32_t instance) const {
    return static_cast<std::size_t>(application) * instance_count_ +
           static_cast<std::size_t>(instance);
  }

  // The duration of `instance`'s task for `application`: its own draw in a stochastic
  // portfolio, else the run's.
  calendar::Duration duration_of(std::int32_t application, std::int32_t instance) const {
    const auto t = static_cast<std::size_t>(task_of(instance));
    if (!application_draws_ || application_draws_->durations.empty()) return durations_[t];
    calendar::Duration duration =
        application_draws_
            ->durations[static_cast<std::size_t>(application) * application_draws_->tasks + t];
    duration.amount = std::max(duration.amount, 0);
    return duration;
  }

  // The first day work of `duration` can start on, from `day`: a working-day task starts
  // on a working day. The helpers below take the duration (duration_of), looked up once
  // per instance: it is a table read for each application of a portfolio.
  std::int32_t adjust(std::int32_t instance, calendar::Duration duration, std::int32_t day) const {
    if (duration.unit != calendar::DurationUnit::working_days) return day;
    return to_day(calendar_of(instance).next_working_day_on_or_after(to_date(day)));
  }

  // The end of the instance's `duration` when it starts on `start`.
  std::int32_t duration_end(std::int32_t instance, calendar::Duration duration,
                            std::int32_t start) const {
    if (duration.amount == 0) return start;
    const auto& task = compiled(instance);
    if (duration.unit == calendar::DurationUnit::calendar_days &&
        task.convention == calendar::Convention::plain) {
      return checked_day(start + duration.amount);
    }
    return to_day(
        calendar::add_duration(to_date(start), duration, calendar_of(instance), task.convention));
  }

  // Runs `work`, which computes the dates of `instance`. Date arithmetic leaving the years
  // 1400..9999 (a start near 9999, a long duration) is a problem of the file: it is
  // reported at the task whose dates overflowed, like any other diagnostic.
  template <class Work>
  void blaming(std::int32_t instance, Work work) const {
    try {
      work();
    } catch (const InputError&) {
      throw;
    } catch (const Error& error) {
      const auto& task = cp_.pathway->tasks[static_cast<std::size_t>(task_of(instance))];
      throw InputError(task.where, "date_out_of_range",
                       "task '" + task.id + "': " + std::string(error.what()));
    }
  }

  // The round of instance `i`'s loop that a task in progress is in: the rounds stated for
  // the loop (`rounds: N`), else the first.
  std::int32_t round_under_way(std::size_t i) const {
    const auto& instance = cp_.instances[i];
    const auto loop = instance.loop_task >= 0 ? instance.loop_task : instance.task;
    return std::max(1, tracking_->rounds[static_cast<std::size_t>(loop)]);
  }

  // The instance's dates are fixed: its successors may now be resolvable.
  void settle(std::int32_t application, std::int32_t instance) {
    const auto i = static_cast<std::size_t>(instance);
    for (auto k = cp_.out_begin[i]; k < cp_.out_begin[i + 1]; ++k) {
      const std::int32_t next = cp_.out_links[static_cast<std::size_t>(k)];
      if (--pending_[slot(application, next)] == 0) worklist_.push_back(next);
    }
  }

  const CompiledPathway& cp_;
  Observer* observer_;
  const Tracking* tracking_;
  std::vector<std::int32_t> last_round_;  ///< by task: the last round that happens
  std::size_t instance_count_;
  const DrawTable* application_draws_;  ///< a row per application, or null
  Slip slip_;                           ///< instance -1: none
  EngineResult result_;
  std::vector<calendar::Duration> durations_;
  std::vector<char> skipped_;
  std::vector<char> scratch_exists_;
  std::vector<std::int32_t> scratch_rounds_;
  std::vector<std::int32_t> arrival_order_;  ///< applications by (arrival day, index)
  std::size_t next_arrival_ = 0;
  static constexpr std::uint64_t no_arrival = UINT64_MAX;
  std::uint64_t next_arrival_position_ = no_arrival;  ///< arrival_position(next_arrival_)
  std::vector<std::int32_t> pending_;
  std::vector<std::int32_t> waited_pool_;
  std::vector<int> priorities_;
  std::vector<PoolState> pools_;
  std::vector<std::int32_t> worklist_;
  std::int32_t releaser_application_ = -1, releaser_ = -1;  ///< while finished() serves pools
  EventQueue queue_;
};

}  // namespace regsim::sim::detail
