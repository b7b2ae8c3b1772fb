// A goal file: targets a pathway must meet and the levers that may change to meet them.
#pragma once

#include <string>
#include <vector>

#include "regsim/error.hpp"

namespace regsim::model {

/// What a target bounds, always in calendar days from the start of the application (its
/// arrival, in a portfolio) to the finish of the milestone.
enum class TargetKind {
  days,        ///< the deterministic schedule: `{milestone: m, at_most: 295d}`
  percentile,  ///< a percentile over Monte Carlo runs: `{milestone: m, percentile: 80, at_most:
               ///< 120d}`
  on_time,     ///< a probability: `{milestone: m, within: 240d, probability: 0.9}` (at least)
};

/// One target of a goal file.
struct GoalTarget {
  TargetKind kind = TargetKind::days;
  std::string milestone;
  int percentile = 0;      ///< percentile: 1..99
  int days = 0;            ///< days, percentile: at most; on_time: within
  double probability = 0;  ///< on_time: at least
  SourceLocation where;    ///< the target's `milestone` value
  friend bool operator==(const GoalTarget&, const GoalTarget&) = default;
};

/// What a lever changes (docs/goals.md, "Levers").
enum class LeverKind {
  pool_capacity,     ///< `{pool: reviewers, capacity: [1, 60], cost: 1}`
  duration_shorten,  ///< `{task: review, shorten: [0, 30], cost: 2}`: units off every draw
  duration_scale,    ///< `{task: review, scale: [0.5, 1], cost: 100}`: every draw times a factor
  rework,            ///< `{task: review, rework: [0.1, 0.4], cost: 50}`: its question-round odds
  branch,            ///< `{branch: b, outcome: o, probability: [0.5, 0.9], cost: 10}`
  arrival_interval,  ///< `{arrivals: interval, days: [4, 8], cost: 1}`: a portfolio's mean gap
  sitting_cadence,   ///< `{sittings: drec, per_month: [1, 4], cost: 5}`: sittings a month
};

/// One lever of a goal file: a range `[min, max]` walked on a grid of `step` (1 for
/// capacities, days, intervals and sittings a month, 0.01 for factors and probabilities)
/// and a cost per unit.
struct GoalLever {
  LeverKind kind = LeverKind::pool_capacity;
  std::string pool;      ///< pool_capacity
  std::string task;      ///< duration_shorten, duration_scale, rework
  std::string branch;    ///< branch
  std::string outcome;   ///< branch: the outcome whose probability the lever sets
  std::string sittings;  ///< sitting_cadence: the sitting calendar
  double min = 0;
  double max = 0;
  double step = 1;
  double cost = 1;       ///< per unit of the lever's value (docs/goals.md, "Costs")
  SourceLocation where;  ///< the lever's first key's value (`pool`, `task`, ...)
  friend bool operator==(const GoalLever&, const GoalLever&) = default;
};

/// A goal file as read: names kept as written, checked against the pathway later
/// (analysis::check_goal).
struct Goal {
  std::vector<GoalTarget> targets;
  std::vector<GoalLever> levers;
  std::string file;
  friend bool operator==(const Goal&, const Goal&) = default;
};

}  // namespace regsim::model
