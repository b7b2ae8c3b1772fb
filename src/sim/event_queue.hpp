// The future-event list of the scheduler: day buckets for the coming months, a heap beyond.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "event.hpp"
#include "event_heap.hpp"

namespace regsim::sim::detail {

/// Events come out in key order (day, then priority, then insertion order), exactly as
/// from a heap on the key, whatever the sequence of pushes and pops.
///
/// Why buckets: a pop from a heap of 100,000 events misses the cache on most of its
/// levels. The scheduler's clock only moves forward and most events fall within months
/// of it, so a large queue keeps one FIFO per (day, priority) for the `window_days` days
/// from the current one: a push appends to its bucket, a pop takes the head of the first
/// non-empty bucket, found in a bitmap. Insertion order within a bucket is key order,
/// because the sequence only grows. Events further out wait in a heap and move into their
/// buckets, in key order, when the window reaches their day, before any push can land
/// there. A small queue (most runs) stays a plain heap: the buckets cost more to set up
/// than they save.
class EventQueue {
 public:
  static constexpr std::int32_t window_days = 1024;
  /// Heap size at which the buckets are switched on (kept on through `reset`).
  static constexpr std::size_t calendar_threshold = 256;

  explicit EventQueue(std::int32_t base_day = 0) : base_day_(base_day) {}

  /// Forgets every event and restarts the sequence (keeps the storage).
  void reset(std::int32_t base_day) {
    empty_window([](const Event&) {});
    far_.clear();
    cursor_ = 0;
    sequence_ = 0;
    base_day_ = base_day;
  }

  bool empty() const noexcept { return in_window_ == 0 && far_.empty(); }
  std::size_t size() const noexcept { return in_window_ + far_.size(); }

  /// Schedules an event; `day` must not be before the base day; `item` < 2^29.
  void push(std::int32_t day, EventPriority priority, EventType type, std::int32_t application,
            std::int32_t item) {
    const auto relative = static_cast<std::uint64_t>(day - base_day_);
    Event event;
    event.key = (relative << (Event::sequence_bits + Event::priority_bits)) |
                (static_cast<std::uint64_t>(priority) << Event::sequence_bits) | sequence_++;
    event.application = application;
    event.packed = (static_cast<std::uint32_t>(item) << 3) | static_cast<std::uint32_t>(type);
    if (buckets_.empty()) {
      far_.push(event);
      if (far_.size() >= calendar_threshold) switch_on_calendar();
    } else {
      insert(event);
    }
  }

  /// Removes and returns the earliest event. Precondition: not empty.
  Event pop() {
    if (buckets_.empty()) return far_.pop();
    if (in_window_ == 0) move_window(far_.top().position() & ~std::uint64_t{3});
    const std::uint64_t next = next_occupied();
    const bool new_day = (next >> 2) != (cursor_ >> 2);
    cursor_ = next;
    if (new_day) migrate();
    Bucket& bucket = buckets_[cursor_ & slot_mask];
    const Event event = bucket.events[bucket.head++];
    if (bucket.head == bucket.events.size()) {
      bucket.events.clear();
      bucket.head = 0;
      occupied_[(cursor_ & slot_mask) / 64] &= ~(std::uint64_t{1} << (cursor_ % 64));
    }
    --in_window_;
    return event;
  }

  /// The (day - base day) * 4 + priority of the event pop() would return. Precondition:
  /// not empty.
  std::uint64_t next_position() const {
    if (buckets_.empty() || in_window_ == 0) return far_.top().position();
    return next_occupied();
  }

  /// The position an event of `day` and `priority` would have.
  std::uint64_t position_of(std::int32_t day, EventPriority priority) const {
    return (static_cast<std::uint64_t>(day - base_day_) << Event::priority_bits) |
           static_cast<std::uint64_t>(priority);
  }

  /// The day of an event's key.
  std::int32_t day_of(const Event& event) const {
    return base_day_ + static_cast<std::int32_t>(event.position() >> 2);
  }

 private:
  // Four positions per day: the two priority bits of the key.
  static constexpr std::uint64_t slot_count = std::uint64_t{window_days} * 4;
  static constexpr std::uint64_t slot_mask = slot_count - 1;
  static_assert((slot_count & slot_mask) == 0 && slot_count % 64 == 0);

  struct Bucket {
    std::vector<Event> events;
    std::uint32_t head = 0;  ///< events before it have been popped
  };

  void switch_on_calendar() {
    buckets_.resize(slot_count);
    move_window(far_.top().position());
  }

  // Puts an event into its bucket or, beyond the window, into the heap. An event before
  // the cursor on the current day (a release pushed while requests of the day run) moves
  // the cursor back to it; one on an earlier day rebuilds the window around it.
  void insert(const Event& event) {
    const std::uint64_t position = event.position();
    if (position < cursor_) {
      if ((position >> 2) == (cursor_ >> 2)) {
        cursor_ = position;
      } else {
        rewind(position);
      }
    }
    if ((position >> 2) >= (cursor_ >> 2) + window_days) {
      far_.push(event);
    } else {
      append(event);
    }
  }

  void append(const Event& event) {
    const std::uint64_t slot = event.position() & slot_mask;
    buckets_[slot].events.push_back(event);
    occupied_[slot / 64] |= std::uint64_t{1} << (slot % 64);
    ++in_window_;
  }

  // Moves the cursor to `position` (no event before it) and fills the window's new days.
  void move_window(std::uint64_t position) {
    cursor_ = position;
    migrate();
  }

  void migrate() {
    const std::uint64_t limit = ((cursor_ >> 2) + window_days) << 2;
    while (!far_.empty() && far_.top().position() < limit)
      append(far_.pop());
  }

  void rewind(std::uint64_t position) {
    empty_window([this](const Event& event) { far_.push(event); });
    move_window(position);
  }

  // Hands every event still in a bucket to `keep`, then empties the buckets.
  template <typename Keep>
  void empty_window(Keep keep) {
    for (std::size_t word = 0; word < occupied_.size(); ++word) {
      for (std::uint64_t bits = occupied_[word]; bits != 0; bits &= bits - 1) {
        Bucket& bucket = buckets_[word * 64 + static_cast<std::size_t>(std::countr_zero(bits))];
        for (std::size_t i = bucket.head; i < bucket.events.size(); ++i)
          keep(bucket.events[i]);
        bucket.events.clear();
        bucket.head = 0;
      }
      occupied_[word] = 0;
    }
    in_window_ = 0;
  }

  // The position of the first occupied bucket at or after the cursor. Every occupied
  // bucket lies within the window, so going once round the ring finds it.
  // Precondition: in_window_ > 0.
  std::uint64_t next_occupied() const {
    const std::uint64_t start = cursor_ & slot_mask;
    std::size_t word = start / 64;
    std::uint64_t bits = occupied_[word] & (~std::uint64_t{0} << (start % 64));
    while (bits == 0) {
      word = (word + 1) % occupied_.size();
      bits = occupied_[word];
    }
    const std::uint64_t slot = word * 64 + static_cast<std::uint64_t>(std::countr_zero(bits));
    return cursor_ + ((slot - start) & slot_mask);
  }

  std::vector<Bucket> buckets_;  ///< empty while the queue is a plain heap
  std::array<std::uint64_t, slot_count / 64> occupied_{};
  EventHeap far_;  ///< events beyond the window (everything, as a plain heap)
  std::size_t in_window_ = 0;
  std::uint64_t cursor_ = 0;  ///< position (day * 4 + priority) of the last pop or less
  std::uint64_t sequence_ = 0;
  std::int32_t base_day_ = 0;
};

}  // namespace regsim::sim::detail
