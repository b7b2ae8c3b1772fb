#include "regsim/graph/scenario.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "regsim/model/pathway.hpp"
#include "regsim/model/scenario.hpp"

using namespace regsim::model;
using regsim::Diagnostic;
using regsim::InputError;
using regsim::SourceLocation;
using regsim::calendar::DurationUnit;
using regsim::graph::apply_scenario;

namespace {

SourceLocation at(int line, int column = 5) {
  return {"p.yaml", line, column};
}

Task task(std::string id, double days, int line) {
  Task t;
  t.id = std::move(id);
  t.duration = DurationSpec{DurationUnit::calendar_days, Fixed{days}};
  t.where = at(line);
  return t;
}

Dependency fs(std::string from, std::string to, int line) {
  Dependency d;
  d.from = std::move(from);
  d.to = std::move(to);
  d.where = at(line);
  return d;
}

// a -> b -> c -> d, b needs one reviewer; a deadline from a to d.
Pathway base() {
  Pathway p;
  p.id = "test/scenarios";
  p.file = "p.yaml";
  p.tasks = {task("a", 0, 2), task("b", 20, 3), task("c", 5, 4), task("d", 0, 5)};
  p.tasks[1].needs = {{"reviewers", 1}};
  p.tasks[1].duration.unit = DurationUnit::working_days;
  p.tasks[1].rework = Rework{0.4, 2, "", at(3)};
  p.dependencies = {fs("a", "b", 8), fs("b", "c", 9), fs("c", "d", 10)};
  p.resources = {ResourcePool{"reviewers", "Reviewers", 2, QueueDiscipline::fifo, at(12), {}, {}}};
  Deadline deadline;
  deadline.id = "statutory";
  deadline.from = "a";
  deadline.to = "d";
  deadline.limit = 100;
  deadline.where = at(14);
  p.deadlines = {deadline};
  return p;
}

Scenario scenario(std::string id, int line, std::string extends = "") {
  Scenario s;
  s.id = std::move(id);
  s.extends = std::move(extends);
  s.where = at(line, 3);
  return s;
}

TaskPatch duration_patch(std::string id, double days, int line) {
  TaskPatch patch;
  patch.id = std::move(id);
  patch.duration = DurationSpec{DurationUnit::calendar_days, Fixed{days}};
  patch.where = at(line, 7);
  return patch;
}

std::vector<std::string> ids_of(const Pathway& p) {
  std::vector<std::string> ids;
  for (const auto& t : p.tasks)
    ids.push_back(t.id);
  return ids;
}

std::vector<std::string> edges_of(const Pathway& p) {
  std::vector<std::string> edges;
  for (const auto& d : p.dependencies) {
    edges.push_back(d.from + "->" + d.to + ":" + std::string(to_string(d.type)));
  }
  return edges;
}

std::vector<Diagnostic> diagnostics_of(const Pathway& p, std::string_view scenario_id) {
  try {
    (void)apply_scenario(p, scenario_id);
  } catch (const InputError& error) {
    return error.diagnostics();
  }
  FAIL("expected an InputError");
  return {};
}

double fixed_days(const Pathway& p, std::string_view id) {
  return std::get<Fixed>(p.find_task(id)->duration.distribution).value;
}

}  // namespace

TEST_CASE("scenario_ids lists baseline first, then file order", "[model]") {
  Pathway p = base();
  p.scenarios = {scenario("reformed", 20), scenario("alternative", 30)};
  CHECK(scenario_ids(p) == std::vector<std::string>{"baseline", "reformed", "alternative"});
  CHECK(scenario_ids(base()) == std::vector<std::string>{"baseline"});
}

TEST_CASE("the baseline is the pathway without overlays", "[model]") {
  Pathway p = base();
  Scenario s = scenario("reformed", 20);
  s.change = {duration_patch("b", 10, 21)};
  p.scenarios = {s};
  for (const char* name : {"baseline", ""}) {
    const Pathway result = apply_scenario(p, name);
    CHECK(result.scenario == "baseline");
    CHECK(result.scenarios.empty());
    CHECK(result.tasks == p.tasks);
    CHECK(result.dependencies == p.dependencies);
  }
}

