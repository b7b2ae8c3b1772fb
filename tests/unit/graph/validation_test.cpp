#include "regsim/graph/validation.hpp"

#include <catch2/catch.hpp>

#include "unit/graph/pathway_builder.hpp"

using namespace regsim::model;
using regsim::Diagnostic;
using regsim::graph::validate;
using regsim::test::PathwayBuilder;

namespace {

using Found = std::vector<std::pair<std::string, int>>;

Found ids_and_lines(const std::vector<Diagnostic>& diagnostics) {
  Found found;
  for (const auto& d : diagnostics)
    found.emplace_back(d.id, d.where.line);
  return found;
}

}  // namespace

TEST_CASE("a sound graph has no diagnostics", "[graph]") {
  PathwayBuilder b;
  b.task("a", 1).task("b", 2).task("c", 3).dep("a", "b").dep("b", "c").dep("a", "c");
  CHECK(validate(b.build()).empty());
}

TEST_CASE("a cycle of three is printed as its path at its first dependency", "[graph]") {
  PathwayBuilder b;
  // Lines: a 1, b 2, c 3, d 4; a->b 5, b->c 6, c->a 7, c->d 8.
  b.task("a").task("b").task("c").task("d");
  b.dep("a", "b").dep("b", "c").dep("c", "a").dep("c", "d");
  const auto found = validate(b.build());
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "dependency_cycle");
  CHECK(found[0].where == regsim::SourceLocation{"p.yaml", 5, 5});
  CHECK(found[0].message == "tasks depend on each other in a loop: a -> b -> c -> a");
}

TEST_CASE("a cycle starts at its first task in file order", "[graph]") {
  PathwayBuilder b;
  // Lines: x 1, c 2, b 3, a 4; a->b 5, b->c 6, c->a 7, x->a 8.
  b.task("x").task("c").task("b").task("a");
  b.dep("a", "b").dep("b", "c").dep("c", "a").dep("x", "a");
  const auto found = validate(b.build());
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find(": c -> a -> b -> c") != std::string::npos);
  CHECK(found[0].where.line == 7);  // c -> a
}

TEST_CASE("separate cycles are each reported; the shortest loop is printed", "[graph]") {
  PathwayBuilder b;
  // Lines: a 1 .. f 6; a->b 7, b->a 8, c->d 9, d->e 10, e->c 11, d->c 12, f->a 13.
  b.task("a").task("b").task("c").task("d").task("e").task("f");
  b.dep("a", "b").dep("b", "a").dep("c", "d").dep("d", "e").dep("e", "c").dep("d", "c");
  b.dep("f", "a");
  const auto found = validate(b.build());
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.find(": a -> b -> a") != std::string::npos);
  CHECK(found[0].where.line == 7);
  CHECK(found[1].message.find(": c -> d -> c") != std::string::npos);  // not c -> d -> e -> c
  CHECK(found[1].where.line == 9);
}

TEST_CASE("every dangling reference, self dependency and duplicate is collected", "[graph]") {
  PathwayBuilder b;
  // Lines: a 1, b 2, a 3 (duplicate); a->zz 4, yy->b 5, b->b 6, a->b 7.
  b.task("a").task("b").task("a");
  b.dep("a", "zz").dep("yy", "b").dep("b", "b").dep("a", "b");
  Pathway& p = b.get();
  p.branches = {Branch{"outcome", {{"a", 0.5}, {"xx", 0.5}}, {"p.yaml", 20, 3}}};
  Deadline deadline;
  deadline.id = "statutory";
  deadline.from = "a";
  deadline.to = "ww";
  deadline.where = {"p.yaml", 30, 3};
  p.deadlines = {deadline};
  p.tasks[1].rework = Rework{0.5, 1, "vv", {"p.yaml", 40, 14}};

  const auto found = validate(p);
  const Found expected = {{"duplicate_id", 3},   {"unknown_task", 4},  {"unknown_task", 5},
                          {"unknown_task", 20},  {"unknown_task", 30}, {"unknown_task", 40},
                          {"self_dependency", 6}};
  CHECK(ids_and_lines(found) == expected);
  CHECK(found[1].message.find("'zz'") != std::string::npos);
  CHECK(found[4].message.find("'ww'") != std::string::npos);
}

TEST_CASE("a rework restart must lie upstream of the reworked task", "[graph]") {
  PathwayBuilder b;
  // a -> b -> c, and d alone.
  b.task("a").task("b").task("c").task("d").dep("a", "b").dep("b", "c");
  Pathway& p = b.get();
  SECTION("upstream, two steps away: fine") {
    p.tasks[2].rework = Rework{0.4, 2, "a", {}};
    CHECK(validate(p).empty());
  }
  SECTION("itself or empty: fine") {
    p.tasks[2].rework = Rework{0.4, 2, "c", {}};
    p.tasks[1].rework = Rework{0.4, 2, "", {}};
    CHECK(validate(p).empty());
  }
  SECTION("downstream: an error at the task when the rework has no location") {
    p.tasks[0].rework = Rework{0.4, 2, "c", {}};
    const auto found = validate(p);
    CHECK(ids_and_lines(found) == Found{{"bad_rework_restart", 1}});
  }
  SECTION("unconnected: an error at the rework") {
    p.tasks[2].rework = Rework{0.4, 2, "d", {"p.yaml", 50, 9}};
    CHECK(ids_and_lines(validate(p)) == Found{{"bad_rework_restart", 50}});
  }
}

