// Expectations: what a regression test asserts about a pathway's timeline (docs/expectations.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/error.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::model {

/// How an actual value is compared with the expected one.
enum class Comparison {
  at_most,   ///< actual <= expected (+ tolerance)
  at_least,  ///< actual >= expected (- tolerance)
  equal,     ///< |actual - expected| <= tolerance
};

/// "at most", "at least", "equal to".
std::string_view to_string(Comparison comparison);

/// How far an actual value may miss the expected one and still pass: an absolute amount
/// in the assertion's unit (days, or a probability), or a percentage of the expected value.
struct Tolerance {
  double amount = 0;
  bool percent = false;  ///< `amount` is a percentage of the expected value

  /// The absolute slack for an expected value of `expected`.
  double slack(double expected) const;
  friend bool operator==(const Tolerance&, const Tolerance&) = default;
};

/// What a number of days counts. Calendar days are the default everywhere.
using DayBasis = ClockBasis;

/// The value an assertion expects: a number (days, probability) or a date.
struct Expected {
  Comparison comparison = Comparison::at_most;
  double number = 0;                   ///< when `date` is empty
  std::optional<calendar::Date> date;  ///< set for date assertions
  friend bool operator==(const Expected&, const Expected&) = default;
};

/// What a milestone assertion measures. Days are counted from the start of `from` (the
/// timeline's start when empty) to the finish of the milestone.
enum class MilestoneMeasure {
  date,           ///< the milestone's finish date
  calendar_days,  ///< elapsed calendar days
  clock_days,     ///< days with the agency clock running
};

/// `milestone: approval` with `date:`, `calendar_days:` or `clock_days:` (deterministic).
struct MilestoneCheck {
  std::string milestone;
  std::string from;  ///< empty: the timeline's start
  MilestoneMeasure measure = MilestoneMeasure::calendar_days;
  Expected expected;
  friend bool operator==(const MilestoneCheck&, const MilestoneCheck&) = default;
};

/// `p50:`, `p80:` or `p90:` of a milestone over Monte Carlo runs, exactly as `regsim
/// simulate` reports it: a date, or calendar days from the start date. `milestone` is a
/// milestone task, or `end` (the latest finish of each run).
struct PercentileCheck {
  int percentile = 80;  ///< 50, 80 or 90
  std::string milestone;
  Expected expected;
  int runs = 1000;
  std::uint64_t seed = 1;
  friend bool operator==(const PercentileCheck&, const PercentileCheck&) = default;
};

/// `probability:` of meeting a deadline over Monte Carlo runs: one of the pathway's
/// deadlines (`deadline: statutory`), or a milestone (or `end`) by a date (`by:`) or
/// within a number of calendar days of the start date (`within:`).
struct ProbabilityCheck {
  std::string deadline;  ///< a pathway deadline id; empty: the milestone form
  std::string milestone;
  std::optional<calendar::Date> by;
  std::optional<int> within;
  Expected expected;  ///< a probability in [0, 1]
  int runs = 1000;
  std::uint64_t seed = 1;
  friend bool operator==(const ProbabilityCheck&, const ProbabilityCheck&) = default;
};

/// The assertion's scenario reaches `milestone` (the end of the timeline when empty)
/// at least `by_at_least` days sooner than scenario `other` (deterministic schedules).
struct FasterCheck {
  std::string other;
  std::string milestone;
  std::string from;
  DayBasis basis = DayBasis::calendar_days;
  int by_at_least = 1;
  friend bool operator==(const FasterCheck&, const FasterCheck&) = default;
};

/// No task of the deterministic schedule finishes after `date`.
struct NoTaskAfterCheck {
  calendar::Date date;
  friend bool operator==(const NoTaskAfterCheck&, const NoTaskAfterCheck&) = default;
};

/// The forms an assertion can take.
using Check =
    std::variant<MilestoneCheck, PercentileCheck, ProbabilityCheck, FasterCheck, NoTaskAfterCheck>;

/// One assertion of an expectation file.
struct Assertion {
  std::string name;     ///< the file's `name:`; empty: a description is generated
  std::string pathway;  ///< as written: a path relative to the expectation file, or a bundled name
  std::string scenario = baseline_scenario;
  std::optional<calendar::Date> start;  ///< overrides the pathway's start date
  Tolerance tolerance;
  Check check;
  SourceLocation where;  ///< the assertion's entry in the file
  friend bool operator==(const Assertion&, const Assertion&) = default;
};

/// A whole expectation file.
struct ExpectationFile {
  std::string file;  ///< the path it was read from
  std::vector<Assertion> assertions;
  friend bool operator==(const ExpectationFile&, const ExpectationFile&) = default;
};

/// A one-line description of what the assertion checks, e.g.
/// "kr/biosimilar [reformed]: approval calendar days from submission at most 295 (±2%)".
std::string describe(const Assertion& assertion);

}  // namespace regsim::model
