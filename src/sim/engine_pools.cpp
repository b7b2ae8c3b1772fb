// Pools: requests queue for units in rank order, finished work hands its units on, and
// capacity plans change a pool's size on their dates (engine_run.hpp).
#include <algorithm>
#include <climits>
#include <functional>

#include "engine_run.hpp"

namespace regsim::sim::detail {

// Plan steps on or before the first arrival set the starting capacity; later ones are
// events of their day, before that day's requests.
void EngineRun::schedule_capacity_plans(std::int32_t base) {
  const auto& resources = cp_.pathway->resources;
  for (std::size_t p = 0; p < pools_.size(); ++p) {
    const auto& plan = resources[p].plan;
    for (std::size_t s = 0; s < plan.size(); ++s) {
      const std::int32_t day = to_day(plan[s].from);
      if (base == INT_MAX || day <= base) {
        pools_[p].capacity = plan[s].capacity;
      } else {
        queue_.push(day, EventPriority::release, EventType::capacity, static_cast<std::int32_t>(p),
                    static_cast<std::int32_t>(s));
      }
    }
  }
}

// A unit beyond a lowered capacity finishes the task it holds; only new starts see the
// lower capacity. A raised capacity serves the queue at once.
void EngineRun::change_capacity(std::int32_t pool, std::int32_t step, std::int32_t now) {
  const auto& plan = cp_.pathway->resources[static_cast<std::size_t>(pool)].plan;
  pools_[static_cast<std::size_t>(pool)].capacity = plan[static_cast<std::size_t>(step)].capacity;
  serve(pool, now);
}

void EngineRun::request(std::int32_t application, std::int32_t instance, std::int32_t now) {
  const auto& task = compiled(instance);
  std::int32_t blocked = -1;
  for (auto k = task.needs_begin; k < task.needs_end; ++k) {
    const Need& need = cp_.needs[static_cast<std::size_t>(k)];
    const auto& pool = pools_[static_cast<std::size_t>(need.pool)];
    if (!pool.queue.empty() || pool.in_use + need.units > pool.capacity) {
      blocked = need.pool;
      break;
    }
  }
  if (blocked < 0) {
    acquire(application, instance, now);
    return;
  }
  enqueue(blocked, Waiter{0, now, application, instance});
  serve(blocked, now);
}

void EngineRun::enqueue(std::int32_t pool_index, Waiter waiter) {
  auto& pool = pools_[static_cast<std::size_t>(pool_index)];
  waiter.rank =
      pool.priority
          ? -static_cast<std::int64_t>(priorities_[static_cast<std::size_t>(waiter.application)])
          : 0;
  pool.queue.push_back(waiter);
  std::push_heap(pool.queue.begin(), pool.queue.end(), std::greater<>());
  waited_pool_[slot(waiter.application, waiter.instance)] = pool_index;
}

// Hands free units to the head of the pool's queue, strictly in queue order.
void EngineRun::serve(std::int32_t pool_index, std::int32_t now) {
  auto& pool = pools_[static_cast<std::size_t>(pool_index)];
  while (!pool.queue.empty()) {
    const Waiter head = pool.queue.front();
    const auto& task = compiled(head.instance);
    std::int32_t blocked = -1;
    for (auto k = task.needs_begin; k < task.needs_end; ++k) {
      const Need& need = cp_.needs[static_cast<std::size_t>(k)];
      const auto& other = pools_[static_cast<std::size_t>(need.pool)];
      if (other.in_use + need.units > other.capacity) {
        blocked = need.pool;
        break;
      }
    }
    if (blocked == pool_index) return;
    std::pop_heap(pool.queue.begin(), pool.queue.end(), std::greater<>());
    pool.queue.pop_back();
    if (blocked >= 0) {
      enqueue(blocked, head);  // wait for the other pool, keeping the request day
      continue;
    }
    acquire(head.application, head.instance, now);
  }
}

void EngineRun::acquire(std::int32_t application, std::int32_t instance, std::int32_t now) {
  const auto record = result_.application(static_cast<std::size_t>(application));
  const auto i = static_cast<std::size_t>(instance);
  const auto& task = compiled(instance);
  std::int32_t start = now;
  blaming(instance, [&] {
    const calendar::Duration duration = duration_of(application, instance);
    start = adjust(instance, duration, now);
    begin(application, instance, start, duration);
  });
  const std::int32_t wait = start - record.ready[i];
  if (wait > 0) {
    auto& driver = record.driver[i];
    driver.pool = waited_pool_[slot(application, instance)];
    driver.releaser_application = releaser_application_;
    driver.releaser = releaser_;
  }
  for (auto k = task.needs_begin; k < task.needs_end; ++k) {
    const Need& need = cp_.needs[static_cast<std::size_t>(k)];
    pools_[static_cast<std::size_t>(need.pool)].in_use += need.units;
    auto& stats = result_.pools[static_cast<std::size_t>(need.pool)];
    ++stats.requests;
    stats.total_wait += wait;
    stats.max_wait = std::max<std::int64_t>(stats.max_wait, wait);
    if (wait > 0) ++stats.waited;
    stats.busy_unit_days += static_cast<std::int64_t>(need.units) * (record.finish[i] - start);
  }
  queue_.push(record.finish[i], EventPriority::release, EventType::finished, application, instance);
  if (observer_) {
    const std::int32_t pool = waited_pool_[slot(application, instance)];
    if (wait > 0 && pool >= 0) {
      observer_->waited_for_resource(application, id_of(instance),
                                     cp_.pathway->resources[static_cast<std::size_t>(pool)].id,
                                     to_date(record.ready[i]), to_date(start));
    }
    notify_started(application, instance);
  }
  settle(application, instance);
  drain(application, now);
}

void EngineRun::finished(std::int32_t application, std::int32_t instance, std::int32_t now) {
  const auto& task = compiled(instance);
  // Actual work took no unit (fix_actual), so it has none to give back.
  const bool actual = result_.application(static_cast<std::size_t>(application))
                          .driver[static_cast<std::size_t>(instance)]
                          .actual;
  for (auto k = task.needs_begin; k < task.needs_end && !actual; ++k) {
    const Need& need = cp_.needs[static_cast<std::size_t>(k)];
    pools_[static_cast<std::size_t>(need.pool)].in_use -= need.units;
  }
  if (observer_) {
    const auto record = result_.application(static_cast<std::size_t>(application));
    const auto i = static_cast<std::size_t>(instance);
    if (task.sittings >= 0 && record.finish[i] > record.duration_end[i]) {
      observer_->waited_for_sitting(
          application, id_of(instance),
          cp_.pathway->tasks[static_cast<std::size_t>(task_of(instance))].sittings,
          to_date(record.duration_end[i]), to_date(record.finish[i]));
    }
    observer_->task_finished(application, id_of(instance), to_date(now));
  }
  // Units handed out now were released by this instance: the pool constraint of the
  // task that gets one points back here.
  releaser_application_ = application;
  releaser_ = instance;
  for (auto k = task.needs_begin; k < task.needs_end && !actual; ++k) {
    serve(cp_.needs[static_cast<std::size_t>(k)].pool, now);
  }
  releaser_application_ = releaser_ = -1;
}

std::int64_t capacity_unit_days(const CompiledPathway& pathway, std::size_t pool, std::int32_t from,
                                std::int32_t to) {
  std::int64_t total = 0;
  std::int32_t day = from;
  std::int64_t capacity = pathway.capacities[pool];
  for (const auto& step : pathway.pathway->resources[pool].plan) {
    const std::int32_t change = to_day(step.from);
    if (change > day) {
      total += capacity * (std::min(change, to) - day);
      day = std::min(change, to);
    }
    capacity = step.capacity;
  }
  if (to > day) total += capacity * (to - day);
  return total;
}

}  // namespace regsim::sim::detail
