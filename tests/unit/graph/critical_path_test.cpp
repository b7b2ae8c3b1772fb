#include "regsim/graph/critical_path.hpp"

#include <catch2/catch.hpp>
#include <chrono>

#include "unit/graph/pathway_builder.hpp"

using namespace regsim::model;
using regsim::graph::CriticalPath;
using regsim::graph::TaskTimes;
using regsim::test::PathwayBuilder;

namespace {

constexpr auto FS = DependencyType::finish_to_start;
constexpr auto SS = DependencyType::start_to_start;
constexpr auto FF = DependencyType::finish_to_finish;
constexpr auto SF = DependencyType::start_to_finish;

// duration, ES, EF, LS, LF, total float, free float.
TaskTimes times(std::int64_t d, std::int64_t es, std::int64_t ef, std::int64_t ls, std::int64_t lf,
                std::int64_t total, std::int64_t free) {
  return TaskTimes{d, es, ef, ls, lf, total, free, total == 0};
}

// Two tasks a (da) and b (db) linked a -> b by one dependency.
CriticalPath pair(std::int64_t da, std::int64_t db, DependencyType type, int lag) {
  PathwayBuilder b;
  b.task("a", static_cast<double>(da)).task("b", static_cast<double>(db)).dep("a", "b", type, lag);
  return regsim::graph::critical_path(b.build());
}

}  // namespace

TEST_CASE("finish-to-start with a lag, a lead and a lead longer than the task", "[graph]") {
  SECTION("+2: b starts 2 after a finishes") {
    const auto r = pair(3, 4, FS, 2);
    CHECK(r.length == 9);
    CHECK(r.tasks[0] == times(3, 0, 3, 0, 3, 0, 0));
    CHECK(r.tasks[1] == times(4, 5, 9, 5, 9, 0, 0));
    CHECK(r.path == std::vector<std::size_t>{0, 1});
  }
  SECTION("-2: b overlaps the end of a") {
    const auto r = pair(3, 4, FS, -2);
    CHECK(r.length == 5);
    CHECK(r.tasks[0] == times(3, 0, 3, 0, 3, 0, 0));
    CHECK(r.tasks[1] == times(4, 1, 5, 1, 5, 0, 0));
  }
  SECTION("-5: b would start before the pathway, so starts at 0 and a gains float") {
    const auto r = pair(3, 4, FS, -5);
    CHECK(r.length == 4);
    // a may finish as late as 4 (the end); b's start allows up to 5.
    CHECK(r.tasks[0] == times(3, 0, 3, 1, 4, 1, 1));
    CHECK(r.tasks[1] == times(4, 0, 4, 0, 4, 0, 0));
    CHECK(r.path == std::vector<std::size_t>{1});
  }
}

TEST_CASE("start-to-start with a lag and a lead", "[graph]") {
  SECTION("+2") {
    const auto r = pair(5, 4, SS, 2);
    CHECK(r.length == 6);
    // a: late start 0 (b's late start 2 - 2); it may still finish 1 late: free float 0
    // because b's start would move first.
    CHECK(r.tasks[0] == times(5, 0, 5, 0, 5, 0, 0));
    CHECK(r.tasks[1] == times(4, 2, 6, 2, 6, 0, 0));
    CHECK(r.path == std::vector<std::size_t>{0, 1});
  }
  SECTION("-2: b starts with the pathway, a alone sets the end") {
    const auto r = pair(5, 4, SS, -2);
    CHECK(r.length == 5);
    CHECK(r.tasks[0] == times(5, 0, 5, 0, 5, 0, 0));
    CHECK(r.tasks[1] == times(4, 0, 4, 1, 5, 1, 1));
    CHECK(r.path == std::vector<std::size_t>{0});
  }
}

