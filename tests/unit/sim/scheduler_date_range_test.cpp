#include "../../../src/sim/days.hpp"

// The scheduler at the ends of the supported years (1400..9999): a schedule that would
// leave them is a diagnostic at the task whose dates overflow, never an internal error.
#include <catch2/catch.hpp>
#include <string>

#include "regsim/error.hpp"
#include "regsim/sim/scheduler.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::calendar::Date;
using regsim::calendar::Duration;
using regsim::calendar::DurationUnit;
using namespace regsim::test;

namespace {

// The one diagnostic scheduling `pathway` from `start` throws.
regsim::Diagnostic overflow_of(const regsim::model::Pathway& pathway, Date start) {
  regsim::sim::RunOptions options;
  options.start = start;
  try {
    (void)regsim::sim::schedule(pathway, options);
  } catch (const regsim::InputError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    return error.diagnostics().front();
  }
  FAIL("no InputError");
  return {};
}

}  // namespace

TEST_CASE("a calendar-day task ending after 9999-12-31 is date_out_of_range at the task", "[sim]") {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("review", days(100))};
  pathway.tasks[0].where = {"late.yaml", 9, 5};
  // 9999-12-01 + 100 days: 30 days to 9999-12-31, then 70 more.
  const auto diagnostic = overflow_of(pathway, Date(9999, 12, 1));
  CHECK(diagnostic.id == "date_out_of_range");
  CHECK(diagnostic.where == regsim::SourceLocation{"late.yaml", 9, 5});
  CHECK(diagnostic.message.find("task 'review'") != std::string::npos);
  CHECK(diagnostic.message.find("70 days after 9999-12-31") != std::string::npos);
}

TEST_CASE("a lag in weeks past 9999-12-31 blames the successor", "[sim]") {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("a", days(0), regsim::model::TaskKind::milestone),
                   make_task("b", days(1))};
  pathway.tasks[1].where = {"lag.yaml", 7, 5};
  pathway.dependencies = {make_dependency("a", "b", regsim::model::DependencyType::finish_to_start,
                                          Duration{100, DurationUnit::weeks})};
  const auto diagnostic = overflow_of(pathway, Date(9999, 6, 1));
  CHECK(diagnostic.id == "date_out_of_range");
  CHECK(diagnostic.where.line == 7);
  CHECK(diagnostic.message.find("task 'b'") != std::string::npos);
}

TEST_CASE("a working-day task past 9999-12-31 is date_out_of_range too", "[sim]") {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("review", working_days(30))};
  CHECK(overflow_of(pathway, Date(9999, 12, 1)).id == "date_out_of_range");
}

TEST_CASE("a schedule ending on 9999-12-31 is fine", "[sim]") {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("review", days(30))};
  regsim::sim::RunOptions options;
  options.start = Date(9999, 12, 1);
  CHECK(regsim::sim::schedule(pathway, options).finish == Date(9999, 12, 31));
}

TEST_CASE("a deadline due after 9999-12-31 is date_out_of_range at the deadline", "[sim]") {
  auto pathway = make_pathway();
  pathway.tasks = {make_task("review", days(10))};
  regsim::model::Deadline deadline;
  deadline.id = "limit";
  deadline.from = deadline.to = "review";
  deadline.limit = 324;  // 9999-06-01 + 324 days is in the year 10000
  deadline.where = {"deadline.yaml", 12, 5};
  pathway.deadlines = {deadline};
  const auto diagnostic = overflow_of(pathway, Date(9999, 6, 1));
  CHECK(diagnostic.id == "date_out_of_range");
  CHECK(diagnostic.where == regsim::SourceLocation{"deadline.yaml", 12, 5});
  CHECK(diagnostic.message.find("deadline 'limit'") != std::string::npos);
}

TEST_CASE("the supported-year constants are the engine days of 1400-01-01 and 9999-12-31",
          "[sim]") {
  using namespace regsim::sim::detail;
  CHECK(first_supported_day == to_day(Date(1400, 1, 1)));
  CHECK(last_supported_day == to_day(Date(9999, 12, 31)));
  CHECK(checked_day(last_supported_day) == last_supported_day);
  CHECK_THROWS_WITH(checked_day(last_supported_day + 3),
                    Catch::Contains("3 days after 9999-12-31"));
  CHECK_THROWS_WITH(checked_day(first_supported_day - 1),
                    Catch::Contains("1 days before 1400-01-01"));
}
