// The agency clock of one application: which days count (accounting.hpp).
#include <algorithm>
#include <climits>

#include "accounting.hpp"

namespace regsim::sim::detail {

// The agency clock over [first, last): a day counts when some task with the clock
// running is active and no clock-stop task is (docs/workflow-format.md). Each task adds
// +1/-1 at the ends of its span to a running or a stopped count; one sweep over those
// changes in day order records the runs of counted days. A sweep over the changes, not
// over every day: an application that waits years in a queue must cost no more than one
// that does not, or a portfolio is quadratic in its applications. A task counted in EMA
// procedure days (ema-day) runs the clock from its Day 1 to its last day inclusive, and
// not while it waits for the plenary: EMA counts Day 1 to Day N.
AgencyClock count_clock(const CompiledPathway& pathway, const ConstApplicationRecord& record,
                        std::int32_t first, std::int32_t last) {
  struct Change {
    std::int32_t day, run, stop;
  };
  std::vector<Change> changes;
  changes.reserve(4 * pathway.instances.size());
  for (std::size_t i = 0; i < pathway.instances.size(); ++i) {
    if (record.skipped[i] || record.finish[i] <= record.start[i]) continue;
    const auto& task = pathway.tasks[static_cast<std::size_t>(pathway.instances[i].task)];
    if (task.clock_runs) {
      const bool ema = task.convention == calendar::Convention::ema_day &&
                       record.duration_end[i] > record.start[i];
      const std::int32_t run_to =
          ema ? std::min(record.duration_end[i] + 1, last) : record.finish[i];
      changes.push_back({record.start[i], 1, 0});
      changes.push_back({run_to, -1, 0});
    }
    if (task.stops_clock) {
      changes.push_back({record.start[i], 0, 1});
      changes.push_back({record.finish[i], 0, -1});
    }
  }
  // Where the changes' days span little next to their number (a large pathway), their net
  // per day is summed in place, which leaves them in day order without sorting (a sort of
  // 200,000 changes was a tenth of scheduling 100,000 tasks); a day whose changes cancel
  // out changes nothing either way.
  std::int32_t low = INT_MAX, high = INT_MIN;
  for (const Change& change : changes) {
    low = std::min(low, change.day);
    high = std::max(high, change.day);
  }
  const std::int64_t span = std::int64_t{high} - low + 1;
  if (!changes.empty() && span <= 4 * static_cast<std::int64_t>(changes.size())) {
    std::vector<Change> net(static_cast<std::size_t>(span), Change{0, 0, 0});
    for (const Change& change : changes) {
      Change& day = net[static_cast<std::size_t>(change.day - low)];
      day.run += change.run;
      day.stop += change.stop;
    }
    changes.clear();
    for (std::size_t d = 0; d < net.size(); ++d) {
      if (net[d].run != 0 || net[d].stop != 0)
        changes.push_back({low + static_cast<std::int32_t>(d), net[d].run, net[d].stop});
    }
  } else {
    std::sort(changes.begin(), changes.end(),
              [](const Change& a, const Change& b) { return a.day < b.day; });
  }
  AgencyClock clock;
  std::int32_t run = 0, stop = 0, before = 0, run_start = first;
  bool on = false;
  const auto close = [&](std::int32_t end) {
    clock.runs.push_back({to_date(run_start), to_date(end), before});
    before += end - run_start;
  };
  for (std::size_t k = 0; k < changes.size();) {
    const std::int32_t day = changes[k].day;
    if (day >= last) break;
    for (; k < changes.size() && changes[k].day == day; ++k) {
      run += changes[k].run;
      stop += changes[k].stop;
    }
    const bool counts = run > 0 && stop == 0;
    if (counts && !on) run_start = day;
    if (!counts && on) close(day);
    on = counts;
  }
  if (on) close(last);
  return clock;
}

}  // namespace regsim::sim::detail
