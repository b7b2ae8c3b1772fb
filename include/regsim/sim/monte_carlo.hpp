// Monte Carlo: many seeded replications of one pathway, spread over threads.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/processes.hpp"
#include "regsim/sim/scheduler.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::sim {

/// How to run the replications.
struct MonteCarloOptions {
  std::int64_t runs = 1000;             ///< replications (the most when a stop rule is set)
  std::uint64_t seed = 1;               ///< replication i draws from (seed, i) only
  int threads = 1;                      ///< worker threads; 0: one per hardware thread
  std::optional<calendar::Date> start;  ///< overrides the pathway's start date
  /// Replications between checkpoints. At each checkpoint (and only there) `stop` is
  /// asked and `progress` told, so both see the same data for any thread count.
  std::int64_t check_every = 1000;
  /// Asked at each checkpoint with the end's calendar days of every run so far, in
  /// replication order; true ends the run there (convergence). Empty: never stop early.
  std::function<bool(std::span<const int> end_days)> stop;
  /// Told (runs done, runs requested) at each checkpoint, from the calling thread.
  std::function<void(std::int64_t done, std::int64_t total)> progress;
  /// When set to true (e.g. by a SIGINT handler), workers stop at the next replication
  /// and run_monte_carlo throws regsim::Interrupted.
  const std::atomic<bool>* cancel = nullptr;
  /// Actual dates as of a day (resolve_status): every replication re-forecasts from them
  /// (RunOptions::tracking), and the duration of a task in progress is drawn given the
  /// time it has already run (Sampler::condition_on). nullptr: from nothing.
  const Tracking* tracking = nullptr;
  /// The deterministic plan of the same pathway: every task that waits for a sitting in it
  /// (has a sitting calendar and happened) is followed to its sitting in each run
  /// (Samples::sitting_feeds). nullptr: none is followed. run_monte_carlo(Scheduler)
  /// schedules the plan itself when this is null.
  const Timeline* plan = nullptr;
  /// Common random numbers (Sampler::use_common_random_numbers): one stream per task id,
  /// so that runs of two scenarios with the same seed differ only where the scenarios do.
  /// Used by run_monte_carlo(Scheduler), and on by default: every single-application
  /// Monte Carlo of the CLI (simulate, compare, check, baseline, goal, explain) draws so.
  /// false: one stream per replication read in task order (a benchmark's comparison; the
  /// portfolio Monte Carlo draws that way from each run's stream).
  bool common_random_numbers = true;
  /// Processes sharing the replications (docs/scale-out.md): this one computes its block of
  /// each checkpoint's runs (of all runs at once when there is no stop rule: `progress` is
  /// then told only at the end) and every process ends with every row. nullptr: one process.
  const Processes* processes = nullptr;
  /// Which processes receive every row. Gather::first_process: only process 0 (the one that
  /// writes output); the others hold the rows of their own blocks, the rest zero, and must
  /// not read them. With a stop rule every process asks it, so every row goes to every
  /// process whatever this says.
  Gather gather = Gather::every_process;
};

/// A task whose finish waits for a sitting in the deterministic plan (docs/guide.md,
/// "Which sitting a decision makes"): in each run it makes that sitting, the next, or later.
struct SittingFeed {
  int task = 0;            ///< position in the pathway's task order
  std::string calendar;    ///< its sitting calendar (or timetable)
  calendar::Date planned;  ///< the sitting it makes in the plan: its planned finish
  /// The sitting after the planned one (SittingCalendar::next_finish_after); empty when
  /// the calendar has none.
  std::optional<calendar::Date> next;
  friend bool operator==(const SittingFeed&, const SittingFeed&) = default;
};

/// Which sitting a task of Samples::sitting_feeds made in one run.
enum class SittingMade : std::uint8_t {
  planned,  ///< the planned sitting, or an earlier one
  next,     ///< the one after it
  later,    ///< a later one
  skipped,  ///< the task did not happen in the run
};

