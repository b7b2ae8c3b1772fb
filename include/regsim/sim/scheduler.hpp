// The discrete-event scheduler: a pathway (scenario applied) in, dated timelines out.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "regsim/graph/compiled_pathway.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/observer.hpp"
#include "regsim/sim/timeline.hpp"
#include "regsim/sim/tracking.hpp"

namespace regsim::sim {

/// The random outcome of one replication, drawn by the Monte Carlo layer (or empty for
/// the deterministic schedule). Indexed by task position in the pathway.
struct Draws {
  std::vector<calendar::Duration> durations;  ///< empty: deterministic durations
  std::vector<char> exists;                   ///< empty: deterministic existence/branches
  std::vector<int> extra_rounds;              ///< empty: deterministic rework rounds
};

/// The draws of every application of a portfolio run in one table (application `a`'s task
/// `t` at a * tasks + t), not a Draws per application: three small vectors for each of
/// 20,000 applications per run were as many allocations to fill and pointers to follow.
/// An empty column holds the deterministic values for every application.
struct DrawTable {
  std::size_t tasks = 0;
  std::vector<calendar::Duration> durations;
  std::vector<char> exists;
  std::vector<int> extra_rounds;

  /// `applications` rows of `tasks` in every column (keeps the storage).
  void resize(std::size_t applications, std::size_t task_count) {
    tasks = task_count;
    durations.resize(applications * tasks);
    exists.resize(applications * tasks);
    extra_rounds.resize(applications * tasks);
  }
};

/// Options of one run.
struct RunOptions {
  std::optional<calendar::Date> start;  ///< overrides the pathway's start date
  const Draws* draws = nullptr;         ///< nullptr: deterministic mode
  Observer* observer = nullptr;         ///< nullptr: nobody listens
  /// Actual dates as of a day (sim::resolve_status against this pathway): finished tasks
  /// keep them, tasks in progress continue, nothing else starts before the as-of date.
  /// nullptr: a plan from nothing. Must outlive the run.
  const Tracking* tracking = nullptr;
  /// Measure each task's float by re-scheduling with the task slipped (exact through
  /// sittings, pools and working-day calendars, with the sitting cut-off; pathways up to
  /// some 600 tasks), else by a backward pass over the dates. Monte Carlo runs turn it off.
  bool measure_float = true;
};

/// A pathway compiled for repeated runs (graph::compile: ids resolved to indices,
/// calendars bound, graph checked). Build once, run many times; run() is const and thread-safe.
class Scheduler {
 public:
  /// Throws InputError with graph::compile's diagnostics when the pathway cannot be
  /// scheduled (cycle, dangling reference, missing calendar, ...).
  explicit Scheduler(const model::Pathway& pathway);
  /// The same without copying the pathway.
  explicit Scheduler(model::Pathway&& pathway);
  ~Scheduler();
  Scheduler(Scheduler&&) noexcept;
  Scheduler& operator=(Scheduler&&) noexcept;

  /// One application through the pathway.
  Timeline run(const RunOptions& options = {}) const;

  /// Many applications arriving on `arrivals` (with `priorities`, cycled; may be empty)
  /// sharing the pathway's resource pools. With portfolio `classes`, application k is of
  /// class planned_classes(...)[k], runs only its class's tasks (the others are skipped)
  /// and has its class's priority (`priorities` is then not used). Throws regsim::Error
  /// (portfolio_limit_message) when the portfolio exceeds max_portfolio_applications().
  PortfolioResult run_portfolio(const std::vector<calendar::Date>& arrivals,
                                const std::vector<int>& priorities = {},
                                Observer* observer = nullptr) const;

  /// The pathway this scheduler was built from.
  const model::Pathway& pathway() const;
  /// The compiled graph it runs (graph::compile of pathway()).
  const graph::CompiledPathway& compiled() const;

 private:
  PortfolioResult run_classes(std::size_t applications, const std::vector<std::int32_t>& days,
                              Observer* observer) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The most task schedules (applications x tasks) one portfolio may hold. Each takes about
/// a hundred bytes in the result and as much again in a report, so this keeps a portfolio
/// near a gigabyte; past it the run is refused before it starts.
inline constexpr std::int64_t max_portfolio_tasks = 5'000'000;

/// The most applications of `pathway` a portfolio may hold (max_portfolio_tasks / tasks).
std::int64_t max_portfolio_applications(const model::Pathway& pathway);

/// Why a portfolio of `applications` applications of `pathway` is too large, with the
/// limit and max_portfolio_applications().
std::string portfolio_limit_message(const model::Pathway& pathway, std::int64_t applications);

/// Convenience: Scheduler(pathway).run(options).
Timeline schedule(const model::Pathway& pathway, const RunOptions& options = {});

}  // namespace regsim::sim