TEST_CASE("change and capacities patch only the fields given", "[model]") {
  Pathway p = base();
  Scenario s = scenario("reformed", 20);
  TaskPatch patch = duration_patch("b", 12, 21);
  patch.name = "Faster review";
  s.change = {patch};
  s.capacities = {{"reviewers", 4}};
  s.convention = regsim::calendar::Convention::ema_day;
  s.start = regsim::calendar::Date(2026, 1, 5);
  p.scenarios = {s};

  const Pathway r = apply_scenario(p, "reformed");
  CHECK(r.scenario == "reformed");
  CHECK(r.scenarios.empty());
  const Task& b = *r.find_task("b");
  CHECK(b.name == "Faster review");
  CHECK(b.duration == DurationSpec{DurationUnit::calendar_days, Fixed{12}});
  CHECK(b.needs == std::vector<ResourceNeed>{{"reviewers", 1}});  // untouched
  CHECK(b.rework == p.tasks[1].rework);                           // untouched
  CHECK(r.resources[0].capacity == 4);
  CHECK(r.convention == regsim::calendar::Convention::ema_day);
  CHECK(r.start == regsim::calendar::Date(2026, 1, 5));
  // The input is not modified.
  CHECK(p.resources[0].capacity == 2);
  CHECK(fixed_days(p, "b") == 20);
}

TEST_CASE("an extends chain applies the base overlay before the derived one", "[model]") {
  Pathway p = base();
  Scenario first = scenario("first", 20);
  first.change = {duration_patch("b", 15, 21)};
  first.capacities = {{"reviewers", 3}};
  Task added = task("e", 7, 22);
  first.add = {added};
  first.add_dependencies = {fs("d", "e", 23)};

  Scenario second = scenario("second", 30, "first");
  second.change = {duration_patch("b", 12, 31), duration_patch("e", 9, 32)};  // e: from first

  Scenario third = scenario("third", 40, "second");
  third.capacities = {{"reviewers", 5}};
  // Listed before its bases: the order in the file does not matter, `extends` does.
  p.scenarios = {third, second, first};

  const Pathway r = apply_scenario(p, "third");
  CHECK(r.scenario == "third");
  CHECK(fixed_days(r, "b") == 12);  // second overrides first
  CHECK(fixed_days(r, "e") == 9);   // second changes a task first added
  CHECK(r.resources[0].capacity == 5);
  CHECK(ids_of(r) == std::vector<std::string>{"a", "b", "c", "d", "e"});
  CHECK(edges_of(r).back() == "d->e:FS");

  const Pathway only_first = apply_scenario(p, "first");
  CHECK(fixed_days(only_first, "b") == 15);
  CHECK(only_first.resources[0].capacity == 3);

  SECTION("extends: baseline is the same as no extends") {
    p.scenarios = {scenario("plain", 50, "baseline")};
    CHECK(apply_scenario(p, "plain").tasks == p.tasks);
  }
}