/// What the replications recorded, in replication order (row r of each table is run r),
/// independent of the thread count. Days are calendar days from `origin`.
struct Samples {
  std::string pathway_id;
  std::string scenario_id;
  std::uint64_t seed = 0;
  std::int64_t requested_runs = 0;  ///< MonteCarloOptions::runs
  std::int64_t runs = 0;            ///< replications done (fewer when stopped early)
  bool stopped_early = false;       ///< the stop rule ended the run
  calendar::Date origin;            ///< the start date; days count from it

  std::vector<std::string> task_ids;  ///< pathway order; columns of the task tables
  std::vector<int> milestones;        ///< task indices of the milestone tasks
  std::vector<std::string> deadline_ids;

  std::vector<int> end_days;        ///< [run]: the timeline's finish
  std::vector<int> milestone_days;  ///< [run * milestones + m]; -1: skipped in that run
  std::vector<char> deadline_met;   ///< [run * deadlines + d]
  std::vector<char> happened;       ///< [run * tasks + t]: the task was not skipped
  std::vector<char> critical;       ///< [run * tasks + t]: on the critical path
  std::vector<char> driving;        ///< [run * tasks + t]: on the driving path of the end
  /// [run * tasks + t]: the drawn amount in the task's unit times the times it ran
  /// (1 + extra rounds); 0 when skipped. The input of sensitivity analysis.
  std::vector<int> task_amounts;
  /// The tasks followed to their sittings (MonteCarloOptions::plan), pathway order.
  std::vector<SittingFeed> sitting_feeds;
  std::vector<SittingMade> sitting_made;  ///< [run * sitting_feeds + k]
};

/// The most memory the samples of one run_monte_carlo may take: 1 GiB. Runs times tasks
/// grows fast (a million runs of a thousand tasks would be 6 GB), so a run that cannot fit
/// is refused before it starts instead of failing, or swapping, half way.
inline constexpr std::uint64_t max_sample_bytes = std::uint64_t{1} << 30;

/// Bytes one replication of `pathway` adds to Samples (its row of every table).
std::uint64_t sample_bytes_per_run(const model::Pathway& pathway);

/// The most replications of `pathway` whose samples fit in max_sample_bytes.
std::int64_t max_runs(const model::Pathway& pathway);

/// Why `runs` replications of `pathway` are too many: the memory they need, the limit,
/// and max_runs(), e.g. "the samples of 2000000 runs of this 1000-task pathway would take
/// about 11452 MiB, more than the limit of 1024 MiB; at most 178956 runs fit".
std::string sample_limit_message(const model::Pathway& pathway, std::int64_t runs);

/// Plays one replication: the Draws in, its timeline out. Must be thread-safe.
using Replicate = std::function<Timeline(const Draws& draws)>;

/// Runs `options.runs` replications of `pathway`, each with Sampler draws of
/// (seed, index) played by `replicate`. The results are byte-identical for any thread
/// count: each replication's numbers depend only on (seed, index), rows are stored by
/// index, and the stop rule is only asked at fixed replication counts. The first error
/// (by replication index) a replication throws is rethrown. Throws regsim::Error
/// (sample_limit_message) before running when `options.runs` exceeds max_runs().
Samples run_monte_carlo(const model::Pathway& pathway, const Replicate& replicate,
                        const MonteCarloOptions& options);

class Sampler;
/// The same with the draws of `sampler` (when not null), so that a caller holding the
/// compiled graph does not compile the pathway a second time; null: Sampler(pathway).
Samples run_monte_carlo(const model::Pathway& pathway, const Sampler* sampler,
                        const Replicate& replicate, const MonteCarloOptions& options);

/// The same, playing each replication with `scheduler` (one application).
Samples run_monte_carlo(const Scheduler& scheduler, const MonteCarloOptions& options);

}  // namespace regsim::sim
