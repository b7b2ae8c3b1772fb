// Goal seek: the least lever value that meets a goal's targets, verified by a fresh run.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "regsim/model/goal.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/processes.hpp"

namespace regsim::analysis {

/// How goals are evaluated.
struct GoalOptions {
  std::int64_t runs = 1000;  ///< Monte Carlo runs per evaluation (portfolio runs for a portfolio)
  std::uint64_t seed = 1;    ///< the search's seed; the verification uses seed + 1
  int threads = 0;           ///< 0: one per hardware thread (one application's Monte Carlo)
  std::int32_t warmup_days = 0;  ///< a portfolio: applications arriving earlier are left out
  const std::atomic<bool>* cancel = nullptr;
  /// Processes sharing each evaluation's Monte Carlo runs (docs/scale-out.md); every process
  /// follows the same search. nullptr: one process.
  const sim::Processes* processes = nullptr;
};

/// One target measured in one evaluation. Days for `days` and `percentile` targets, a
/// share for `on_time`; the interval is a 95% confidence interval (equal to `achieved`
/// for the deterministic schedule).
struct TargetMeasure {
  std::string expression;  ///< as docs/goals.md writes it: "p80 of done <= 120d"
  double achieved = 0;
  double ci_low = 0;
  double ci_high = 0;
  bool met = false;
  bool share = false;  ///< `achieved` is a share (an on-time target), not days
  double bound = 0;    ///< the target's limit: at most so many days, or at least this share
  friend bool operator==(const TargetMeasure&, const TargetMeasure&) = default;
};

/// A lever's value in an answer.
struct LeverSetting {
  std::string id;  ///< the pool, or "shorten(task)", "scale(task)"... (docs/goals.md)
  double value = 0;
  double cost = 0;  ///< docs/goals.md, "Costs"
  double min = 0;
  double max = 0;
  bool at_bound = false;  ///< at the fast end of its range (the most it can do)
  friend bool operator==(const LeverSetting&, const LeverSetting&) = default;
};

/// The answer of a goal seek.
struct GoalResult {
  std::string pathway_id;
  bool portfolio = false;   ///< evaluated as a portfolio Monte Carlo
  bool stochastic = false;  ///< some target is a percentile or a probability (Monte Carlo)
  bool feasible = false;    ///< some value in the lever's range meets every target
  /// The least value that met every target in the search; when infeasible, the bound
  /// the levers sat at (their best value).
  std::vector<LeverSetting> levers;
  std::vector<TargetMeasure> search;  ///< the search's own evaluation at that value
  /// The verification: an independent run at that value with seed + 1.
  std::vector<TargetMeasure> verification;
  bool verified = false;  ///< the verification met every target
  /// The verification run at one unit less (when above the lever's low end): it should
  /// miss a target, which shows the answer is the least.
  std::optional<std::vector<TargetMeasure>> one_less;
  /// Several levers: for each lever above its free end, the verification run with that
  /// lever one step back and the others as answered (each should miss a target).
  struct StepBack {
    std::string id;
    double value = 0;  ///< the lever's value one step back
    std::vector<TargetMeasure> measures;
    friend bool operator==(const StepBack&, const StepBack&) = default;
  };
  std::vector<StepBack> step_back;
  /// How the answer was found: "bisection", "glpk" (time-cost MIP, re-run by the engine),
  /// "descent" (coordinate descent; on stochastic targets a sample-average approximation
  /// with common random numbers), "combinations" (descent of the other levers from each
  /// combination of the levers with at most 8 grid points, sitting cadences among them, then
  /// descent over every lever).
  std::string method = "bisection";
  int solver_rounds = 0;  ///< glpk: MIPs solved (the target tightened when the engine disagreed)
  int evaluations = 0;    ///< search evaluations (engine runs, schedules or Monte Carlo)
  std::int64_t runs = 0;
  std::uint64_t seed = 0;
  std::uint64_t verification_seed = 0;
  friend bool operator==(const GoalResult&, const GoalResult&) = default;
};

/// Checks the goal's names and forms against `pathway` (after its scenario is applied):
/// unknown_task for a target's milestone that is no task, unknown_pool for a lever's pool,
/// unknown_task for a lever's task, unknown_outcome for its branch or outcome,
/// unknown_sittings for its sitting calendar (all by graph::unknown_name), bad_value for a
/// deterministic `at_most`
/// target on a portfolio, a portfolio target on a task that does not end the application and
/// a lever that does not fit its subject (docs/goals.md, "Levers"). Throws InputError with every
/// problem at its position.
void check_goal(const model::Goal& goal, const model::Pathway& pathway);

/// The least-cost lever values that meet every target (docs/goals.md, "How the answer is
/// found"). One lever: bisection on its grid (targets taken as monotone in the lever).
/// Several: deterministic targets on duration levers by the time-cost MIP (GLPK), re-run
/// by the engine; otherwise sample-average approximation, every evaluation with the same
/// seed (common random numbers), by coordinate descent. Then verified by a run with seed
/// + 1, at the answer and each lever one step back. Call check_goal first. Throws
/// regsim::Interrupted when `options.cancel` is raised.
GoalResult seek_goal(const model::Pathway& pathway, const model::Goal& goal,
                     const GoalOptions& options);

}  // namespace regsim::analysis
