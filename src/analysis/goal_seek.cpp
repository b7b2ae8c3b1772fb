// seek_goal: one lever by bisection, several by the time-cost MIP (deterministic targets on
// durations) or by coordinate descent on a fixed sample (common random numbers); every
// answer verified with a fresh seed, at the answer and each lever one step back.
#include "regsim/analysis/goal_seek.hpp"

#include <algorithm>

#include "goal_levers.hpp"
#include "goal_measure.hpp"
#include "goal_solver.hpp"
#include "regsim/error.hpp"
#include "regsim/graph/names.hpp"
#include "regsim/sim/scheduler.hpp"

namespace regsim::analysis {
namespace {

using model::TargetKind;

bool ends_an_application(const model::Pathway& pathway, const std::string& task) {
  return std::none_of(pathway.dependencies.begin(), pathway.dependencies.end(),
                      [&](const model::Dependency& d) { return d.from == task; });
}

// Evaluations of the goal at grid points of its levers, counted.
class Search {
 public:
  Search(const model::Pathway& base, const model::Goal& goal, const GoalOptions& options)
      : base_(base), goal_(goal), options_(options) {}

  std::vector<TargetMeasure> measure(const std::vector<int>& points, std::uint64_t seed) const {
    return detail::measure_goal(detail::with_levers(base_, goal_, points), goal_, seed, options_);
  }
  // The search's own seed: every evaluation draws the same sample (common random numbers).
  std::vector<TargetMeasure> search(const std::vector<int>& points) {
    ++evaluations;
    return measure(points, options_.seed);
  }
  const model::Pathway& base() const { return base_; }
  const model::Goal& goal() const { return goal_; }

  int evaluations = 0;

