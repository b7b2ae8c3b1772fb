#include "regsim/analysis/summary.hpp"

#include <algorithm>

#include "regsim/analysis/statistics.hpp"

namespace regsim::analysis {
namespace {

double share(std::int64_t count, std::int64_t runs) {
  return runs > 0 ? static_cast<double>(count) / static_cast<double>(runs) : 0.0;
}

std::vector<HistogramBin> histogram(const std::vector<int>& sorted, int bins) {
  std::vector<HistogramBin> result;
  if (sorted.empty()) return result;
  const int low = sorted.front();
  const int span = sorted.back() - low + 1;
  const int wanted = std::max(1, bins);
  const int width = (span + wanted - 1) / wanted;
  const int count = (span + width - 1) / width;
  for (int k = 0; k < count; ++k)
    result.push_back({low + k * width, low + (k + 1) * width, 0});
  for (int v : sorted)
    ++result[static_cast<std::size_t>((v - low) / width)].count;
  return result;
}

std::vector<CurvePoint> s_curve(const std::vector<int>& sorted, std::int64_t runs) {
  std::vector<CurvePoint> result;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (i + 1 < sorted.size() && sorted[i + 1] == sorted[i]) continue;
    result.push_back({sorted[i], share(static_cast<std::int64_t>(i + 1), runs)});
  }
  return result;
}

// Per task followed to its sitting: the shares of the runs in which it happened that made
// the planned sitting, the next and a later one.
std::vector<SittingSummary> summarize_sittings(const sim::Samples& samples) {
  std::vector<SittingSummary> result;
  const std::size_t feeds = samples.sitting_feeds.size();
  const auto runs = static_cast<std::size_t>(samples.runs);
  for (std::size_t k = 0; k < feeds; ++k) {
    const sim::SittingFeed& feed = samples.sitting_feeds[k];
    std::int64_t counts[3] = {0, 0, 0};  // planned, next, later
    for (std::size_t r = 0; r < runs; ++r) {
      const auto made = samples.sitting_made[r * feeds + k];
      if (made != sim::SittingMade::skipped) ++counts[static_cast<std::size_t>(made)];
    }
    SittingSummary sitting;
    sitting.task_id = samples.task_ids[static_cast<std::size_t>(feed.task)];
    sitting.calendar = feed.calendar;
    sitting.planned = feed.planned;
    sitting.next = feed.next;
    sitting.runs = counts[0] + counts[1] + counts[2];
    sitting.made_planned = share(counts[0], sitting.runs);
    sitting.made_next = share(counts[1], sitting.runs);
    sitting.later = share(counts[2], sitting.runs);
    result.push_back(std::move(sitting));
  }
  return result;
}

}  // namespace

MilestoneSummary summarize_days(std::vector<int> values, std::int64_t runs, int histogram_bins) {
  MilestoneSummary summary;
  summary.reached = static_cast<std::int64_t>(values.size());
  summary.probability = share(summary.reached, runs);
  if (values.empty()) return summary;
  std::sort(values.begin(), values.end());
  const std::vector<double> as_double(values.begin(), values.end());
  summary.mean_days = mean(as_double);
  summary.sd_days = standard_deviation(as_double);
  summary.min_days = values.front();
  summary.max_days = values.back();
  const std::span<const int> sorted(values);
  summary.p10 = percentile(sorted, 10);
  summary.p50 = percentile(sorted, 50);
  summary.p80 = percentile(sorted, 80);
  summary.p90 = percentile(sorted, 90);
  summary.histogram = histogram(values, histogram_bins);
  summary.s_curve = s_curve(values, runs);
  return summary;
}

