#include "../../../src/sim/event_queue.hpp"

#include <catch2/catch.hpp>

using regsim::sim::detail::EventPriority;
using regsim::sim::detail::EventQueue;
using regsim::sim::detail::EventType;

TEST_CASE("events come out by day, then priority, then insertion order", "[sim]") {
  EventQueue queue(100);
  queue.push(105, EventPriority::request, EventType::request, 0, 1);
  queue.push(103, EventPriority::request, EventType::request, 0, 2);
  queue.push(105, EventPriority::release, EventType::finished, 0, 3);
  queue.push(105, EventPriority::request, EventType::request, 0, 4);
  queue.push(100, EventPriority::arrival, EventType::arrival, 0, 5);
  queue.push(105, EventPriority::release, EventType::finished, 0, 6);
  std::vector<int> items, days;
  while (!queue.empty()) {
    const auto event = queue.pop();
    items.push_back(event.item());
    days.push_back(queue.day_of(event));
  }
  CHECK(items == std::vector<int>{5, 2, 3, 6, 1, 4});
  CHECK(days == std::vector<int>{100, 103, 105, 105, 105, 105});
}

TEST_CASE("a hold model keeps the queue ordered", "[sim]") {
  // Pop the earliest, push it again a pseudo-random number of days later: the popped days
  // never decrease.
  EventQueue queue(0);
  unsigned state = 12345;
  for (int i = 0; i < 64; ++i)
    queue.push(static_cast<int>(i % 7), EventPriority::request, EventType::request, 0, i);
  int last = 0;
  bool ordered = true;
  for (int step = 0; step < 10000; ++step) {
    const auto event = queue.pop();
    const int day = queue.day_of(event);
    ordered = ordered && day >= last;
    last = day;
    state = state * 1103515245u + 12345u;
    queue.push(day + static_cast<int>((state >> 16) % 30), EventPriority::request,
               EventType::request, 0, event.item());
  }
  CHECK(ordered);
  CHECK(queue.size() == 64);
}
