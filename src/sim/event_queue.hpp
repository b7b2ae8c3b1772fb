// The future-event list of the scheduler: a four-ary heap of small POD events.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace regsim::sim::detail {

/// What an event does when it comes due.
enum class EventType : std::uint8_t {
  arrival,   ///< an application enters the pathway
  request,   ///< a task that needs pool units asks for them
  started,   ///< notify: a task started (tasks without pools)
  finished,  ///< a task ends: release its units, notify
  skipped,   ///< notify: a task was passed through
};

/// Same-day order: releases and notifications first, then arrivals, then requests, so a
/// unit freed on a day can be taken by a request of the same day.
enum class EventPriority : std::uint8_t { release = 0, arrival = 1, request = 2 };

/// One future event. `key` packs (day, priority, insertion sequence) so that the heap
/// compares one integer and ties are broken deterministically by insertion order.
struct Event {
  std::uint64_t key = 0;
  std::int32_t application = 0;
  std::uint32_t packed = 0;  ///< item << 3 | type: keeps the event at 16 bytes

  /// The task instance index.
  std::int32_t item() const noexcept { return static_cast<std::int32_t>(packed >> 3); }
  EventType type() const noexcept { return static_cast<EventType>(packed & 7u); }
};
static_assert(sizeof(Event) == 16);

/// A min-heap on Event::key. Days are stored relative to a base day so that they fit
/// the key's 22 day bits (about 11,000 years); the sequence has 40 bits.
///
/// Four children per node, not two: half the levels for a sift down through a large
/// queue, and the four 16-byte children lie side by side. Keys are unique, so the order
/// events come out in does not depend on the heap's shape.
class EventQueue {
 public:
  static constexpr int sequence_bits = 40;
  static constexpr int priority_bits = 2;

  explicit EventQueue(std::int32_t base_day = 0) : base_day_(base_day) {}

  /// Forgets every event and restarts the sequence (keeps the storage).
  void reset(std::int32_t base_day) {
    heap_.clear();
    sequence_ = 0;
    base_day_ = base_day;
  }

  bool empty() const noexcept { return heap_.empty(); }
  std::size_t size() const noexcept { return heap_.size(); }

  /// Schedules an event; `day` must not be before the base day; `item` < 2^29.
  void push(std::int32_t day, EventPriority priority, EventType type, std::int32_t application,
            std::int32_t item) {
    const auto relative = static_cast<std::uint64_t>(day - base_day_);
    Event event;
    event.key = (relative << (sequence_bits + priority_bits)) |
                (static_cast<std::uint64_t>(priority) << sequence_bits) | sequence_++;
    event.application = application;
    event.packed = (static_cast<std::uint32_t>(item) << 3) | static_cast<std::uint32_t>(type);
    heap_.push_back(event);
    sift_up(heap_.size() - 1);
  }

  /// The earliest event (smallest key). Precondition: not empty.
  const Event& top() const { return heap_.front(); }

  /// Removes and returns the earliest event. Precondition: not empty.
  Event pop() {
    Event result = heap_.front();
    heap_.front() = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) sift_down(0);
    return result;
  }

  /// The day of an event's key.
  std::int32_t day_of(const Event& event) const {
    return base_day_ + static_cast<std::int32_t>(event.key >> (sequence_bits + priority_bits));
  }

 private:
  static constexpr std::size_t arity = 4;

  void sift_up(std::size_t index) {
    const Event moving = heap_[index];
    while (index > 0) {
      const std::size_t parent = (index - 1) / arity;
      if (heap_[parent].key <= moving.key) break;
      heap_[index] = heap_[parent];
      index = parent;
    }
    heap_[index] = moving;
  }

  void sift_down(std::size_t index) {
    const std::size_t count = heap_.size();
    const Event moving = heap_[index];
    for (;;) {
      const std::size_t first = arity * index + 1;
      if (first >= count) break;
      std::size_t child = first;
      if (first + arity <= count) {
        // A tournament of selects: no branches to mispredict on random keys.
        const std::uint64_t a = heap_[first].key, b = heap_[first + 1].key;
        const std::uint64_t c = heap_[first + 2].key, d = heap_[first + 3].key;
        const std::size_t left = b < a ? first + 1 : first;
        const std::size_t right = d < c ? first + 3 : first + 2;
        child = std::min(c, d) < std::min(a, b) ? right : left;
      } else {
        for (std::size_t other = first + 1; other < count; ++other) {
          if (heap_[other].key < heap_[child].key) child = other;
        }
      }
      if (moving.key <= heap_[child].key) break;
      heap_[index] = heap_[child];
      index = child;
    }
    heap_[index] = moving;
  }

  std::vector<Event> heap_;
  std::uint64_t sequence_ = 0;
  std::int32_t base_day_ = 0;
};

}  // namespace regsim::sim::detail
