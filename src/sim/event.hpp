// One future event of the scheduler: a 16-byte POD whose key orders it.
#pragma once

#include <cstdint>

namespace regsim::sim::detail {

/// What an event does when it comes due.
enum class EventType : std::uint8_t {
  request,   ///< a task that needs pool units asks for them
  started,   ///< notify: a task started (tasks without pools)
  finished,  ///< a task ends: release its units, notify
  skipped,   ///< notify: a task was passed through
  capacity,  ///< a pool's capacity changes (application: the pool, item: the plan step)
};

/// Same-day order: releases and notifications first, then arrivals, then requests, so a
/// unit freed on a day can be taken by a request of the same day. (Arrivals are not queued
/// events: the engine merges them from their own list at this priority.)
enum class EventPriority : std::uint8_t { release = 0, arrival = 1, request = 2 };

/// One future event. `key` packs (day, priority, insertion sequence) so that queues
/// compare one integer and ties are broken deterministically by insertion order.
struct Event {
  static constexpr int sequence_bits = 40;
  static constexpr int priority_bits = 2;

  std::uint64_t key = 0;
  std::int32_t application = 0;
  std::uint32_t packed = 0;  ///< item << 3 | type: keeps the event at 16 bytes

  /// The task instance index.
  std::int32_t item() const noexcept { return static_cast<std::int32_t>(packed >> 3); }
  EventType type() const noexcept { return static_cast<EventType>(packed & 7u); }
  /// (relative day, priority) as one number: the day times four plus the priority.
  std::uint64_t position() const noexcept { return key >> sequence_bits; }
};
static_assert(sizeof(Event) == 16);

}  // namespace regsim::sim::detail
