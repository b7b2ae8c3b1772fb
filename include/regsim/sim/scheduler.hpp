// The discrete-event scheduler: a pathway (scenario applied) in, dated timelines out.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "regsim/model/pathway.hpp"
#include "regsim/sim/observer.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::sim {

/// The random outcome of one replication, drawn by the Monte Carlo layer (or empty for
/// the deterministic schedule). Indexed by task position in the pathway.
struct Draws {
  std::vector<calendar::Duration> durations;  ///< empty: deterministic durations
  std::vector<char> exists;                   ///< empty: deterministic existence/branches
  std::vector<int> extra_rounds;              ///< empty: deterministic rework rounds
};

/// Options of one run.
struct RunOptions {
  std::optional<calendar::Date> start;  ///< overrides the pathway's start date
  const Draws* draws = nullptr;         ///< nullptr: deterministic mode
  Observer* observer = nullptr;         ///< nullptr: nobody listens
};

/// A pathway compiled for repeated runs: ids resolved to indices, calendars bound,
/// graph checked. Build once, run many times; run() is const and thread-safe.
class Scheduler {
 public:
  /// Throws InputError when the pathway cannot be scheduled (cycle, dangling reference,
  /// missing calendar, no start date and none given later).
  explicit Scheduler(const model::Pathway& pathway);
  ~Scheduler();
  Scheduler(Scheduler&&) noexcept;
  Scheduler& operator=(Scheduler&&) noexcept;

  /// One application through the pathway.
  Timeline run(const RunOptions& options = {}) const;

  /// Many applications arriving on `arrivals` (with `priorities`, cycled; may be empty)
  /// sharing the pathway's resource pools.
  PortfolioResult run_portfolio(const std::vector<calendar::Date>& arrivals,
                                const std::vector<int>& priorities = {},
                                Observer* observer = nullptr) const;

  /// The pathway this scheduler was built from.
  const model::Pathway& pathway() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Convenience: Scheduler(pathway).run(options).
Timeline schedule(const model::Pathway& pathway, const RunOptions& options = {});

}  // namespace regsim::sim