TEST_CASE("finish-to-finish with a lag and a lead", "[graph]") {
  SECTION("+2: b finishes 2 after a") {
    const auto r = pair(5, 3, FF, 2);
    CHECK(r.length == 7);
    CHECK(r.tasks[0] == times(5, 0, 5, 0, 5, 0, 0));
    CHECK(r.tasks[1] == times(3, 4, 7, 4, 7, 0, 0));
    CHECK(r.path == std::vector<std::size_t>{0, 1});
  }
  SECTION("-1 with a long successor: b is held at 0, a floats") {
    const auto r = pair(2, 6, FF, -1);
    CHECK(r.length == 6);
    // a may finish by 6 (the end; b allows 7): total 4; b's finish allows a 5: free 4.
    CHECK(r.tasks[0] == times(2, 0, 2, 4, 6, 4, 4));
    CHECK(r.tasks[1] == times(6, 0, 6, 0, 6, 0, 0));
    CHECK(r.path == std::vector<std::size_t>{1});
  }
}

TEST_CASE("start-to-finish with a lag and a lead", "[graph]") {
  SECTION("+3: b finishes no earlier than 3 after a starts") {
    const auto r = pair(5, 2, SF, 3);
    CHECK(r.length == 5);
    CHECK(r.tasks[0] == times(5, 0, 5, 0, 5, 0, 0));
    CHECK(r.tasks[1] == times(2, 1, 3, 3, 5, 2, 2));
  }
  SECTION("+10: b ends the pathway and drives a's start") {
    const auto r = pair(2, 3, SF, 10);
    CHECK(r.length == 10);
    CHECK(r.tasks[0] == times(2, 0, 2, 0, 2, 0, 0));
    CHECK(r.tasks[1] == times(3, 7, 10, 7, 10, 0, 0));
    CHECK(r.path == std::vector<std::size_t>{0, 1});
  }
  SECTION("-2") {
    const auto r = pair(4, 3, SF, -2);
    CHECK(r.length == 4);
    CHECK(r.tasks[0] == times(4, 0, 4, 0, 4, 0, 0));
    CHECK(r.tasks[1] == times(3, 0, 3, 1, 4, 1, 1));
  }
}

TEST_CASE("a diamond with a side chain: total and free float differ", "[graph]") {
  PathwayBuilder b;
  // start(2) -> a(4) -> a2(1) -> end(3); start -> b(7) -> end.
  b.task("start", 2).task("a", 4).task("a2", 1).task("b", 7).task("end", 3);
  b.dep("start", "a").dep("a", "a2").dep("a2", "end").dep("start", "b").dep("b", "end");
  const auto r = regsim::graph::critical_path(b.build());
  CHECK(r.length == 12);
  CHECK(r.tasks[0] == times(2, 0, 2, 0, 2, 0, 0));
  CHECK(r.tasks[1] == times(4, 2, 6, 4, 8, 2, 0));  // a2 starts right after a: free 0
  CHECK(r.tasks[2] == times(1, 6, 7, 8, 9, 2, 2));
  CHECK(r.tasks[3] == times(7, 2, 9, 2, 9, 0, 0));
  CHECK(r.tasks[4] == times(3, 9, 12, 9, 12, 0, 0));
  CHECK(r.path == std::vector<std::size_t>{0, 3, 4});
}

TEST_CASE("lags are abstract units whatever their unit; several sinks", "[graph]") {
  using regsim::calendar::DurationUnit;
  PathwayBuilder b;
  // a 10wd -> (FS +1mo) -> b 2mo;  a -> c 3d (a second sink with float).
  b.task("a", 10, DurationUnit::working_days).task("b", 2, DurationUnit::months);
  b.task("c", 3);
  b.dep("a", "b", FS, 1, DurationUnit::months).dep("a", "c");
  const auto r = regsim::graph::critical_path(b.build());
  CHECK(r.length == 13);
  CHECK(r.tasks[1] == times(2, 11, 13, 11, 13, 0, 0));
  CHECK(r.tasks[2] == times(3, 10, 13, 10, 13, 0, 0));  // also ends at 13: critical
  // The path ends at the last sink in topological order that finishes at the end.
  CHECK(r.path == std::vector<std::size_t>{0, 2});
}

