#include "../../../src/sim/event_queue.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <utility>
#include <vector>

using regsim::sim::detail::EventPriority;
using regsim::sim::detail::EventQueue;
using regsim::sim::detail::EventType;

namespace {

// Pops every event: their items and days, in the order they came out.
std::pair<std::vector<int>, std::vector<int>> drain(EventQueue& queue) {
  std::vector<int> items, days;
  while (!queue.empty()) {
    const auto event = queue.pop();
    items.push_back(event.item());
    days.push_back(queue.day_of(event));
  }
  return {items, days};
}

}  // namespace

TEST_CASE("events come out by day, then priority, then insertion order", "[sim]") {
  EventQueue queue(100);
  queue.push(105, EventPriority::request, EventType::request, 0, 1);
  queue.push(103, EventPriority::request, EventType::request, 0, 2);
  queue.push(105, EventPriority::release, EventType::finished, 0, 3);
  queue.push(105, EventPriority::request, EventType::request, 0, 4);
  queue.push(100, EventPriority::arrival, EventType::request, 0, 5);
  queue.push(105, EventPriority::release, EventType::finished, 0, 6);
  const auto [items, days] = drain(queue);
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

namespace {

// The reference order: (day, priority, insertion order), what the key encodes.
struct Reference {
  int day;
  int priority;
  int sequence;
  int item;
  auto operator<=>(const Reference&) const = default;
};

// Random pushes and pops against a sorted reference. `spread` days ahead of the last pop;
// `earlier` lets a push land before the last popped day.
void check_against_reference(unsigned seed, int spread, bool earlier, int steps) {
  EventQueue queue(1000);
  std::set<Reference> reference;
  unsigned state = seed;
  auto next = [&state](unsigned bound) {
    state = state * 1103515245u + 12345u;
    return static_cast<int>((state >> 8) % bound);
  };
  int now = 1000, sequence = 0, item = 0, mismatches = 0;
  for (int step = 0; step < steps; ++step) {
    if (reference.empty() || next(100) < 55) {
      int day = now + next(static_cast<unsigned>(spread));
      if (earlier && next(50) == 0) day = std::max(1000, now - 1 - next(400));
      const int priority = next(3);
      queue.push(day, static_cast<EventPriority>(priority), EventType::request, 0, item);
      reference.insert({day, priority, sequence++, item++});
    } else {
      // The peek the engine merges arrivals by: the position of the event pop() returns.
      const std::uint64_t peeked = queue.next_position();
      const auto event = queue.pop();
      if (peeked != event.position()) ++mismatches;
      const Reference expected = *reference.begin();
      reference.erase(reference.begin());
      if (event.item() != expected.item || queue.day_of(event) != expected.day) ++mismatches;
      now = expected.day;
    }
    if (queue.size() != reference.size()) ++mismatches;
  }
  while (!reference.empty()) {
    const auto event = queue.pop();
    if (event.item() != reference.begin()->item) ++mismatches;
    reference.erase(reference.begin());
  }
  CHECK(queue.empty());
  CHECK(mismatches == 0);
}

}  // namespace

TEST_CASE("the event queue pops in key order once it holds enough to use day buckets", "[sim]") {
  // Enough events to pass the threshold, spread within and far beyond the bucket window.
  SECTION("near events") {
    check_against_reference(1, 60, false, 60'000);
  }
  SECTION("events beyond the window") {
    check_against_reference(2, 3000, false, 60'000);
  }
  SECTION("pushes before the current day and priority") {
    check_against_reference(3, 400, true, 60'000);
  }
}

TEST_CASE("a reset event queue starts over with its buckets on", "[sim]") {
  EventQueue queue(0);
  for (int i = 0; i < 5000; ++i)
    queue.push(i % 500, EventPriority::request, EventType::request, 0, i);
  for (int i = 0; i < 100; ++i)
    queue.pop();
  queue.reset(50);
  CHECK(queue.empty());
  queue.push(900, EventPriority::request, EventType::request, 0, 1);
  queue.push(60, EventPriority::request, EventType::request, 0, 2);
  queue.push(60, EventPriority::release, EventType::finished, 0, 3);
  const auto [items, days] = drain(queue);
  CHECK(items == std::vector<int>{3, 2, 1});
  CHECK(days == std::vector<int>{60, 60, 900});
}
