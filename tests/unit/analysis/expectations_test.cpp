#include "regsim/analysis/expectations.hpp"

#include <catch2/catch.hpp>

#include "regsim/error.hpp"
#include "unit/sim/pathway_builder.hpp"
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
                              std::nullopt,
                              std::nullopt,
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

TEST_CASE("latest_finish ignores skipped tasks", "[analysis][expectations]") {
  auto timeline = test::review_timeline("baseline", 406);
  REQUIRE(analysis::latest_finish(timeline) != nullptr);
  CHECK(analysis::latest_finish(timeline)->task_id == "approval");
  timeline.tasks.back().skipped = true;
  CHECK(analysis::latest_finish(timeline)->task_id == "review");
}

// --- Evaluator: measuring on real schedules and Monte Carlo runs -------------------------

namespace {

using test::days;
using test::make_dependency;
using test::make_task;

// submission -> review 30d -> questions (clock stop, uniform 10..30 days, point estimate
// 20) -> decision 10d -> approval, from Monday 2026-01-05 on the Mon-Fri calendar with the
// plain convention. Deterministic: review 01-05..02-04, questions 02-04..02-24, decision
// 02-24..03-06: 60 calendar days, 40 of them on the agency clock. Scenario `fast`: review
// 20d, so 50 days.
model::Pathway review_pathway() {
  auto pathway = test::make_pathway();
  auto questions = make_task("questions", days(20), model::TaskKind::clock_stop);
  questions.duration.distribution = model::Uniform{10, 30};
  pathway.tasks = {make_task("submission", days(0), model::TaskKind::milestone),
                   make_task("review", days(30)), questions, make_task("decision", days(10)),
                   make_task("approval", days(0), model::TaskKind::milestone)};
  pathway.dependencies = {
      make_dependency("submission", "review"), make_dependency("review", "questions"),
      make_dependency("questions", "decision"), make_dependency("decision", "approval")};
  model::Deadline deadline;
  deadline.id = "statutory";
  deadline.from = "submission";
  deadline.to = "approval";
  deadline.limit = 55;
  pathway.deadlines = {deadline};
  model::Scenario fast;
  fast.id = "fast";
  model::TaskPatch patch;
  patch.id = "review";
  patch.duration = model::DurationSpec{calendar::DurationUnit::calendar_days, model::Fixed{20}};
  fast.change = {patch};
  pathway.scenarios = {fast};
  return pathway;
}

model::Assertion assertion_of(model::Check check, std::string scenario = "baseline") {
  model::Assertion assertion;
  assertion.pathway = "test/pathway";
  assertion.scenario = std::move(scenario);
  assertion.where = {"checks.yaml", 12, 5};
  assertion.check = std::move(check);
  return assertion;
}

model::Expected at_most(double number) {
  return {Comparison::at_most, number, std::nullopt};
}
model::Expected equal(double number) {
  return {Comparison::equal, number, std::nullopt};
}

std::string error_id(analysis::Evaluator& evaluator, const model::Assertion& assertion,
                     const model::Pathway& pathway) {
  try {
    evaluator.measure(assertion, pathway);
  } catch (const InputError& error) {
    CHECK(error.diagnostics().at(0).where.line == 12);
    return error.diagnostics().at(0).id;
  }
  return "none";
}

}  // namespace

TEST_CASE("Evaluator measures milestones on the deterministic schedule",
          "[analysis][expectations]") {
  const auto pathway = review_pathway();
  analysis::Evaluator evaluator;
  using model::MilestoneCheck;
  using model::MilestoneMeasure;
  auto days_of = [&](MilestoneMeasure measure, std::string from, std::string scenario) {
    return evaluator
        .measure(assertion_of(MilestoneCheck{"approval", std::move(from), measure, equal(0)},
                              std::move(scenario)),
                 pathway)
        .number;
  };
  CHECK(days_of(MilestoneMeasure::calendar_days, "", "baseline") == 60);
  CHECK(days_of(MilestoneMeasure::calendar_days, "questions", "baseline") == 30);
  CHECK(days_of(MilestoneMeasure::clock_days, "", "baseline") == 40);
  CHECK(days_of(MilestoneMeasure::clock_days, "questions", "baseline") == 10);
  CHECK(days_of(MilestoneMeasure::calendar_days, "", "fast") == 50);
  CHECK(days_of(MilestoneMeasure::clock_days, "", "fast") == 30);

  const auto date = evaluator.evaluate(
      assertion_of(MilestoneCheck{"approval", "", MilestoneMeasure::date,
                                  model::Expected{Comparison::at_most, 0, Date(2026, 3, 5)}}),
      pathway);
  CHECK_FALSE(date.passed);
  CHECK(date.actual == "2026-03-06");

  const auto held = evaluator.evaluate(
      assertion_of(MilestoneCheck{"approval", "", MilestoneMeasure::calendar_days, equal(60)}),
      pathway);
  CHECK(held.passed);
  CHECK(held.actual == "60 days (approval on 2026-03-06)");
}

