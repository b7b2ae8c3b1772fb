// Observing the scheduler: reports and tests hear what happens, as it happens.
#pragma once

#include <string_view>

#include "regsim/calendar/date.hpp"

namespace regsim::sim {

/// Receives the scheduler's events in simulation order. Every method has an empty
/// default so an observer overrides only what it needs. Calls come from the thread
/// running the replication; one observer must not be shared between threads.
class Observer {
 public:
  virtual ~Observer() = default;
  virtual void task_started(int application, std::string_view task_id, calendar::Date date) {
    (void)application, (void)task_id, (void)date;
  }
  virtual void task_finished(int application, std::string_view task_id, calendar::Date date) {
    (void)application, (void)task_id, (void)date;
  }
  /// A task was ready on `ready` but started on `started` because `pool` was full.
  virtual void waited_for_resource(int application, std::string_view task_id, std::string_view pool,
                                   calendar::Date ready, calendar::Date started) {
    (void)application, (void)task_id, (void)pool, (void)ready, (void)started;
  }
  /// A decision was ready on `ready` and decided at the sitting on `sitting`.
  virtual void waited_for_sitting(int application, std::string_view task_id,
                                  std::string_view sittings, calendar::Date ready,
                                  calendar::Date sitting) {
    (void)application, (void)task_id, (void)sittings, (void)ready, (void)sitting;
  }
  /// A task was skipped (probability, branch outcome, scenario skip).
  virtual void task_skipped(int application, std::string_view task_id, calendar::Date date) {
    (void)application, (void)task_id, (void)date;
  }
  /// A rework loop repeated (round 2, 3, ...).
  virtual void rework_round(int application, std::string_view task_id, int round,
                            calendar::Date date) {
    (void)application, (void)task_id, (void)round, (void)date;
  }
};

}  // namespace regsim::sim
