// judge() and the timeline measures that need no scheduling.
#include <charconv>
#include <cmath>

#include "regsim/analysis/expectations.hpp"

namespace regsim::analysis {
namespace {

// Comparisons allow for floating-point noise in probabilities and percentages
// (0.1 + 0.7 is not 0.8) without accepting any real miss.
constexpr double epsilon = 1e-9;

std::string number_text(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

bool holds(model::Comparison comparison, double actual, double expected, double slack) {
  switch (comparison) {
    case model::Comparison::at_most:
      return actual <= expected + slack + epsilon;
    case model::Comparison::at_least:
      return actual >= expected - slack - epsilon;
    case model::Comparison::equal:
      return std::abs(actual - expected) <= slack + epsilon;
  }
  return false;
}

std::string tolerance_text(const model::Tolerance& tolerance, double slack, bool days) {
  if (tolerance.amount == 0) return "";
  if (tolerance.percent) {
    return " (tolerance " + number_text(tolerance.amount) + "% = " + number_text(slack) + ")";
  }
  return " (tolerance " + number_text(slack) + (days ? " days)" : ")");
}

std::string with_note(std::string text, const std::string& note) {
  return note.empty() ? text : text + " (" + note + ")";
}

// The expected value of the assertion's kind as {comparison, number or date, unit}.
struct Target {
  model::Expected expected;
  std::string unit;    // " days", "" for probabilities and dates
  std::string suffix;  // after the value, e.g. " faster than baseline"
};

struct TargetOf {
  Target operator()(const model::MilestoneCheck& check) const {
    return {check.expected, check.expected.date ? "" : " days", ""};
  }
  Target operator()(const model::PercentileCheck& check) const {
    return {check.expected, check.expected.date ? "" : " days", ""};
  }
  Target operator()(const model::ProbabilityCheck& check) const { return {check.expected, "", ""}; }
  Target operator()(const model::FasterCheck& check) const {
    return {model::Expected{model::Comparison::at_least, static_cast<double>(check.by_at_least),
                            std::nullopt},
            " days", " faster than " + check.other};
  }
  Target operator()(const model::NoTaskAfterCheck& check) const {
    return {model::Expected{model::Comparison::at_most, 0, check.date}, "", ""};
  }
};

}  // namespace

AssertionResult judge(const model::Assertion& assertion, const Actual& actual) {
  AssertionResult result;
  result.where = assertion.where;
  result.description = assertion.name.empty() ? model::describe(assertion) : assertion.name;
  result.measured = actual;
  const Target target = std::visit(TargetOf{}, assertion.check);
  const auto& expected = target.expected;
  const bool days_unit = !target.unit.empty();
  if (expected.date) {
    const double slack = assertion.tolerance.amount;  // dates take days only
    result.expected = std::string(model::to_string(expected.comparison)) + " " +
                      calendar::to_iso(*expected.date) + target.suffix +
                      tolerance_text(assertion.tolerance, slack, true);
    if (actual.missing || !actual.date) {
      result.actual = with_note("none", actual.note);
      return result;
    }
    result.actual = with_note(calendar::to_iso(*actual.date), actual.note);
    result.passed =
        holds(expected.comparison, calendar::days_between(*expected.date, *actual.date), 0, slack);
    return result;
  }
  const double slack = assertion.tolerance.slack(expected.number);
  result.expected = std::string(model::to_string(expected.comparison)) + " " +
                    number_text(expected.number) + target.unit + target.suffix +
                    tolerance_text(assertion.tolerance, slack, days_unit);
  if (actual.missing) {
    result.actual = with_note("none", actual.note);
    return result;
  }
  const std::string faster = std::holds_alternative<model::FasterCheck>(assertion.check)
                                 ? (actual.number < 0 ? " (slower)" : "")
                                 : "";
  result.actual = with_note(number_text(actual.number) + target.unit + faster, actual.note);
  result.passed = holds(expected.comparison, actual.number, expected.number, slack);
  return result;
}

const sim::TaskTiming* latest_finish(const sim::Timeline& timeline) {
  const sim::TaskTiming* latest = nullptr;
  for (const auto& task : timeline.tasks) {
    if (task.skipped) continue;
    if (latest == nullptr || task.finish > latest->finish) latest = &task;
  }
  return latest;
}

}  // namespace regsim::analysis
