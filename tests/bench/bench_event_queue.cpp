// The hold model: the classic benchmark of a future-event list. The queue holds N events;
// each step takes the earliest out and schedules a new one a random time later: 1 to
// `horizon` days (100: within the queue's day buckets; 1000: mostly beyond them).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "sim/event_queue.hpp"

namespace {

using regsim::sim::detail::EventPriority;
using regsim::sim::detail::EventQueue;
using regsim::sim::detail::EventType;

struct XorShift {
  std::uint64_t state = 88172645463325252ull;
  std::uint32_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<std::uint32_t>(state);
  }
};

void BM_event_queue_hold(benchmark::State& state) {
  const auto size = static_cast<int>(state.range(0));
  const auto horizon = static_cast<std::uint32_t>(state.range(1));
  EventQueue queue(0);
  XorShift random;
  for (int i = 0; i < size; ++i) {
    queue.push(static_cast<std::int32_t>(random.next() % 1000), EventPriority::request,
               EventType::finished, 0, i);
  }
  for (auto _ : state) {
    const auto event = queue.pop();
    const std::int32_t day = queue.day_of(event);
    queue.push(day + 1 + static_cast<std::int32_t>(random.next() % horizon), EventPriority::request,
               EventType::finished, event.application, event.item());
    // Keys hold 22 bits of days: rebase the (simulated) clock long before it runs out.
    if (day > 3'000'000) {
      state.PauseTiming();
      std::vector<std::pair<std::int32_t, std::int32_t>> pending;
      while (!queue.empty()) {
        const auto held = queue.pop();
        pending.emplace_back(queue.day_of(held) - day, held.item());
      }
      queue.reset(0);
      for (const auto& [offset, item] : pending) {
        queue.push(offset, EventPriority::request, EventType::finished, 0, item);
      }
      state.ResumeTiming();
    }
  }
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_event_queue_hold)
    ->ArgNames({"queued", "horizon"})
    ->Args({100, 100})
    ->Args({1000, 100})
    ->Args({10000, 100})
    ->Args({100000, 100})
    ->Args({100000, 1000})
    ->Args({1000000, 100});

}  // namespace