TEST_CASE("deterministic amounts: point estimates, unlikely tasks and branches", "[graph]") {
  PathwayBuilder b;
  b.task("a", 10).task("b", 20).task("c", 30).task("d", 40).task("e", 50);
  Pathway& p = b.get();
  p.tasks[0].duration.distribution = Triangular{5, 12, 40};
  p.tasks[1].probability = 0.4;                                    // does not happen
  p.tasks[2].probability = 0.5;                                    // happens
  p.branches = {Branch{"outcome", {{"d", 0.5}, {"e", 0.5}}, {}}};  // tie: first listed
  CHECK(regsim::graph::deterministic_amounts(p) == std::vector<std::int64_t>{12, 0, 30, 40, 0});
  p.branches[0].outcomes[1].probability = 0.6;
  p.branches[0].outcomes[0].probability = 0.4;
  CHECK(regsim::graph::deterministic_amounts(p) == std::vector<std::int64_t>{12, 0, 30, 0, 50});
}

TEST_CASE("explicit durations are checked", "[graph]") {
  PathwayBuilder b;
  b.task("a").task("b").dep("a", "b");
  const Pathway p = b.build();
  const regsim::graph::TaskGraph graph(p);
  const std::vector<std::int64_t> wrong_size{1};
  const std::vector<std::int64_t> negative{1, -1};
  const std::vector<std::int64_t> fine{4, 6};
  CHECK_THROWS_AS(regsim::graph::critical_path(p, graph, wrong_size), regsim::Error);
  CHECK_THROWS_AS(regsim::graph::critical_path(p, graph, negative), regsim::Error);
  CHECK(regsim::graph::critical_path(p, graph, fine).length == 10);
}

TEST_CASE("an empty pathway has length 0 and no path", "[graph]") {
  const auto r = regsim::graph::critical_path(Pathway{});
  CHECK(r.length == 0);
  CHECK(r.tasks.empty());
  CHECK(r.path.empty());
}

TEST_CASE("a 100,000-task chain is scheduled without recursion", "[graph]") {
  PathwayBuilder b;
  const int n = 100000;
  // Task i lasts 1 + (i % 3) units: the chain lasts sum over i of (1 + i % 3).
  for (int i = 0; i < n; ++i)
    b.task("t" + std::to_string(i), 1 + i % 3);
  for (int i = 0; i + 1 < n; ++i)
    b.dep("t" + std::to_string(i), "t" + std::to_string(i + 1));
  // A side task hanging off the middle, with float up to the end.
  b.task("side", 5).dep("t50000", "side");
  const Pathway p = b.build();

  const auto begin = std::chrono::steady_clock::now();
  const auto r = regsim::graph::critical_path(p);
  const auto elapsed = std::chrono::steady_clock::now() - begin;

  // 33,334 tasks of 1 (i % 3 == 0), 33,333 of 2 and 33,333 of 3.
  const std::int64_t length = 33334 * 1 + 33333 * 2 + 33333 * 3;
  CHECK(r.length == length);
  CHECK(r.path.size() == static_cast<std::size_t>(n));
  CHECK(r.path.front() == 0);
  CHECK(r.path.back() == static_cast<std::size_t>(n - 1));
  CHECK(r.tasks[n - 1].earliest_finish == length);
  CHECK(r.tasks[n - 1].earliest_start == length - (1 + (n - 1) % 3));
  // t50000 finishes after t0..t50000: 16,667 ones, 16,667 twos, 16,667 threes.
  const std::int64_t side_start = 16667 * 6;
  CHECK(r.tasks[n] == times(5, side_start, side_start + 5, length - 5, length,
                            length - 5 - side_start, length - 5 - side_start));
  std::size_t critical = 0;
  for (const auto& t : r.tasks)
    critical += t.critical ? 1 : 0;
  CHECK(critical == static_cast<std::size_t>(n));
  // Linear work on 100,001 tasks takes milliseconds (more in a sanitizer build on a busy
  // machine); a quadratic pass would need ~10^10 steps, minutes. The bound sits between.
  CHECK(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() < 10000);
}
