#include "regsim/graph/task_graph.hpp"

#include <catch2/catch.hpp>

#include "unit/graph/pathway_builder.hpp"

using namespace regsim::model;
using regsim::graph::Arc;
using regsim::graph::TaskGraph;
using regsim::test::PathwayBuilder;

TEST_CASE("a task graph resolves ids and keeps arcs in dependency order", "[graph]") {
  PathwayBuilder b;
  b.task("submission").task("review").task("questions").task("approval");
  b.dep("submission", "review").dep("review", "approval").dep("review", "questions");
  b.dep("questions", "approval").dep("submission", "review", DependencyType::start_to_start);
  const TaskGraph graph(b.build());

  CHECK(graph.size() == 4);
  CHECK(graph.index_of("questions") == 2u);
  CHECK_FALSE(graph.index_of("question"));
  const auto out = graph.successors(1);
  CHECK(std::vector<Arc>(out.begin(), out.end()) == std::vector<Arc>{{3, 1}, {2, 2}});
  const auto in = graph.predecessors(1);
  CHECK(std::vector<Arc>(in.begin(), in.end()) == std::vector<Arc>{{0, 0}, {0, 4}});
  CHECK(graph.predecessors(0).empty());
  CHECK(graph.successors(3).empty());
}

TEST_CASE("topological order: sources in file order, then as predecessors finish", "[graph]") {
  PathwayBuilder b;
  // Written out of order on purpose: e depends on d and b; d on a; c on nothing.
  b.task("e").task("d").task("c").task("b").task("a");
  b.dep("d", "e").dep("b", "e").dep("a", "d");
  const TaskGraph graph(b.build());
  // Sources c(2), b(3), a(4); placing b releases nothing (e waits for d), a releases d,
  // d releases e.
  CHECK(graph.topological_order() == std::vector<std::size_t>{2, 3, 4, 1, 0});
}

TEST_CASE("a task graph refuses an unsound pathway with every diagnostic", "[graph]") {
  PathwayBuilder b;
  b.task("a").task("b").dep("a", "b").dep("b", "a").dep("a", "nowhere");
  try {
    TaskGraph graph(b.build());
    FAIL("expected an InputError");
  } catch (const regsim::InputError& error) {
    REQUIRE(error.diagnostics().size() == 2);
    CHECK(error.diagnostics()[0].id == "unknown_task");
    CHECK(error.diagnostics()[1].id == "dependency_cycle");
  }
}

TEST_CASE("copies of a task graph share its data and outlive the pathway", "[graph]") {
  std::optional<TaskGraph> copy;
  {
    PathwayBuilder b;
    b.task("a").task("b").dep("a", "b");
    const TaskGraph graph(b.build());
    copy = graph;
  }
  CHECK(copy->index_of("b") == 1u);
  CHECK(copy->topological_order() == std::vector<std::size_t>{0, 1});
}
