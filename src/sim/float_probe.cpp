#include "float_probe.hpp"

#include <algorithm>
#include <bit>
#include <climits>
#include <utility>

#include "regsim/error.hpp"

namespace regsim::sim::detail {
namespace {

std::int32_t end_of(const ConstApplicationRecord& record) {
  std::int32_t end = INT_MIN;
  for (std::int32_t finish : record.finish)
    end = std::max(end, finish);
  return end;
}

class Prober {
 public:
  Prober(const CompiledPathway& pathway, const EngineResult& base, std::int32_t arrival,
         const Tracking* tracking)
      : pathway_(pathway),
        base_(base.application(0)),
        arrival_(arrival),
        tracking_(tracking),
        end_(end_of(base_)) {}

  std::int32_t end() const { return end_; }

  // The end with `days` of slip on `instance`; INT_MAX when the slip leaves the calendar
  // (past 9999, or past the last sitting): the end certainly moved.
  std::int32_t end_with(std::int32_t instance, std::int32_t days, EngineResult* keep = nullptr) {
    const Slip slip{instance, days};
    try {
      auto result =
          run_engine(pathway_, {arrival_}, {}, nullptr, nullptr, tracking_, nullptr, &slip);
      const std::int32_t end = end_of(std::as_const(result).application(0));
      if (keep) *keep = std::move(result);
      return end;
    } catch (const Error&) {
      return INT_MAX;  // when it moved too far to be dated, no sitting is named
    }
  }

  // The largest slip in [0, span] that leaves the end where it is (the end moves at span + 1
  // at the latest: the work would finish after it), and the cut-off one more day meets.
  // The search starts from `hint`: usually right, then two runs settle it.
  void probe(std::int32_t instance, std::int32_t hint, std::int32_t& total, RawCutOff& cut_off) {
    std::int32_t low = 0, high = end_ - arrival_ + 1;  // end(low) unchanged, end(high) moved
    std::int32_t moved_end = INT_MAX;                  // end(high), once run
    EngineResult moved, trial;
    const auto step = [&](std::int32_t days) {
      const std::int32_t end = end_with(instance, days, &trial);
      if (end == end_) {
        low = days;
        return;
      }
      high = days;
      moved_end = end;
      std::swap(moved, trial);
    };
    const std::int32_t guess = std::min(std::max(hint, 0), high - 1);
    if (guess > low) step(guess);
    if (low == guess && low + 1 < high) step(low + 1);
    while (high - low > 1)
      step(low + (high - low) / 2);
    total = low;
    cut_off = RawCutOff{};
    if (moved_end == INT_MAX) moved_end = end_with(instance, high, &moved);
    if (moved_end == INT_MAX) return;
    cut_off.cost = moved_end - end_;
    // The earliest sitting the slipped schedule no longer makes.
    const auto record = std::as_const(moved).application(0);
    for (std::size_t j = 0; j < pathway_.instances.size(); ++j) {
      const auto& task = pathway_.tasks[static_cast<std::size_t>(pathway_.instances[j].task)];
      if (task.sittings < 0 || base_.skipped[j] || record.finish[j] == base_.finish[j]) continue;
      if (cut_off.instance < 0 || base_.finish[j] < cut_off.date) {
        cut_off.instance = static_cast<std::int32_t>(j);
        cut_off.date = base_.finish[j];
      }
    }
  }

 private:
  const CompiledPathway& pathway_;
  const ConstApplicationRecord base_;  ///< views into the base run, which outlives this
  std::int32_t arrival_;
  const Tracking* tracking_;
  std::int32_t end_;
};

}  // namespace

std::optional<FloatProbe> probe_float(const CompiledPathway& pathway, const EngineResult& base,
                                      std::int32_t arrival, const Tracking* tracking,
                                      const std::vector<std::int32_t>& hint) {
  const std::size_t count = pathway.instances.size();
  const auto record = base.application(0);
  FloatProbe probe;
  probe.probed.assign(count, 1);
  std::int64_t probed = 0;
  for (std::size_t i = 0; i < count; ++i) {
    // Skipped work cannot slip; actual dates are facts.
    if (record.skipped[i] || record.driver[i].actual) probe.probed[i] = 0;
    probed += probe.probed[i];
  }
  if (probed == 0) return probe;
  Prober prober(pathway, base, arrival, tracking);
  const auto span = static_cast<std::uint64_t>(std::max(1, prober.end() - arrival + 1));
  // Two runs where the hint is right; budgeted as if a few hints were wrong.
  const auto steps = static_cast<std::int64_t>(std::bit_width(span)) / 4 + 3;
  if (probed * static_cast<std::int64_t>(count) * steps > max_probe_work) return std::nullopt;
  probe.total.assign(count, 0);
  probe.cut_off.assign(count, RawCutOff{});
  for (std::size_t i = 0; i < count; ++i) {
    if (probe.probed[i])
      prober.probe(static_cast<std::int32_t>(i), hint[i], probe.total[i], probe.cut_off[i]);
  }
  return probe;
}

}  // namespace regsim::sim::detail
