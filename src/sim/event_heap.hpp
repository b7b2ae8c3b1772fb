// A four-ary min-heap of events on their keys: the event queue's far-future store.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "event.hpp"

namespace regsim::sim::detail {

/// Four children per node, not two: half the levels for a sift down through a large
/// heap, and the four 16-byte children lie side by side. Keys are unique, so the order
/// events come out in does not depend on the heap's shape.
class EventHeap {
 public:
  bool empty() const noexcept { return heap_.empty(); }
  std::size_t size() const noexcept { return heap_.size(); }
  void clear() noexcept { heap_.clear(); }

  void push(const Event& event) {
    heap_.push_back(event);
    sift_up(heap_.size() - 1);
  }

  /// The smallest key. Precondition: not empty.
  const Event& top() const { return heap_.front(); }

  /// Removes and returns the smallest key. Precondition: not empty.
  Event pop() {
    Event result = heap_.front();
    heap_.front() = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) sift_down(0);
    return result;
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
};

}  // namespace regsim::sim::detail
