// What Monte Carlo samples say: P-dates per milestone, deadline odds, criticality, sensitivity.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/monte_carlo.hpp"

namespace regsim::analysis {

/// One bar of a histogram: runs finishing in [from_days, to_days).
struct HistogramBin {
  int from_days = 0;
  int to_days = 0;
  std::int64_t count = 0;
  friend bool operator==(const HistogramBin&, const HistogramBin&) = default;
};

/// One point of an S-curve (the empirical distribution function): the share of runs
/// that reached the milestone on or before `days`, over all runs.
struct CurvePoint {
  int days = 0;
  double probability = 0;
  friend bool operator==(const CurvePoint&, const CurvePoint&) = default;
};

/// The spread of one milestone (or of the end: the timeline's finish), in calendar days
/// from the start date, over the runs in which it happened.
struct MilestoneSummary {
  std::string id;
  std::string name;
  std::int64_t reached = 0;  ///< runs in which the milestone happened
  double probability = 0;    ///< reached / runs
  double mean_days = 0;
  double sd_days = 0;  ///< sample standard deviation (n - 1)
  int min_days = 0;
  int max_days = 0;
  int p10 = 0, p50 = 0, p80 = 0, p90 = 0;  ///< nearest-rank percentiles (statistics.hpp)
  std::vector<HistogramBin> histogram;     ///< equal whole-day bins covering min..max
  std::vector<CurvePoint> s_curve;         ///< one point per distinct value, ascending
  friend bool operator==(const MilestoneSummary&, const MilestoneSummary&) = default;
};

/// How often a deadline was met.
struct DeadlineSummary {
  std::string id;
  std::string name;
  int limit = 0;
  model::ClockBasis basis = model::ClockBasis::calendar_days;
  std::int64_t met = 0;    ///< runs that met it
  double probability = 0;  ///< met / runs
  friend bool operator==(const DeadlineSummary&, const DeadlineSummary&) = default;
};

/// One task's part in the uncertainty.
struct TaskSummary {
  std::string id;
  std::string name;
  double happened = 0;     ///< share of runs in which the task happened
  double criticality = 0;  ///< share of all runs in which it happened and was critical
  /// Share of all runs in which it was on the driving path of the end (the chain of what
  /// set each date back from the finish): 100% for every task of a pure chain, where
  /// criticality, which counts the wait for a sitting as float, can be 0.
  double driving = 0;
  double mean_amount = 0;  ///< mean drawn amount x times run (0 when skipped), its unit
  calendar::DurationUnit unit = calendar::DurationUnit::calendar_days;
  /// Spearman rank correlation of the task's amount with the end's calendar days, over
  /// the runs in which the task happened (a skipped branch would otherwise correlate with
  /// the other branch's length); empty when the amount does not vary over them.
  std::optional<double> sensitivity;
  friend bool operator==(const TaskSummary&, const TaskSummary&) = default;
};

/// Which sitting a task that waits for one made (sim::SittingFeed), over the runs in which
/// it happened: the planned one (or an earlier one), the next, or a later one.
struct SittingSummary {
  std::string task_id;
  std::string calendar;                ///< the sitting calendar (or timetable)
  calendar::Date planned;              ///< the sitting it makes in the deterministic plan
  std::optional<calendar::Date> next;  ///< the sitting after it, when the calendar has one
  std::int64_t runs = 0;               ///< runs in which the task happened
  double made_planned = 0;             ///< share of those runs: the planned sitting or earlier
  double made_next = 0;                ///< the next sitting
  double later = 0;                    ///< a later one
  friend bool operator==(const SittingSummary&, const SittingSummary&) = default;
};

/// Everything `regsim simulate` reports.
struct SimulationSummary {
  std::string pathway_id;
  std::string title;
  std::string scenario_id;
  std::uint64_t seed = 0;
  std::int64_t requested_runs = 0;
  std::int64_t runs = 0;
  bool stopped_early = false;
  calendar::Date start;
  MilestoneSummary end;                      ///< id "end": the latest finish of each run
  std::vector<MilestoneSummary> milestones;  ///< milestone tasks, pathway order
  std::vector<DeadlineSummary> deadlines;    ///< pathway order
  std::vector<TaskSummary> tasks;            ///< pathway order
  std::vector<SittingSummary> sittings;      ///< the tasks that wait for a sitting, pathway order
  friend bool operator==(const SimulationSummary&, const SimulationSummary&) = default;
};

/// The tasks a tornado shows: those with a sensitivity that reads other than +0.00 or
/// -0.00 at two decimals, largest |r| first (ties keep pathway order).
std::vector<const TaskSummary*> ranked_by_sensitivity(const SimulationSummary& summary);

/// Options of summarize().
struct SummaryOptions {
  int histogram_bins = 20;  ///< at most this many bins, each a whole number of days wide
};

/// Summarizes samples of `pathway` (the pathway they were drawn from, scenario applied).
SimulationSummary summarize(const model::Pathway& pathway, const sim::Samples& samples,
                            const SummaryOptions& options = {});

/// The spread of a set of whole-day values over `runs` runs (values.size() of them
/// reached the milestone). Exposed for tests; `values` need not be sorted.
MilestoneSummary summarize_days(std::vector<int> values, std::int64_t runs,
                                int histogram_bins = 20);

}  // namespace regsim::analysis