 private:
  const model::Pathway& base_;
  const model::Goal& goal_;
  const GoalOptions& options_;
};

// Lowers lever `l` to its least grid point that still meets every target with the others
// held, by bisection between its free end (below which it cannot go) and `points[l]`, which
// meets (`at` holds its measures). Returns whether the point moved.
bool lower(Search& search, std::vector<int>& points, std::size_t l,
           std::vector<TargetMeasure>& at) {
  int high = points[l];
  int low = -1;
  while (high - low > 1) {
    const int middle = low + (high - low) / 2;
    auto trial = points;
    trial[l] = middle;
    auto measures = search.search(trial);
    if (detail::all_met(measures)) {
      high = middle;
      at = std::move(measures);
    } else {
      low = middle;
    }
  }
  const bool moved = high != points[l];
  points[l] = high;
  return moved;
}

// Coordinate descent from `points` (which meet): each lever in turn (those `held` stay),
// the dearest per grid point first, lowered as far as the others allow, until a pass moves
// none. A local least-cost answer of the sampled problem; exact for one lever.
void descend(Search& search, std::vector<int>& points, std::vector<TargetMeasure>& at,
             const std::vector<bool>& held = {}) {
  const auto& levers = search.goal().levers;
  std::vector<std::size_t> order;
  for (std::size_t l = 0; l < levers.size(); ++l) {
    if (held.empty() || !held[l]) order.push_back(l);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return detail::lever_cost(levers[a], 1) - detail::lever_cost(levers[a], 0) >
           detail::lever_cost(levers[b], 1) - detail::lever_cost(levers[b], 0);
  });
  for (int pass = 0; pass < 8; ++pass) {
    bool moved = false;
    for (const std::size_t l : order)
      moved = lower(search, points, l, at) || moved;
    if (!moved || order.size() <= 1) return;
  }
}

double total_cost(const model::Goal& goal, const std::vector<int>& points) {
  double cost = 0;
  for (std::size_t l = 0; l < goal.levers.size(); ++l)
    cost += detail::lever_cost(goal.levers[l], points[l]);
  return cost;
}

// A lever with at most 8 grid points (a sitting cadence always: 1 to 4 a month).
bool is_short(const model::GoalLever& lever) {
  return detail::steps(lever) < 8;
}

// The combinations of the short levers' grid points, when several levers include short
// ones and there are at most 64 of them; else 0.
int short_combinations(const model::Goal& goal) {
  if (goal.levers.size() < 2) return 0;
  int combinations = 1;
  bool any = false;
  for (const auto& lever : goal.levers) {
    if (!is_short(lever)) continue;
    any = true;
    combinations *= detail::steps(lever) + 1;
    if (combinations > 64) return 0;
  }
  return any ? combinations : 0;
}

// Several levers, some of them short: a short lever moves in large steps (a sitting
// cadence moves a decision by a whole sitting cycle), so descent from the fast end alone
// can settle on a local answer, fewer sittings bought with dear days elsewhere. Every
// combination of the short levers' grid points is tried with the other levers at their
// fast end and descended; the cheapest that meets is descended once more over every lever.
// Exact when at most one lever is not short (a monotone lever's bisection is exact).
// `points` is the fast end and meets on entry.
void descend_per_combination(Search& search, std::vector<int>& points,
                             std::vector<TargetMeasure>& at, int combinations) {
  const auto& levers = search.goal().levers;
  std::vector<bool> held(levers.size());
  for (std::size_t l = 0; l < levers.size(); ++l)
    held[l] = is_short(levers[l]);
  auto best = points;
  auto best_at = at;
  for (int c = 0; c < combinations; ++c) {
    auto trial = points;  // the fast end, the short levers set from `c` (mixed radix)
    for (std::size_t l = 0, rest = static_cast<std::size_t>(c); l < levers.size(); ++l) {
      if (!held[l]) continue;
      const auto radix = static_cast<std::size_t>(detail::steps(levers[l]) + 1);
      trial[l] = static_cast<int>(rest % radix);
      rest /= radix;
    }
    auto measures = trial == points ? at : search.search(trial);
    if (!detail::all_met(measures)) continue;
    descend(search, trial, measures, held);
    if (total_cost(search.goal(), trial) < total_cost(search.goal(), best)) {
      best = std::move(trial);
      best_at = std::move(measures);
    }
  }
  points = std::move(best);
  at = std::move(best_at);
  descend(search, points, at);
}

// The time-cost MIP, re-run by the engine; where the engine misses a target (sittings,
// pools, calendars the MIP does not model), that target's bound is tightened by the miss
// and the MIP solved again. The answer then goes through coordinate descent, which takes
// back what the tightening over-bought. Returns whether an answer was found.
bool solve_by_glpk(Search& search, std::vector<int>& points, std::vector<TargetMeasure>& at,
                   int& rounds) {
  const auto& goal = search.goal();
  const std::vector<int> free_end(goal.levers.size(), 0);
  const auto timeline = sim::Scheduler(detail::with_levers(search.base(), goal, free_end)).run();
  std::vector<double> bounds;
  for (const auto& target : goal.targets)
    bounds.push_back(target.days);
  for (rounds = 1; rounds <= 20; ++rounds) {
    const auto answer = detail::solve_time_cost(search.base(), timeline, goal, bounds);
    if (!answer) return false;
    auto measures = search.search(*answer);
    if (detail::all_met(measures)) {
      points = *answer;
      at = std::move(measures);
      descend(search, points, at);
      return true;
    }
    for (std::size_t t = 0; t < goal.targets.size(); ++t) {
      if (measures[t].met) continue;
      const double miss =
          measures[t].achieved < 0 ? 1 : measures[t].achieved - goal.targets[t].days;
      bounds[t] -= std::max(1.0, miss);
    }
  }
  return false;
}

// The verification runs: the answer and each lever one step back, with seed + 1.
void verify(const Search& search, const std::vector<int>& points, GoalResult& result) {
  const auto& levers = search.goal().levers;
  result.verification = search.measure(points, result.verification_seed);
  result.verified = detail::all_met(result.verification);
  if (!result.feasible) return;
  for (std::size_t l = 0; l < levers.size(); ++l) {
    if (points[l] == 0) continue;
    auto back = points;
    --back[l];
    auto measures = search.measure(back, result.verification_seed);
    if (levers.size() == 1) {
      result.one_less = measures;
    }
    result.step_back.push_back({detail::lever_id(levers[l]),
                                detail::lever_value(levers[l], back[l]), std::move(measures)});
  }
}

}  // namespace

