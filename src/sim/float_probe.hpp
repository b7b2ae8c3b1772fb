// Float measured by re-scheduling: slip a task, run the engine again, see whether the end
// moves. Exact through sittings, pools and working-day calendars, where the backward pass
// (accounting.cpp) assumes that a slip passes on day for day.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine.hpp"

namespace regsim::sim::detail {

/// The sitting a slip of one instance first misses: the decision instance whose finish
/// moved off the sitting `date`, and what that cost the end.
struct RawCutOff {
  std::int32_t instance = -1;  ///< -1: the end moved without a sitting being missed
  std::int32_t date = 0;
  std::int32_t cost = 0;  ///< days the end moves at one day of slip past the float
};

/// Total float of the instances of a single-application run, where it was probed.
struct FloatProbe {
  std::vector<char> probed;         ///< per instance: 0 keeps the backward pass
  std::vector<std::int32_t> total;  ///< per instance, where probed
  std::vector<RawCutOff> cut_off;   ///< per instance, where probed
};

/// The most engine work (probed instances x instances x budgeted runs each) one schedule
/// spends measuring float: a pathway of some 600 tasks, a few tenths of a second. Past it
/// the float stays the backward pass's (docs/guide.md, "Driving path, float and sitting
/// cut-offs").
inline constexpr std::int64_t max_probe_work = 2'000'000;

/// Measures the float of every instance of `base` (one application arriving on `arrival`,
/// deterministic) that happened and is not an actual date, by re-scheduling with a slip.
/// `hint` (the backward pass, per instance) is tried first: where it is right, two
/// re-schedules confirm it. Empty when that would exceed max_probe_work.
std::optional<FloatProbe> probe_float(const CompiledPathway& pathway, const EngineResult& base,
                                      std::int32_t arrival, const Tracking* tracking,
                                      const std::vector<std::int32_t>& hint);

}  // namespace regsim::sim::detail