TEST_CASE("remove deletes a task with its dependencies; skip keeps a pass-through", "[model]") {
  Pathway p = base();
  p.deadlines.clear();
  Scenario removing = scenario("removing", 20);
  removing.remove = {TaskRef{"b", at(21)}};
  Scenario skipping = scenario("skipping", 30);
  skipping.skip = {TaskRef{"b", at(31)}};
  p.scenarios = {removing, skipping};

  const Pathway removed = apply_scenario(p, "removing");
  CHECK(ids_of(removed) == std::vector<std::string>{"a", "c", "d"});
  CHECK(edges_of(removed) == std::vector<std::string>{"c->d:FS"});

  const Pathway skipped = apply_scenario(p, "skipping");
  CHECK(ids_of(skipped) == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(edges_of(skipped) == edges_of(p));
  const Task& b = *skipped.find_task("b");
  CHECK(b.probability == 0);
  CHECK(b.duration == DurationSpec{DurationUnit::working_days, Fixed{0}});
  CHECK(b.needs.empty());
  CHECK_FALSE(b.rework);
}

TEST_CASE("rewiring removes every dependency between two tasks and adds new ones", "[model]") {
  Pathway p = base();
  Dependency ss = fs("a", "b", 11);
  ss.type = DependencyType::start_to_start;
  p.dependencies.push_back(ss);
  Scenario s = scenario("rewired", 20);
  s.remove_dependencies = {DependencyRef{"a", "b", at(21)}};
  Dependency added = fs("a", "c", 22);
  added.type = DependencyType::finish_to_finish;
  added.lag = {-2, DurationUnit::working_days};
  s.add_dependencies = {added};
  p.scenarios = {s};

  const Pathway r = apply_scenario(p, "rewired");
  CHECK(edges_of(r) == std::vector<std::string>{"b->c:FS", "c->d:FS", "a->c:FF"});
  CHECK(r.dependencies.back().lag == regsim::calendar::Duration{-2, DurationUnit::working_days});
}

TEST_CASE("every name an overlay gets wrong is reported at its own location", "[model]") {
  Pathway p = base();
  Scenario s = scenario("broken", 20);
  s.remove = {TaskRef{"zz", at(21)}};
  s.skip = {TaskRef{"yy", at(22)}};
  s.change = {duration_patch("xx", 1, 23)};
  TaskPatch bad_needs;
  bad_needs.id = "c";
  bad_needs.needs = std::vector<ResourceNeed>{{"assessors", 1}};
  bad_needs.where = at(24);
  s.change.push_back(bad_needs);
  s.add = {task("a", 1, 25)};
  s.remove_dependencies = {DependencyRef{"a", "c", at(26)}, DependencyRef{"a", "ww", at(27)}};
  s.add_dependencies = {fs("vv", "d", 28)};
  s.capacities = {{"ghosts", 3}};
  p.scenarios = {s};

  const auto found = diagnostics_of(p, "broken");
  std::vector<std::pair<std::string, int>> got;
  for (const auto& d : found) {
    CHECK(d.where.file == "p.yaml");
    got.emplace_back(d.id, d.where.line);
  }
  const std::vector<std::pair<std::string, int>> expected = {
      {"unknown_task", 21}, {"unknown_task", 22}, {"unknown_task", 23},
      {"unknown_pool", 24}, {"duplicate_id", 25}, {"unknown_dependency", 26},
      {"unknown_task", 27}, {"unknown_task", 28}, {"unknown_pool", 20}};
  CHECK(got == expected);
  CHECK(found[0].message.find("'zz'") != std::string::npos);
  CHECK(found[0].message.find("'broken'") != std::string::npos);
}

TEST_CASE("unknown scenarios and extends loops", "[model]") {
  Pathway p = base();
  p.scenarios = {scenario("a", 20, "b"), scenario("b", 30, "a"), scenario("c", 40, "nowhere")};

  SECTION("a scenario that does not exist is reported against the file") {
    const auto found = diagnostics_of(p, "reformd");
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == "unknown_scenario");
    CHECK(found[0].where == SourceLocation{"p.yaml", 0, 0});
    CHECK(found[0].message.find("baseline, a, b, c") != std::string::npos);
  }
  SECTION("extends naming nothing is reported at the scenario") {
    const auto found = diagnostics_of(p, "c");
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == "unknown_scenario");
    CHECK(found[0].where.line == 40);
  }
  SECTION("a loop prints its path at the scenario that closes it") {
    const auto found = diagnostics_of(p, "a");
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == "scenario_cycle");
    CHECK(found[0].where.line == 30);
    CHECK(found[0].message.find("a -> b -> a") != std::string::npos);
  }
  SECTION("a scenario extending itself") {
    p.scenarios = {scenario("self", 50, "self")};
    const auto found = diagnostics_of(p, "self");
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == "scenario_cycle");
    CHECK(found[0].message.find("self -> self") != std::string::npos);
  }
}

TEST_CASE("removing a task a deadline, branch or rework names is an error", "[model]") {
  Pathway p = base();
  p.tasks[2].rework = Rework{0.3, 1, "b", at(4)};
  p.branches = {Branch{"outcome", {{"b", 0.5}, {"c", 0.5}}, at(16)}};
  Scenario s = scenario("drop", 20);
  s.remove = {TaskRef{"a", at(21)}, TaskRef{"b", at(22)}};
  p.scenarios = {s};

  const auto found = diagnostics_of(p, "drop");
  std::vector<int> lines;
  for (const auto& d : found) {
    CHECK(d.id == "unknown_task");
    lines.push_back(d.where.line);
  }
  // Deadline (from a), branch (outcome b), rework of c (restart b).
  CHECK(lines == std::vector<int>{21, 22, 22});
}

TEST_CASE("sitting calendars named by an overlay must exist once it is applied", "[model]") {
  Pathway p = base();
  p.sittings.emplace("drec", regsim::calendar::SittingCalendar{});
  Scenario s = scenario("moved", 20);
  TaskPatch to_new;
  to_new.id = "c";
  to_new.sittings = "chmp";
  to_new.where = at(21);
  s.change = {to_new};
  s.sittings.emplace("chmp", regsim::calendar::SittingCalendar{});
  Scenario wrong = scenario("wrong", 30);
  TaskPatch to_missing = to_new;
  to_missing.sittings = "nope";
  to_missing.where = at(31);
  wrong.change = {to_missing};
  p.scenarios = {s, wrong};

  const Pathway r = apply_scenario(p, "moved");
  CHECK(r.find_task("c")->sittings == "chmp");
  CHECK(r.sittings.count("chmp") == 1);
  CHECK(r.sittings.count("drec") == 1);

  const auto found = diagnostics_of(p, "wrong");
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "unknown_sittings");
  CHECK(found[0].where.line == 31);
}

TEST_CASE("capacities below one and calendars that are not loaded", "[model]") {
  Pathway p = base();
  Scenario s = scenario("bad", 20);
  s.capacities = {{"reviewers", 0}};
  s.calendar = "mars";
  p.scenarios = {s};
  const auto found = diagnostics_of(p, "bad");
  REQUIRE(found.size() == 2);
  CHECK(found[0].id == "bad_capacity");
  CHECK(found[1].id == "unknown_calendar");
  CHECK(found[1].where.line == 20);
}

