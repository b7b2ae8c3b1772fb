#include "regsim/report/simulation_view.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

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
  for (const auto* task : analysis::ranked_by_sensitivity(summary))
    view.sensitivity.emplace_back(task->name.empty() ? task->id : task->name, *task->sensitivity);
  return view;
}

DistributionView distribution_view(const analysis::SimulationSummary& summary,
                                   const model::Pathway& pathway) {
  DistributionView view = distribution_view(summary);
  std::set<std::string, std::less<>> has_predecessor, has_successor;
  for (const auto& dependency : pathway.dependencies) {
    has_predecessor.insert(dependency.to);
    has_successor.insert(dependency.from);
  }
  auto task_of = [&](const std::string& id) -> const model::Task* {
    for (const auto& task : pathway.tasks) {
      if (task.id == id) return &task;
    }
    return nullptr;
  };
  for (const auto& deadline : pathway.deadlines) {
    const model::Task* from = task_of(deadline.from);
    const bool from_day_zero =
        from != nullptr && !has_predecessor.contains(deadline.from) &&
        (deadline.from_anchor == model::Anchor::start || from->kind == model::TaskKind::milestone);
    const bool to_end = task_of(deadline.to) != nullptr && !has_successor.contains(deadline.to) &&
                        deadline.to_anchor == model::Anchor::finish;
    if (deadline.basis != model::ClockBasis::calendar_days || !from_day_zero || !to_end) continue;
    for (const auto& met : summary.deadlines) {
      if (met.id != deadline.id) continue;
      view.deadlines.push_back({deadline.id, static_cast<double>(deadline.limit), met.probability});
    }
  }
  return view;
}

std::vector<DistributionView> distribution_views(
    const analysis::Comparison& comparison,
    const std::vector<analysis::SimulationSummary>& summaries) {
  std::vector<DistributionView> views;
  if (summaries.size() != comparison.scenarios.size() + 1) return views;
  views.push_back(distribution_view(summaries[0], comparison.baseline.pathway));
  for (std::size_t s = 0; s < comparison.scenarios.size(); ++s)
    views.push_back(distribution_view(summaries[s + 1], comparison.scenarios[s].scenario.pathway));
  return views;
}

}  // namespace regsim::report
