// Drawing one replication's random outcome (durations, existence, rework) from a seed.
#pragma once

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <cmath>
#include <cstdint>
#include <vector>

#include "regsim/graph/compiled_pathway.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/scheduler.hpp"

namespace regsim::sim {

/// The engine of a replication's stream (one application's draws in task order, a
/// portfolio run's arrivals and applications): Boost's 64-bit Mersenne Twister, whose
/// sequence (and the Boost distributions built on it) is the same with every compiler and
/// standard library. Per-task streams use StreamEngine.
using Engine = boost::random::mt19937_64;

/// The seed of replication `index` of a run seeded with `seed`: SplitMix64 of the pair.
/// A replication's numbers depend only on (seed, index), never on which thread runs it.
std::uint64_t replication_seed(std::uint64_t seed, std::uint64_t index);

/// The engine of one task's stream under common random numbers (Sampler::
/// use_common_random_numbers): SplitMix64, whose state is one word. Each replication seeds
/// one per task and reads a few numbers from it, so seeding must cost nothing; seeding a
/// Mersenne Twister (312 words, then a twist of all of them at the first number) cost
/// about 0.5 us per task, 2.2 times the replication of kr/biosimilar. SplitMix64 passes
/// BigCrush and is the usual seeder of larger generators; its sequence is the same
/// everywhere (integer arithmetic modulo 2^64).
class StreamEngine {
 public:
  using result_type = std::uint64_t;
  explicit StreamEngine(std::uint64_t seed) : state_(seed) {}
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return ~result_type{0}; }
  result_type operator()() {
    std::uint64_t z = state_ += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t state_;
};

/// A uniform number in [0, 1) (Boost's uniform_real_distribution). Inline: a stochastic
/// portfolio draws two or more for each of its applications.
template <class Generator>
double uniform(Generator& engine) {
  boost::random::uniform_real_distribution<double> unit(0.0, 1.0);
  return unit(engine);
}

/// One unrounded amount from `distribution`, in its own units. Fixed draws no number;
/// uniform, triangular and empirical use one uniform by inverse transform; PERT uses
/// Boost's beta distribution scaled to [min, max]; lognormal Boost's lognormal.
template <class Generator>
double sample(const model::Distribution& distribution, Generator& engine);
extern template double sample(const model::Distribution&, Engine&);
extern template double sample(const model::Distribution&, StreamEngine&);

/// A sampled amount as whole units: rounded half away from zero, clamped to
/// [0, 100000] (the largest amount a duration may have).
inline int round_amount(double amount) {
  if (!(amount > 0)) return 0;  // also NaN
  if (amount >= 100000) return 100000;
  return static_cast<int>(std::round(amount));
}

/// The quantile (inverse distribution function) of a triangular distribution at u in
/// [0, 1]: min + sqrt(u (max-min)(mode-min)) below the mode's probability, else
/// max - sqrt((1-u)(max-min)(max-mode)).
double triangular_quantile(const model::Triangular& triangular, double u);

/// The quantile of an exponential distribution of mean `mean` at u in [0, 1):
/// -mean log(1 - u). Inline, and log rather than log1p(-u): u is a multiple of 2^-53, so
/// 1 - u is exact and log of it is as accurate, while glibc's log takes 4 ns against 10
/// for log1p; a Poisson portfolio draws two per application (7 % of an M/M/c run).
inline double exponential_quantile(double mean, double u) {
  return -mean * std::log(1.0 - u);
}

/// The quantile of an empirical distribution at u in [0, 1): the first value whose
/// cumulative weight exceeds u times the total weight (each value is one outcome).
double empirical_quantile(const model::Empirical& empirical, double u);

/// Draws replications of one pathway (scenario applied). Build once; draw() is const
/// and may be called from many threads.
///
/// Order of the numbers in one replication (part of the reproducibility contract):
/// for each task in pathway order, one uniform for its existence when its probability
/// is below 1, then its duration draw (drawn again while too short for a task in progress,
/// see condition_on), then one uniform per possible rework round
/// until a round does not happen; then one uniform per branch, in order. A task exists
/// when its uniform is below its probability and, if it is a branch outcome, when the
/// branch picked it (the outcome whose cumulative probability first exceeds the
/// branch's uniform). Rework rounds are geometric: each extra round happens with the
/// rework probability, at most `max_rounds` times. Skipped tasks get 0 extra rounds.
class Sampler {
 public:
  /// Sampler(graph::compile(pathway)): throws InputError with graph::compile's
  /// diagnostics (`unknown_task` when a branch names a task the pathway lacks).
  explicit Sampler(const model::Pathway& pathway);
  /// The plan of a compiled pathway (branch outcomes as it resolved them).
  explicit Sampler(const graph::CompiledPathway& compiled);