TEST_CASE("an overlay that makes a need exceed its pool says where", "[model]") {
  Pathway p = base();
  p.tasks[1].needs = {{"reviewers", 2}};  // the file's own need fits the capacity of 2
  Scenario shrink = scenario("shrink", 20);
  shrink.capacities = {{"reviewers", 1}};
  Scenario grow_need = scenario("grow_need", 30);
  TaskPatch patch;
  patch.id = "c";
  patch.needs = std::vector<ResourceNeed>{{"reviewers", 3}};
  patch.where = at(31);
  grow_need.change = {patch};
  Scenario fine = scenario("fine", 40);
  fine.capacities = {{"reviewers", 3}};
  fine.change = {patch};
  p.scenarios = {shrink, grow_need, fine};

  auto found = diagnostics_of(p, "shrink");
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "needs_exceed_capacity");
  CHECK(found[0].where.line == 20);
  CHECK(found[0].message.find("'b'") != std::string::npos);

  found = diagnostics_of(p, "grow_need");
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "needs_exceed_capacity");
  CHECK(found[0].where.line == 31);

  CHECK(apply_scenario(p, "fine").find_task("c")->needs == patch.needs);
}

TEST_CASE("a scenario switches to a loaded calendar or the built-in weekdays", "[model]") {
  Pathway p = base();
  p.calendar = "kr";
  p.calendars.emplace("kr", regsim::calendar::Calendar("kr", {}));
  p.calendars.emplace("eu-ema", regsim::calendar::Calendar("eu-ema", {}));
  Scenario to_ema = scenario("ema", 20);
  to_ema.calendar = "eu-ema";
  Scenario to_weekdays = scenario("plain", 30);
  to_weekdays.calendar = "weekdays";
  p.scenarios = {to_ema, to_weekdays};
  CHECK(apply_scenario(p, "ema").calendar == "eu-ema");
  CHECK(apply_scenario(p, "plain").calendar == "weekdays");
}

TEST_CASE("an overlay must leave decisions with sittings and milestones instant", "[model]") {
  Pathway p = base();
  p.tasks[3].kind = TaskKind::milestone;  // d
  Scenario s = scenario("reshaped", 20);
  TaskPatch to_decision;
  to_decision.id = "c";
  to_decision.kind = TaskKind::decision;
  to_decision.where = at(21);
  TaskPatch slow_milestone = duration_patch("d", 3, 22);
  s.change = {to_decision, slow_milestone};
  Task added = task("e", 0, 23);
  added.kind = TaskKind::decision;
  s.add = {added};
  p.scenarios = {s};

  const auto found = diagnostics_of(p, "reshaped");
  std::vector<std::pair<std::string, int>> got;
  for (const auto& d : found)
    got.emplace_back(d.id, d.where.line);
  CHECK(got == std::vector<std::pair<std::string, int>>{{"decision_without_sittings", 21},
                                                        {"milestone_duration", 22},
                                                        {"decision_without_sittings", 23}});

  SECTION("with a sitting calendar the decision is fine") {
    p.sittings.emplace("drec", regsim::calendar::SittingCalendar{});
    p.scenarios[0].change[0].sittings = "drec";
    p.scenarios[0].change.pop_back();
    p.scenarios[0].add.clear();
    CHECK(apply_scenario(p, "reshaped").find_task("c")->kind == TaskKind::decision);
  }
}

TEST_CASE("remove then add of one id replaces a task; change after skip revives", "[model]") {
  Pathway p = base();
  p.deadlines.clear();
  Scenario replace = scenario("replace", 20);
  replace.remove = {TaskRef{"c", at(21)}};
  replace.add = {task("c", 99, 22)};
  replace.add_dependencies = {fs("b", "c", 23)};
  Scenario revive = scenario("revive", 30);
  revive.skip = {TaskRef{"c", at(31)}};
  TaskPatch back;
  back.id = "c";
  back.probability = 1.0;
  back.where = at(32);
  revive.change = {back};
  p.scenarios = {replace, revive};

  const Pathway replaced = apply_scenario(p, "replace");
  CHECK(ids_of(replaced) == std::vector<std::string>{"a", "b", "d", "c"});
  CHECK(fixed_days(replaced, "c") == 99);
  CHECK(edges_of(replaced) == std::vector<std::string>{"a->b:FS", "b->c:FS"});  // c->d gone

  const Pathway revived = apply_scenario(p, "revive");
  CHECK(revived.find_task("c")->probability == 1.0);
  CHECK(fixed_days(revived, "c") == 0);  // skip zeroed the duration; change kept it
}
