#include "regsim/model/pathway.hpp"

#include <catch2/catch.hpp>

using namespace regsim::model;
using regsim::InputError;
using regsim::SourceLocation;
using regsim::calendar::Convention;

namespace {

Pathway two_tasks() {
  Pathway pathway;
  pathway.file = "p.yaml";
  pathway.calendar = "kr";
  pathway.convention = Convention::kr_civil_petition;
  Task a;
  a.id = "a";
  a.where = {"p.yaml", 3, 5};
  Task b;
  b.id = "b";
  b.calendar = "office";
  b.where = {"p.yaml", 7, 5};
  pathway.tasks = {a, b};
  return pathway;
}

}  // namespace

TEST_CASE("find_task finds a task by id or returns nullptr", "[model]") {
  Pathway pathway = two_tasks();
  const Pathway& constant = pathway;
  REQUIRE(constant.find_task("b") != nullptr);
  CHECK(constant.find_task("b") == &pathway.tasks[1]);
  CHECK(constant.find_task("c") == nullptr);
  CHECK(constant.find_task("") == nullptr);
  pathway.find_task("a")->name = "Submission";
  CHECK(pathway.tasks[0].name == "Submission");
}

TEST_CASE("convention_of: the task's own, else its calendar's, else the pathway's", "[model]") {
  Pathway pathway = two_tasks();
  CHECK(pathway.convention_of(pathway.tasks[0]) == Convention::kr_civil_petition);
  CHECK(pathway.convention_of(pathway.tasks[1]) == Convention::kr_civil_petition);

  pathway.calendar_conventions.emplace("office", Convention::ema_day);
  CHECK(pathway.convention_of(pathway.tasks[1]) == Convention::ema_day);
  CHECK(pathway.convention_of(pathway.tasks[0]) == Convention::kr_civil_petition);

  pathway.calendar_conventions.emplace("kr", Convention::kr_civil_act);
  CHECK(pathway.convention_of(pathway.tasks[0]) == Convention::kr_civil_act);

  pathway.tasks[1].convention = Convention::calendar_months;
  CHECK(pathway.convention_of(pathway.tasks[1]) == Convention::calendar_months);
}

TEST_CASE("calendar_of a calendar that is not loaded names the task", "[model]") {
  const Pathway pathway = two_tasks();
  try {
    (void)pathway.calendar_of(pathway.tasks[1]);
    FAIL("expected an InputError");
  } catch (const InputError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    CHECK(error.diagnostics()[0].id == "unknown_calendar");
    CHECK(error.diagnostics()[0].where == SourceLocation{"p.yaml", 7, 5});
    CHECK(error.diagnostics()[0].message.find("'office'") != std::string::npos);
  }
}

TEST_CASE("calendar_of: the task's own calendar, else the pathway's", "[model]") {
  using regsim::calendar::Calendar;
  using regsim::calendar::Date;
  Pathway pathway = two_tasks();
  pathway.calendars.emplace("kr", Calendar("kr", {{Date(2026, 3, 2), "Substitute holiday"}}));
  pathway.calendars.emplace("office", Calendar("office", {}));
  CHECK(pathway.calendar_of(pathway.tasks[0]).name() == "kr");
  CHECK_FALSE(pathway.calendar_of(pathway.tasks[0]).is_working_day(Date(2026, 3, 2)));
  CHECK(pathway.calendar_of(pathway.tasks[1]).name() == "office");
}

TEST_CASE("the built-in weekdays calendar needs no loading", "[model]") {
  using regsim::calendar::Date;
  Pathway pathway;
  Task task;
  task.id = "a";
  pathway.tasks = {task};
  const auto& calendar = pathway.calendar_of(pathway.tasks[0]);
  CHECK(calendar.name() == "weekdays");
  CHECK(calendar.is_working_day(Date(2026, 3, 2)));        // a Monday
  CHECK_FALSE(calendar.is_working_day(Date(2026, 3, 1)));  // a Sunday
}
