#include "regsim/analysis/expectations.hpp"

#include <catch2/catch.hpp>

#include "regsim/error.hpp"
#include "unit/timeline_fixture.hpp"

using namespace regsim;
using analysis::Actual;
using analysis::judge;
using calendar::Date;
using model::Comparison;

namespace {

model::Assertion milestone_days(Comparison comparison, double days, model::Tolerance tolerance) {
  model::Assertion assertion;
  assertion.pathway = "kr/biosimilar";
  assertion.scenario = "reformed";
  assertion.tolerance = tolerance;
  assertion.where = {"checks.yaml", 7, 5};
  assertion.check = model::MilestoneCheck{"approval", "", model::MilestoneMeasure::calendar_days,
                                          model::Expected{comparison, days, std::nullopt}};
  return assertion;
}

}  // namespace

TEST_CASE("judge applies a percentage tolerance to at_most", "[analysis][expectations]") {
  // 2% of 295 = 5.9: 300 days holds, 301 does not.
  const auto assertion = milestone_days(Comparison::at_most, 295, {2, true});
  CHECK(judge(assertion, Actual{300, {}, false, ""}).passed);
  const auto failed = judge(assertion, Actual{301, {}, false, "approval on 2026-12-28"});
  CHECK_FALSE(failed.passed);
  CHECK(failed.where == SourceLocation{"checks.yaml", 7, 5});
  CHECK(failed.description ==
        "kr/biosimilar [reformed]: approval calendar days at most 295 (tolerance 2%)");
  CHECK(failed.expected == "at most 295 days (tolerance 2% = 5.9)");
  CHECK(failed.actual == "301 days (approval on 2026-12-28)");
}

TEST_CASE("judge compares equal and at_least both ways", "[analysis][expectations]") {
  // 2% of 406 = 8.12: 398 (8 off) holds, 397 and 415 (9 off) do not.
  const auto equal = milestone_days(Comparison::equal, 406, {2, true});
  CHECK(judge(equal, Actual{398, {}, false, ""}).passed);
  CHECK(judge(equal, Actual{414, {}, false, ""}).passed);
  CHECK_FALSE(judge(equal, Actual{397, {}, false, ""}).passed);
  CHECK_FALSE(judge(equal, Actual{415, {}, false, ""}).passed);
  const auto at_least = milestone_days(Comparison::at_least, 100, {3, false});
  CHECK(judge(at_least, Actual{97, {}, false, ""}).passed);
  CHECK_FALSE(judge(at_least, Actual{96, {}, false, ""}).passed);
  const auto exact = milestone_days(Comparison::equal, 406, {});
  CHECK(judge(exact, Actual{406, {}, false, ""}).passed);
  CHECK_FALSE(judge(exact, Actual{405, {}, false, ""}).passed);
}

TEST_CASE("judge compares dates with a tolerance in days", "[analysis][expectations]") {
  model::Assertion assertion;
  assertion.pathway = "p";
  assertion.name = "approved by mid-year";
  assertion.tolerance = {5, false};
  assertion.check =
      model::MilestoneCheck{"approval", "", model::MilestoneMeasure::date,
                            model::Expected{Comparison::at_most, 0, Date(2027, 6, 30)}};
  CHECK(judge(assertion, Actual{0, Date(2027, 7, 5), false, ""}).passed);
  const auto failed = judge(assertion, Actual{0, Date(2027, 7, 6), false, ""});
  CHECK_FALSE(failed.passed);
  CHECK(failed.description == "approved by mid-year");
  CHECK(failed.expected == "at most 2027-06-30 (tolerance 5 days)");
  CHECK(failed.actual == "2027-07-06");

  assertion.check = model::NoTaskAfterCheck{Date(2027, 6, 30)};
  assertion.tolerance = {};
  CHECK(judge(assertion, Actual{0, Date(2027, 6, 30), false, ""}).passed);
  CHECK_FALSE(judge(assertion, Actual{0, Date(2027, 7, 1), false, ""}).passed);
}

TEST_CASE("judge compares probabilities and speed-ups", "[analysis][expectations]") {
  model::Assertion assertion;
  assertion.pathway = "p";
  assertion.tolerance = {0.05, false};
  assertion.check =
      model::ProbabilityCheck{"statutory",
                              "",
                              "",
                              std::nullopt,
                              std::nullopt,
                              model::ClockBasis::calendar_days,
                              model::Expected{Comparison::at_least, 0.8, std::nullopt},
                              1000,
                              1};
  CHECK(judge(assertion, Actual{0.75, {}, false, ""}).passed);
  const auto failed = judge(assertion, Actual{0.749, {}, false, ""});
  CHECK_FALSE(failed.passed);
  CHECK(failed.expected == "at least 0.8 (tolerance 0.05)");
  CHECK(failed.actual == "0.749");

  assertion.tolerance = {};
  assertion.check =
      model::FasterCheck{"baseline", "approval", "", model::ClockBasis::calendar_days, 100};
  CHECK(judge(assertion, Actual{100, {}, false, ""}).passed);
  const auto slower = judge(assertion, Actual{-3, {}, false, "409 against 406 days"});
  CHECK_FALSE(slower.passed);
  CHECK(slower.expected == "at least 100 days faster than baseline");
  CHECK(slower.actual == "-3 days (slower) (409 against 406 days)");
}

TEST_CASE("judge fails an assertion whose milestone did not happen", "[analysis][expectations]") {
  const auto result =
      judge(milestone_days(Comparison::at_most, 295, {}), Actual{0, {}, true, "approval skipped"});
  CHECK_FALSE(result.passed);
  CHECK(result.actual == "none (approval skipped)");
}

TEST_CASE("elapsed_days measures from the start or from a task", "[analysis][expectations]") {
  const auto timeline = test::review_timeline("baseline", 406);
  CHECK(analysis::elapsed_days(timeline, "approval", "") == 406);
  CHECK(analysis::elapsed_days(timeline, "review", "submission") == 100);
  CHECK_FALSE(analysis::elapsed_days(timeline, "questions", "").has_value());
  try {
    analysis::elapsed_days(timeline, "approvl", "", {"checks.yaml", 4, 5});
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.diagnostics().at(0).id == "unknown_task");
    CHECK(error.diagnostics().at(0).where.line == 4);
  }
}

TEST_CASE("latest_finish ignores skipped tasks", "[analysis][expectations]") {
  auto timeline = test::review_timeline("baseline", 406);
  REQUIRE(analysis::latest_finish(timeline) != nullptr);
  CHECK(analysis::latest_finish(timeline)->task_id == "approval");
  timeline.tasks.back().skipped = true;
  CHECK(analysis::latest_finish(timeline)->task_id == "review");
}