void check_goal(const model::Goal& goal, const model::Pathway& pathway) {
  std::vector<Diagnostic> diagnostics;
  const auto fail = [&](const SourceLocation& where, const char* id, std::string message) {
    Diagnostic diagnostic;
    diagnostic.where = where;
    diagnostic.id = id;
    diagnostic.message = std::move(message);
    diagnostics.push_back(std::move(diagnostic));
  };
  std::vector<std::string> tasks;
  for (const auto& task : pathway.tasks)
    tasks.push_back(task.id);
  for (const auto& target : goal.targets) {
    if (std::find(tasks.begin(), tasks.end(), target.milestone) == tasks.end()) {
      diagnostics.push_back(graph::unknown_name(graph::NameKind::task, target.where,
                                                "pathway '" + pathway.id + "'", target.milestone,
                                                tasks));
      continue;
    }
    if (!pathway.portfolio) {
      // One application's Monte Carlo records the days of milestone tasks only.
      if (target.kind != TargetKind::days &&
          pathway.find_task(target.milestone)->kind != model::TaskKind::milestone)
        fail(target.where, "bad_value",
             "'" + target.milestone +
                 "' is not a milestone: a percentile or on-time target names a milestone "
                 "task, whose days the Monte Carlo runs record");
      continue;
    }
    if (target.kind == TargetKind::days) {
      fail(target.where, "bad_value",
           "pathway '" + pathway.id +
               "' has a portfolio, whose lead times spread: give a 'percentile' or a 'within' "
               "with a 'probability'");
    } else if (!ends_an_application(pathway, target.milestone)) {
      fail(target.where, "bad_value",
           "a portfolio's targets bound the lead time of an application, arrival to its end: '" +
               target.milestone + "' does not end the pathway");
    }
  }
  detail::check_levers(goal, pathway, diagnostics);
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
}

GoalResult seek_goal(const model::Pathway& pathway, const model::Goal& goal,
                     const GoalOptions& options) {
  Search search(pathway, goal, options);
  GoalResult result;
  result.pathway_id = pathway.id;
  result.portfolio = pathway.portfolio.has_value();
  result.stochastic =
      std::any_of(goal.targets.begin(), goal.targets.end(),
                  [](const model::GoalTarget& t) { return t.kind != TargetKind::days; });
  result.runs = options.runs;
  result.seed = options.seed;
  result.verification_seed = options.seed + 1;
  // Every lever at its fast end first: when that misses, nothing in the ranges meets.
  std::vector<int> points;
  for (const auto& lever : goal.levers)
    points.push_back(detail::steps(lever));
  auto at = search.search(points);
  result.feasible = detail::all_met(at);
  if (result.feasible) {
    if (goal.levers.size() > 1 && detail::time_cost_applies(goal)) {
      auto solved = points;
      auto solved_at = at;
      if (solve_by_glpk(search, solved, solved_at, result.solver_rounds) &&
          total_cost(goal, solved) <= total_cost(goal, points)) {
        points = std::move(solved);
        at = std::move(solved_at);
        result.method = "glpk";
      }
    }
    if (result.method != "glpk") {
      if (const int combinations = short_combinations(goal)) {
        descend_per_combination(search, points, at, combinations);
        result.method = "combinations";
      } else {
        descend(search, points, at);
        result.method = goal.levers.size() == 1 ? "bisection" : "descent";
      }
    }
  } else {
    result.method = goal.levers.size() == 1 ? "bisection" : "descent";
  }
  for (std::size_t l = 0; l < goal.levers.size(); ++l)
    result.levers.push_back(detail::setting(goal.levers[l], points[l]));
  result.search = std::move(at);
  result.evaluations = search.evaluations;
  verify(search, points, result);
  return result;
}

}  // namespace regsim::analysis
