#include "regsim/model/expectation.hpp"

#include <charconv>
#include <cmath>

namespace regsim::model {
namespace {

// Shortest text that round-trips: 406 -> "406", 0.8 -> "0.8".
std::string number_text(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string basis_text(DayBasis basis) {
  switch (basis) {
    case DayBasis::calendar_days:
      return "calendar days";
    case DayBasis::working_days:
      return "working days";
    case DayBasis::clock_days:
      return "clock days";
  }
  return "days";
}

std::string from_text(const std::string& from) {
  return from.empty() ? "" : " from " + from;
}

std::string expected_text(const Expected& expected) {
  std::string text(to_string(expected.comparison));
  text += ' ';
  text += expected.date ? calendar::to_iso(*expected.date) : number_text(expected.number);
  return text;
}

std::string tolerance_text(const Tolerance& tolerance, bool dates) {
  if (tolerance.amount == 0) return "";
  std::string text = " (tolerance " + number_text(tolerance.amount);
  if (tolerance.percent) return text + "%)";
  return text + (dates ? " days)" : ")");
}

struct Describer {
  std::string operator()(const MilestoneCheck& check) const {
    switch (check.measure) {
      case MilestoneMeasure::date:
        return check.milestone + " date";
      case MilestoneMeasure::calendar_days:
        return check.milestone + " calendar days" + from_text(check.from);
      case MilestoneMeasure::clock_days:
        return check.milestone + " clock days" + from_text(check.from);
    }
    return check.milestone;
  }
  std::string operator()(const PercentileCheck& check) const {
    std::string text = "P" + std::to_string(check.percentile) + " of " + check.milestone;
    text += check.expected.date ? " date" : " calendar days";
    return text + " (" + std::to_string(check.runs) + " runs, seed " + std::to_string(check.seed) +
           ")";
  }
  std::string operator()(const ProbabilityCheck& check) const {
    std::string text = "probability of meeting ";
    if (!check.deadline.empty()) {
      text += "deadline " + check.deadline;
    } else if (check.by) {
      text += check.milestone + " by " + calendar::to_iso(*check.by);
    } else {
      text += check.milestone + " within " + std::to_string(check.within.value_or(0)) +
              " calendar days";
    }
    return text + " (" + std::to_string(check.runs) + " runs, seed " + std::to_string(check.seed) +
           ")";
  }
  std::string operator()(const FasterCheck& check) const {
    const std::string what = check.milestone.empty() ? "the end" : check.milestone;
    return what + " faster than " + check.other + " in " + basis_text(check.basis) +
           from_text(check.from);
  }
  std::string operator()(const NoTaskAfterCheck&) const { return "latest task finish"; }
};

struct ExpectedDescriber {
  const Assertion& assertion;
  std::string operator()(const FasterCheck& check) const {
    return "by at least " + std::to_string(check.by_at_least) + " days" +
           tolerance_text(assertion.tolerance, false);
  }
  std::string operator()(const NoTaskAfterCheck& check) const {
    return "on or before " + calendar::to_iso(check.date) +
           tolerance_text(assertion.tolerance, true);
  }
  template <typename T>
  std::string operator()(const T& check) const {
    const bool dates = check.expected.date.has_value();
    return expected_text(check.expected) + tolerance_text(assertion.tolerance, dates);
  }
};

}  // namespace

std::string_view to_string(Comparison comparison) {
  switch (comparison) {
    case Comparison::at_most:
      return "at most";
    case Comparison::at_least:
      return "at least";
    case Comparison::equal:
      return "equal to";
  }
  return "at most";
}

double Tolerance::slack(double expected) const {
  return percent ? std::abs(expected) * amount / 100.0 : amount;
}

std::string describe(const Assertion& assertion) {
  std::string text = assertion.pathway + " [" + assertion.scenario + "]: ";
  text += std::visit(Describer{}, assertion.check);
  text += ' ';
  text += std::visit(ExpectedDescriber{assertion}, assertion.check);
  return text;
}

}  // namespace regsim::model
