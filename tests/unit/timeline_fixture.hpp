// Hand-made timelines for tests that must not depend on the scheduler.
#pragma once

#include <string>

#include "regsim/sim/timeline.hpp"

namespace regsim::test {

/// A task timing from `start` to `finish` (calendar days filled in).
inline sim::TaskTiming timing(std::string id, calendar::Date start, calendar::Date finish,
                              bool skipped = false) {
  sim::TaskTiming task;
  task.task_id = std::move(id);
  task.ready = start;
  task.start = start;
  task.finish = finish;
  task.calendar_days = calendar::days_between(start, finish);
  task.skipped = skipped;
  return task;
}

/// submission on 2026-03-02, review for 100 days, approval `approval_days` after the start.
inline sim::Timeline review_timeline(std::string scenario, int approval_days) {
  using calendar::Date;
  const Date start(2026, 3, 2);
  const Date approval = start + boost::gregorian::days(approval_days);
  sim::Timeline timeline;
  timeline.pathway_id = "kr/biosimilar";
  timeline.scenario_id = std::move(scenario);
  timeline.start = start;
  timeline.finish = approval;
  timeline.calendar_days = approval_days;
  timeline.tasks = {timing("submission", start, start),
                    timing("review", start, start + boost::gregorian::days(100)),
                    timing("questions", start, start, true),
                    timing("approval", approval, approval)};
  return timeline;
}

}  // namespace regsim::test
