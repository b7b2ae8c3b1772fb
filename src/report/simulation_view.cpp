#include "regsim/report/simulation_view.hpp"

#include <algorithm>
#include <cmath>

namespace regsim::report {

DistributionView distribution_view(const analysis::SimulationSummary& summary) {
  DistributionView view;
  view.scenario_id = summary.scenario_id;
  view.milestone = "end of pathway";
  view.runs = static_cast<int>(summary.runs);
  view.start = summary.start;
  const auto& end = summary.end;
  const double runs = summary.runs > 0 ? static_cast<double>(summary.runs) : 1.0;
  for (const auto& bin : end.histogram) {
    view.histogram.emplace_back(bin.from_days, static_cast<double>(bin.count) / runs);
  }
  if (!end.histogram.empty()) {
    view.bin_width = std::max(1, end.histogram.front().to_days - end.histogram.front().from_days);
  }
  for (const auto& point : end.s_curve)
    view.s_curve.emplace_back(point.days, point.probability);
  view.percentiles = {{"P10", end.p10}, {"P50", end.p50}, {"P80", end.p80}, {"P90", end.p90}};
  for (const auto& task : summary.tasks) {
    if (task.sensitivity)
      view.sensitivity.emplace_back(task.name.empty() ? task.id : task.name, *task.sensitivity);
  }
  // Largest influence first; ties keep pathway order (stable), so output is reproducible.
  std::stable_sort(
      view.sensitivity.begin(), view.sensitivity.end(),
      [](const auto& a, const auto& b) { return std::abs(a.second) > std::abs(b.second); });
  return view;
}

}  // namespace regsim::report