namespace {

std::vector<MilestoneSummary> summarize_milestones(const model::Pathway& pathway,
                                                   const sim::Samples& samples,
                                                   const SummaryOptions& options) {
  std::vector<MilestoneSummary> result;
  const auto runs = static_cast<std::size_t>(samples.runs);
  const std::size_t milestones = samples.milestones.size();
  for (std::size_t m = 0; m < milestones; ++m) {
    std::vector<int> values;
    values.reserve(runs);
    for (std::size_t r = 0; r < runs; ++r) {
      const int days = samples.milestone_days[r * milestones + m];
      if (days >= 0) values.push_back(days);
    }
    MilestoneSummary milestone =
        summarize_days(std::move(values), samples.runs, options.histogram_bins);
    const auto& task = pathway.tasks[static_cast<std::size_t>(samples.milestones[m])];
    milestone.id = task.id;
    milestone.name = task.name.empty() ? task.id : task.name;
    result.push_back(std::move(milestone));
  }
  return result;
}

std::vector<DeadlineSummary> summarize_deadlines(const model::Pathway& pathway,
                                                 const sim::Samples& samples) {
  std::vector<DeadlineSummary> result;
  const auto runs = static_cast<std::size_t>(samples.runs);
  const std::size_t deadlines = samples.deadline_ids.size();
  for (std::size_t d = 0; d < deadlines; ++d) {
    DeadlineSummary deadline;
    deadline.id = samples.deadline_ids[d];
    if (d < pathway.deadlines.size()) {
      const auto& source = pathway.deadlines[d];
      deadline.name = source.name.empty() ? source.id : source.name;
      deadline.limit = source.limit;
      deadline.basis = source.basis;
    }
    for (std::size_t r = 0; r < runs; ++r)
      deadline.met += samples.deadline_met[r * deadlines + d];
    deadline.probability = share(deadline.met, samples.runs);
    result.push_back(std::move(deadline));
  }
  return result;
}

// Column t of the samples; `amounts` is scratch of one entry per run.
TaskSummary summarize_task(const model::Pathway& pathway, const sim::Samples& samples,
                           std::size_t t, const std::vector<double>& end_ranks,
                           std::vector<int>& amounts) {
  const auto runs = static_cast<std::size_t>(samples.runs);
  const std::size_t tasks = samples.task_ids.size();
  TaskSummary task;
  task.id = samples.task_ids[t];
  // Samples keep the pathway's task order, so column t is pathway.tasks[t].
  const model::Task* source = t < pathway.tasks.size() ? &pathway.tasks[t] : nullptr;
  task.name = source != nullptr && !source->name.empty() ? source->name : task.id;
  if (source != nullptr) task.unit = source->duration.unit;
  std::int64_t happened = 0, critical = 0, driving = 0;
  for (std::size_t r = 0; r < runs; ++r) {
    happened += samples.happened[r * tasks + t];
    critical += samples.critical[r * tasks + t];
    driving += samples.driving[r * tasks + t];
    amounts[r] = samples.task_amounts[r * tasks + t];
  }
  task.happened = share(happened, samples.runs);
  task.criticality = share(critical, samples.runs);
  task.driving = share(driving, samples.runs);
  const std::vector<double> as_double(amounts.begin(), amounts.end());
  task.mean_amount = mean(as_double);
  if (happened == static_cast<std::int64_t>(runs)) {
    task.sensitivity = pearson(average_ranks(std::span<const int>(amounts)), end_ranks);
  } else {
    // Over the runs in which it happened only, the end ranked among those runs.
    std::vector<int> own_amounts, own_ends;
    for (std::size_t r = 0; r < runs; ++r) {
      if (!samples.happened[r * tasks + t]) continue;
      own_amounts.push_back(amounts[r]);
      own_ends.push_back(samples.end_days[r]);
    }
    task.sensitivity = pearson(average_ranks(std::span<const int>(own_amounts)),
                               average_ranks(std::span<const int>(own_ends)));
  }
  return task;
}

}  // namespace

SimulationSummary summarize(const model::Pathway& pathway, const sim::Samples& samples,
                            const SummaryOptions& options) {
  SimulationSummary summary;
  summary.pathway_id = samples.pathway_id;
  summary.title = pathway.title;
  summary.scenario_id = samples.scenario_id;
  summary.seed = samples.seed;
  summary.requested_runs = samples.requested_runs;
  summary.runs = samples.runs;
  summary.stopped_early = samples.stopped_early;
  summary.start = samples.origin;

  summary.end = summarize_days(samples.end_days, samples.runs, options.histogram_bins);
  summary.end.id = "end";
  summary.end.name = "End (latest finish)";
  summary.milestones = summarize_milestones(pathway, samples, options);
  summary.deadlines = summarize_deadlines(pathway, samples);

  // Ranks of the end are shared by every task's correlation; Spearman is Pearson on them.
  const std::vector<double> end_ranks = average_ranks(std::span<const int>(samples.end_days));
  std::vector<int> amounts(static_cast<std::size_t>(samples.runs));
  for (std::size_t t = 0; t < samples.task_ids.size(); ++t)
    summary.tasks.push_back(summarize_task(pathway, samples, t, end_ranks, amounts));
  summary.sittings = summarize_sittings(samples);
  return summary;
}

std::vector<const TaskSummary*> ranked_by_sensitivity(const SimulationSummary& summary) {
  std::vector<const TaskSummary*> tasks;
  for (const auto& task : summary.tasks) {
    if (task.sensitivity && std::abs(*task.sensitivity) >= 0.005) tasks.push_back(&task);
  }
  std::stable_sort(tasks.begin(), tasks.end(), [](const auto* a, const auto* b) {
    return std::abs(*a->sensitivity) > std::abs(*b->sensitivity);
  });
  return tasks;
}

}  // namespace regsim::analysis