TEST_CASE("Evaluator compares scenarios and the latest finish", "[analysis][expectations]") {
  const auto pathway = review_pathway();
  analysis::Evaluator evaluator;
  const auto faster = [&](int by) {
    return evaluator.evaluate(assertion_of(model::FasterCheck{"baseline", "approval", "",
                                                              model::ClockBasis::calendar_days, by},
                                           "fast"),
                              pathway);
  };
  CHECK(faster(10).passed);
  CHECK(faster(10).actual == "10 days (50 against 60 days)");
  CHECK_FALSE(faster(11).passed);
  const auto clock = evaluator.measure(
      assertion_of(model::FasterCheck{"baseline", "", "", model::ClockBasis::clock_days, 1},
                   "fast"),
      pathway);
  CHECK(clock.number == 10);  // 30 against 40 clock days

  const auto latest =
      evaluator.evaluate(assertion_of(model::NoTaskAfterCheck{Date(2026, 3, 5)}), pathway);
  CHECK_FALSE(latest.passed);
  CHECK(latest.actual == "2026-03-06 (decision)");
}

TEST_CASE("Evaluator locates assertions that do not fit the pathway", "[analysis][expectations]") {
  const auto pathway = review_pathway();
  analysis::Evaluator evaluator;
  using model::MilestoneCheck;
  CHECK(
      error_id(evaluator,
               assertion_of(MilestoneCheck{"aproval", "", model::MilestoneMeasure::date, equal(0)}),
               pathway) == "unknown_task");
  CHECK(error_id(evaluator,
                 assertion_of(
                     MilestoneCheck{"approval", "", model::MilestoneMeasure::clock_days, equal(0)},
                     "slow"),
                 pathway) == "unknown_scenario");
  CHECK(error_id(evaluator, assertion_of(model::PercentileCheck{80, "review", at_most(1), 10, 1}),
                 pathway) == "not_a_milestone");
  CHECK(error_id(evaluator,
                 assertion_of(model::ProbabilityCheck{"goal", "", std::nullopt, std::nullopt,
                                                      at_most(1), 10, 1}),
                 pathway) == "unknown_deadline");
}

TEST_CASE("Evaluator reads percentiles and probabilities from Monte Carlo runs",
          "[analysis][expectations]") {
  // The questions take round(U(10, 30)) days: 10 and 30 with probability 0.025 each, 11..29
  // with 0.05 each, and the approval comes 40 days more after the start. So P(approval <=
  // 55) = P(q <= 15) = 0.275; the median is 60 (P(q <= 19) = 0.475, P(q <= 20) = 0.525);
  // P90 is 68 (P(q <= 27) = 0.875, P(q <= 28) = 0.925). 4000 runs put the sampled shares
  // within about 0.007 (one standard error) of these.
  const auto pathway = review_pathway();
  analysis::Evaluator evaluator(2);
  const int runs = 4000;
  auto percentile = [&](int p, std::string milestone) {
    return evaluator
        .measure(assertion_of(model::PercentileCheck{p, std::move(milestone), at_most(0), runs, 3}),
                 pathway)
        .number;
  };
  CHECK(percentile(50, "approval") == 60);
  CHECK(percentile(90, "approval") == 68);
  CHECK(percentile(50, "end") == 60);

  auto probability = [&](std::string deadline, std::string milestone, std::optional<Date> by,
                         std::optional<int> within) {
    return evaluator
        .measure(assertion_of(model::ProbabilityCheck{std::move(deadline), std::move(milestone), by,
                                                      within, at_most(0), runs, 3}),
                 pathway)
        .number;
  };
  CHECK(probability("statutory", "", std::nullopt, std::nullopt) == Approx(0.275).margin(0.03));
  CHECK(probability("", "approval", std::nullopt, 55) == Approx(0.275).margin(0.03));
  // 2026-03-01 is day 55 after 2026-01-05: the same runs.
  CHECK(probability("", "approval", Date(2026, 3, 1), std::nullopt) ==
        probability("", "approval", std::nullopt, 55));

  const auto date = evaluator.evaluate(
      assertion_of(model::PercentileCheck{
          90, "approval", model::Expected{Comparison::at_most, 0, Date(2026, 3, 14)}, runs, 3}),
      pathway);
  CHECK(date.passed);  // day 68 is 2026-03-14
  CHECK(date.actual == "2026-03-14 (68 days)");
}

TEST_CASE("evaluate_expectations collects every assertion's problem", "[analysis][expectations]") {
  const auto pathway = review_pathway();
  model::ExpectationFile file;
  file.file = "checks.yaml";
  file.assertions = {
      assertion_of(model::NoTaskAfterCheck{Date(2027, 1, 1)}),
      assertion_of(model::MilestoneCheck{"nope", "", model::MilestoneMeasure::date, equal(0)}),
      assertion_of(model::NoTaskAfterCheck{Date(2027, 1, 1)}, "nope")};
  file.assertions[2].where.line = 20;
  try {
    analysis::evaluate_expectations(
        file, [&](const model::Assertion&) -> const model::Pathway& { return pathway; });
    FAIL("no error");
  } catch (const InputError& error) {
    REQUIRE(error.diagnostics().size() == 2);
    CHECK(error.diagnostics()[0].id == "unknown_task");
    CHECK(error.diagnostics()[1].id == "unknown_scenario");
    CHECK(error.diagnostics()[1].where.line == 20);
  }
  file.assertions.resize(1);
  const auto results = analysis::evaluate_expectations(
      file, [&](const model::Assertion&) -> const model::Pathway& { return pathway; });
  REQUIRE(results.size() == 1);
  CHECK(results[0].passed);
}
