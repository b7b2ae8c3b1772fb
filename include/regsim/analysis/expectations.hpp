// Evaluating expectations (regression assertions) against schedules and Monte Carlo runs.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/expectation.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/model/status.hpp"
#include "regsim/sim/processes.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::analysis {

/// What was measured for one assertion.
struct Actual {
  double number = 0;                   ///< days, a probability, or a gain in days
  std::optional<calendar::Date> date;  ///< set for date assertions
  bool missing = false;  ///< the milestone did not happen (skipped): the assertion fails
  std::string note;      ///< context, e.g. "approval on 2027-04-12"
  friend bool operator==(const Actual&, const Actual&) = default;
};

/// The outcome of one assertion: whether it holds, expected against actual, and where
/// the assertion was written.
struct AssertionResult {
  SourceLocation where;     ///< the assertion's entry in its expectation file
  std::string description;  ///< the assertion's `name`, else model::describe()
  bool passed = false;
  std::string expected;  ///< e.g. "at most 295 days (tolerance 2% = 5.9)"
  std::string actual;    ///< e.g. "301 days (approval on 2027-01-05)"
  Actual measured;
  friend bool operator==(const AssertionResult&, const AssertionResult&) = default;
};

/// Compares `actual` with what `assertion` expects, tolerance included. Pure: the
/// measuring is done by the caller.
AssertionResult judge(const model::Assertion& assertion, const Actual& actual);

/// The task that finishes last in `timeline` (the first in pathway order on a tie);
/// nullptr when every task was skipped.
const sim::TaskTiming* latest_finish(const sim::Timeline& timeline);

/// Measures and judges assertions against pathways. Deterministic schedules and Monte
/// Carlo samples are computed once per (pathway, scenario, start[, runs, seed]) and
/// reused by later assertions. Days between tasks are analysis::span_days (the
/// scheduler's own deadline accounting), and "faster than" reads an analysis::Comparison,
/// so they agree with `regsim schedule` and `regsim compare`; percentiles and
/// probabilities come from analysis::summarize, so they agree with `regsim simulate`.
class Evaluator {
 public:
  /// Monte Carlo runs use `threads` workers (results do not depend on it) and are shared
  /// by `processes` when given (docs/scale-out.md: every process receives every row, so
  /// each judges alike and ends with the same exit status). With `status`, assertions on
  /// the pathway whose id is `tracked_pathway` measure the re-forecast from it
  /// (deterministic and Monte Carlo, docs/status.md); others the plan as before.
  explicit Evaluator(int threads = 1, const model::Status* status = nullptr,
                     std::string tracked_pathway = {}, const sim::Processes* processes = nullptr);
  ~Evaluator();
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  /// What `assertion` measures on `pathway` (as read: scenarios still overlays). Throws
  /// InputError located at the assertion when it names a scenario, task or deadline the
  /// pathway lacks (`unknown_scenario`, `unknown_task`, `unknown_deadline`), or a
  /// non-milestone task in a Monte Carlo assertion (`not_a_milestone`).
  Actual measure(const model::Assertion& assertion, const model::Pathway& pathway);

  /// judge(assertion, measure(assertion, pathway)).
  AssertionResult evaluate(const model::Assertion& assertion, const model::Pathway& pathway);

 private:
  struct Cache;
  std::unique_ptr<Cache> cache_;
  int threads_ = 1;
};

/// Finds the pathway an assertion names (the CLI reads files; tests build pathways).
using PathwayLookup = std::function<const model::Pathway&(const model::Assertion&)>;

/// Evaluates every assertion of `file`, in file order. Problems with individual
/// assertions (unknown tasks, ...) are collected and thrown together as one InputError.
/// With `status` and `processes`, as Evaluator.
std::vector<AssertionResult> evaluate_expectations(const model::ExpectationFile& file,
                                                   const PathwayLookup& lookup, int threads = 1,
                                                   const model::Status* status = nullptr,
                                                   const std::string& tracked_pathway = {},
                                                   const sim::Processes* processes = nullptr);

}  // namespace regsim::analysis