  /// Fills `draws` (reusing its storage) with replication `index` of a run seeded `seed`.
  /// With common random numbers (use_common_random_numbers), each task and each branch
  /// draws from its own stream, seeded by the replication's seed and its id.
  void draw(std::uint64_t seed, std::uint64_t index, Draws& draws) const;
  /// Common random numbers: from now on draw(seed, index) gives every task its own stream
  /// (a StreamEngine seeded with SplitMix64 of the replication seed and the FNV-1a hash of
  /// the task id; one per branch id likewise), instead of one stream read in pathway order. Two
  /// scenarios of one file then read the same numbers for every task they share, whatever the other
  /// tasks do (a task made fixed, removed or added shifts nobody else's draws), so the difference
  /// of their results is the scenarios' and not the sampling's. Within the task's stream the order
  /// is the one above (existence, duration, rework rounds).
  void use_common_random_numbers();
  /// Fills row `application` of `table` (sized for this pathway's tasks) from the stream
  /// `engine`: one application of a portfolio run, in the order above.
  void draw(Engine& engine, DrawTable& table, std::size_t application) const;
  /// The same, returning a new Draws.
  Draws draw(std::uint64_t seed, std::uint64_t index) const;

  /// Conditions the durations of the tasks in progress in `tracking` on the time they have
  /// already run: a task that started on S and is still open on the as-of date A lasts at
  /// least the smallest amount that, counted from S on its calendar and convention, ends on
  /// or after A (calendar::count_between). Its draw is rejected and drawn again (from the same
  /// replication's stream, so results stay reproducible) until it is that long; after
  /// max_rejections draws below it (a distribution with almost no mass there) it takes that amount:
  /// it ends on the as-of date, as in the deterministic re-forecast. `compiled` is what this
  /// sampler was built from.
  void condition_on(const Tracking& tracking, const graph::CompiledPathway& compiled);

  /// Draws tried for one conditioned duration before falling back to its minimum.
  static constexpr int max_rejections = 1000;

 private:
  struct TaskPlan {
    std::uint64_t key = 0;  ///< hash of the task id (common random numbers)
    double probability = 1;
    model::DurationSpec duration;
    double rework_probability = 0;
    int max_rounds = 0;
    int minimum = 0;  ///< condition_on: the least amount a draw may take
    /// A fixed duration draws no number: its rounded amount, computed once (most tasks of
    /// a portfolio's pathway are milestones or fixed steps, drawn for every application).
    bool fixed = false;
    int fixed_amount = 0;
    /// The mean of an exponential duration, else 0: drawn without dispatching on the
    /// distribution (an M/M/c portfolio draws one per application).
    double exponential_mean = 0;
    /// Fixed, certain and without rework: draws no number at all (milestones, fixed steps),
    /// written straight into the row.
    bool constant = false;
  };
  struct BranchPlan {
    std::uint64_t key = 0;  ///< hash of the branch id (common random numbers)
    std::vector<int> tasks;
    std::vector<double> cumulative;
  };
  // Where one replication's draws go: a Draws, or a row of a DrawTable.
  struct Row {
    calendar::Duration* durations;
    char* exists;
    int* extra_rounds;
  };
  static Row sized_row(Draws& draws, std::size_t tasks);
  template <class Generator>
  void draw_task(std::size_t i, Generator& engine, Row row) const;
  template <class Generator>
  void draw_tasks(Generator& engine, Row row) const;
  template <class Generator>
  int drawn_amount(const TaskPlan& plan, Generator& engine) const;
  template <class Generator>
  void draw_branch(const BranchPlan& branch, Generator& engine, Row row) const;

  std::vector<TaskPlan> tasks_;
  std::vector<BranchPlan> branches_;
  bool common_ = false;
};

}  // namespace regsim::sim
