// The discrete-event engine: applications move through a compiled pathway, tasks queue
// for pool units, decisions wait for sittings. Produces raw per-instance dates.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "days.hpp"
#include "event_queue.hpp"
#include "regsim/sim/observer.hpp"
#include "regsim/sim/scheduler.hpp"

namespace regsim::sim::detail {

/// What set an instance's start: the in-link (index into in_links) whose bound it is, or -1
/// for the arrival; a pool unit and the instance (of which application) that released it.
struct Driver {
  std::int32_t link = -1;
  std::int32_t pool = -1;
  std::int32_t releaser_application = -1;
  std::int32_t releaser = -1;
  /// With a status file: the start is an actual date (ConstraintKind::actual), or the as-of
  /// date held it back (status_date); `link` is -1 then.
  bool actual = false;
  bool as_of = false;
};

/// The dates of every task instance of one application (engine day numbers): views into
/// the storage of its EngineResult, made on demand by EngineResult::application(). Kept
/// out of the result (it was 104 bytes per application, written for each of 20,000
/// applications per run of a stochastic portfolio, and read back on every event).
template <class Day, class Flag, class Link>
struct BasicApplicationRecord {
  std::int32_t arrival = 0;
  std::span<Day> ready, start, finish;
  std::span<Day> duration_end;  ///< before waiting for a sitting
  std::span<Flag> skipped;
  std::span<Link> driver;

  /// The read-only view of the same dates.
  operator BasicApplicationRecord<const Day, const Flag, const Link>() const {
    return {arrival, ready, start, finish, duration_end, skipped, driver};
  }
};
using ApplicationRecord = BasicApplicationRecord<std::int32_t, char, Driver>;
using ConstApplicationRecord = BasicApplicationRecord<const std::int32_t, const char, const Driver>;

/// Raw queue figures of one pool.
struct PoolRecord {
  std::int64_t requests = 0, waited = 0, total_wait = 0, max_wait = 0;
  std::int64_t busy_unit_days = 0;
};

/// The outcome of one engine run. Movable, not copyable: the records view its storage
/// (a move keeps the vectors' buffers, a copy would leave the views on the original).
struct EngineResult {
  EngineResult() = default;
  EngineResult(EngineResult&&) noexcept = default;
  EngineResult& operator=(EngineResult&&) noexcept = default;
  EngineResult(const EngineResult&) = delete;
  EngineResult& operator=(const EngineResult&) = delete;

  /// Application `a`'s dates, writable or read-only.
  ApplicationRecord application(std::size_t a) { return view<ApplicationRecord>(*this, a); }
  ConstApplicationRecord application(std::size_t a) const {
    return view<ConstApplicationRecord>(*this, a);
  }
  std::size_t application_count() const { return arrivals.size(); }

  std::vector<std::int32_t> arrivals;      ///< per application
  std::size_t instance_count = 0;          ///< of the compiled pathway
  std::vector<std::int32_t> date_storage;  ///< ready, start, finish, duration_end per application
  std::vector<char> skipped_storage;
  /// A row of drivers per application; or one row that every application writes over,
  /// when the run keeps none (run_engine's `drivers`).
  std::vector<Driver> driver_storage;
  std::vector<PoolRecord> pools;
  std::vector<calendar::Duration> durations;  ///< per task, as used
  std::int64_t events = 0;                    ///< events processed
  const Tracking* tracking = nullptr;         ///< the status of the run, if any

 private:
  template <class Record, class Result>
  static Record view(Result& result, std::size_t a) {
    const std::size_t n = result.instance_count;
    auto* dates = result.date_storage.data() + a * n * 4;
    const std::size_t driver_row = result.driver_storage.size() > n ? a * n : 0;
    return Record{result.arrivals[a],
                  {dates, n},
                  {dates + n, n},
                  {dates + 2 * n, n},
                  {dates + 3 * n, n},
                  {result.skipped_storage.data() + a * n, n},
                  {result.driver_storage.data() + driver_row, n}};
  }
};

/// An extra delay imposed on the work of one instance of application 0 (its duration ends
/// `days` calendar days later), for measuring float by re-scheduling (float_probe.hpp).
struct Slip {
  std::int32_t instance = -1;
  std::int32_t days = 0;
};

/// Plays `arrivals.size()` applications through `pathway`. `draws` may be null
/// (deterministic); `priorities` are cycled over applications (may be empty); `tracking`
/// (may be null) fixes actual dates and holds unstarted work until the as-of date.
/// `application_draws`, when given, holds a row of draws per application (a stochastic
/// portfolio: each application its own durations, branches and rounds); there is no
/// `tracking` then (a status is of one application). `slip`, when given,
/// delays one instance's work. Without `drivers` the result keeps no drivers (a stochastic
/// portfolio's summaries read none: 60 bytes per application of every run not written);
/// a run with `tracking` keeps them.
EngineResult run_engine(const CompiledPathway& pathway, const std::vector<std::int32_t>& arrivals,
                        const std::vector<int>& priorities, const Draws* draws, Observer* observer,
                        const Tracking* tracking = nullptr,
                        const DrawTable* application_draws = nullptr, const Slip* slip = nullptr,
                        bool drivers = true);

/// Unit-days pool `pool` offers over the days [from, to): its capacity in force on each day
/// (the compiled capacity, then its plan's steps).
std::int64_t capacity_unit_days(const CompiledPathway& pathway, std::size_t pool, std::int32_t from,
                                std::int32_t to);

/// The constraint date `anchor` + `lag` on `calendar` with the plain convention.
std::int32_t apply_lag(std::int32_t anchor, calendar::Duration lag,
                       const calendar::Calendar& calendar);

}  // namespace regsim::sim::detail
