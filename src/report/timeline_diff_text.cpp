#include "regsim/report/timeline_diff_text.hpp"

#include <algorithm>
#include <vector>

#include "regsim/error.hpp"
#include "regsim/report/comparison.hpp"
#include "regsim/report/text.hpp"

namespace regsim::report {
namespace {

std::string pad(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string pad_left(std::string text, std::size_t width) {
  if (text.size() < width) text.insert(0, width - text.size(), ' ');
  return text;
}

std::string plural(int count, const char* one, const char* many) {
  return std::to_string(count) + ' ' + (count == 1 ? one : many);
}

// The rows that changed, as `baseline diff` lists them: tasks of the current timeline in
// its order, then the removed ones in the baseline's.
std::vector<const analysis::TaskDelta*> changed_rows(const analysis::ScenarioComparison& compared) {
  using analysis::TaskChange;
  std::vector<const analysis::TaskDelta*> current, removed;
  for (const auto& delta : compared.tasks) {
    if (delta.change == TaskChange::moved || delta.change == TaskChange::added) {
      current.push_back(&delta);
    } else if (delta.change == TaskChange::removed) {
      removed.push_back(&delta);
    }
  }
  std::stable_sort(current.begin(), current.end(),
                   [](const auto* a, const auto* b) { return *a->scenario < *b->scenario; });
  std::stable_sort(removed.begin(), removed.end(),
                   [](const auto* a, const auto* b) { return *a->baseline < *b->baseline; });
  current.insert(current.end(), removed.begin(), removed.end());
  return current;
}

std::string row(const analysis::TaskDelta& task, const sim::Timeline& baseline,
                const sim::Timeline& current, std::size_t width) {
  using analysis::TaskChange;
  std::string text = pad(escape_controls(task.task_id), width) + "  ";
  if (task.change == TaskChange::removed) {
    const auto& was = baseline.tasks[*task.baseline];
    return text + "removed (was " + calendar::to_iso(was.start) + " to " +
           calendar::to_iso(was.finish) + ")\n";
  }
  const auto& now = current.tasks[*task.scenario];
  const bool added = task.change == TaskChange::added;
  text += calendar::to_iso(now.start) + " " +
          pad_left(added ? "new" : format_change(task.start_shift), 6) + "  " +
          calendar::to_iso(now.finish) + " " +
          pad_left(added ? "new" : format_change(task.finish_shift), 6);
  if (task.regression) text += "  REGRESSION";
  return text + '\n';
}

}  // namespace

std::string render_timeline_diff(const analysis::Comparison& comparison) {
  if (comparison.scenarios.empty()) throw Error("render_timeline_diff: nothing to compare");
  const auto& compared = comparison.scenarios.front();
  const sim::Timeline& baseline = comparison.baseline.timeline;
  const sim::Timeline& current = compared.scenario.timeline;
  std::string text =
      escape_controls(current.pathway_id + " [" + current.scenario_id + "] against the baseline " +
                      baseline.pathway_id + " [" + baseline.scenario_id + "]") +
      "\n";
  text += "end: " + calendar::to_iso(baseline.finish) + " -> " + calendar::to_iso(current.finish) +
          " (" + format_change(compared.end_shift) + " days)" +
          (compared.end_regressed ? "  REGRESSION" : "") + "\n";
  const auto rows = changed_rows(compared);
  std::size_t width = 4;
  for (const auto* task : rows)
    width = std::max(width, escape_controls(task->task_id).size());
  if (!rows.empty()) {
    text += pad("task", width) + "  start       shift  finish      shift\n";
    for (const auto* task : rows)
      text += row(*task, baseline, current, width);
  }
  text += plural(compared.moved, "task moved", "tasks moved") + ", " +
          std::to_string(compared.added) + " added, " + std::to_string(compared.removed) +
          " removed, " + std::to_string(compared.unchanged) + " unchanged; ";
  if (compared.regressions == 0) {
    text += "no regression beyond " + plural(comparison.tolerance_days, "day", "days") + "\n";
  } else {
    text += plural(compared.regressions, "regression", "regressions") + " (later finish) beyond " +
            plural(comparison.tolerance_days, "day", "days") + "\n";
  }
  return text;
}

}  // namespace regsim::report