TEST_CASE("a 100,000-task loop is found without recursion and printed shortened", "[graph]") {
  PathwayBuilder b;
  const int n = 100000;
  for (int i = 0; i < n; ++i)
    b.task("t" + std::to_string(i));
  for (int i = 0; i < n; ++i)
    b.dep("t" + std::to_string(i), "t" + std::to_string((i + 1) % n));
  const auto found = validate(b.build());
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "dependency_cycle");
  CHECK(found[0].where.line == n + 1);  // t0 -> t1
  const auto& message = found[0].message;
  CHECK(message.find(": t0 -> t1 -> t2") != std::string::npos);
  CHECK(message.find("(99970 more)") != std::string::npos);
  CHECK(message.find("t99999 -> t0") != std::string::npos);
  CHECK(message.size() < 1000);
}

TEST_CASE("an unknown task name suggests the closest existing id", "[graph]") {
  PathwayBuilder b;
  b.task("submission").task("review").task("cat").task("bat");
  b.dep("submission", "reveiw").dep("submision", "review").dep("review", "hat");
  b.dep("review", "zz").dep("review", "approval");
  const auto found = validate(b.build());
  REQUIRE(found.size() == 5);
  CHECK(found[0].message.find("(did you mean 'review'?)") != std::string::npos);  // 2 edits
  CHECK(found[1].message.find("(did you mean 'submission'?)") != std::string::npos);
  CHECK(found[2].message.find("(did you mean 'cat'?)") != std::string::npos);  // tie: first
  CHECK(found[3].message.find("did you mean") == std::string::npos);
  CHECK(found[4].message.find("did you mean") == std::string::npos);
}

TEST_CASE("validate checks every scenario and names the one a problem belongs to", "[graph]") {
  PathwayBuilder b;
  // Lines: a 1, b 2; a->b 3.
  b.task("a").task("b").dep("a", "b");
  Pathway& p = b.get();
  Scenario loop;
  loop.id = "loop";
  Dependency back;
  back.from = "b";
  back.to = "a";
  back.where = {"p.yaml", 10, 5};
  loop.add_dependencies = {back};
  Scenario fine;
  fine.id = "fine";
  p.scenarios = {fine, loop};
  const auto found = validate(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "dependency_cycle");
  CHECK(found[0].where.line == 3);  // a -> b, the loop's first dependency
  CHECK(found[0].message == "tasks depend on each other in a loop: a -> b -> a (scenario 'loop')");
}

TEST_CASE("validate reports what the scheduler would refuse, not only the graph", "[graph]") {
  PathwayBuilder b;
  b.task("review").task("answer1").task("answer2");
  b.dep("review", "answer1").dep("answer1", "answer2");
  Pathway& p = b.get();
  p.tasks[1].rework = Rework{0.9, 1, "review", {"p.yaml", 20, 3}};
  p.tasks[2].rework = Rework{0.9, 1, "review", {"p.yaml", 30, 3}};
  p.tasks[0].calendar = "nowhere";
  const auto found = validate(p);
  CHECK(ids_and_lines(found) ==
        Found{{"unknown_calendar", 1}, {"rework_overlap", 30}, {"rework_overlap", 30}});
}

TEST_CASE("rework rounds are bounded after unrolling, before they are made", "[graph][limits]") {
  // A chain of 40,000 tasks reworked from its first task, 100 rounds: 40,000 x 101 runs,
  // past the limit of 4,000,000.
  PathwayBuilder b;
  constexpr int n = 40000;
  for (int i = 0; i < n; ++i)
    b.task("t" + std::to_string(i), 1);
  for (int i = 1; i < n; ++i)
    b.dep("t" + std::to_string(i - 1), "t" + std::to_string(i));
  Pathway& p = b.get();
  p.tasks.back().rework = Rework{0.9, 100, "t0", {"p.yaml", 90000, 7}};
  const auto found = validate(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "too_many_rounds");
  CHECK(found[0].where == regsim::SourceLocation{"p.yaml", 90000, 7});
  CHECK(found[0].message.find("100 x 40000 tasks") != std::string::npos);
  // 99 rounds fit: 40,000 x 100 = 4,000,000 runs, 39,999 x 100 + 99 dependencies.
  p.tasks.back().rework->max_rounds = 99;
  CHECK(validate(p).empty());
}
