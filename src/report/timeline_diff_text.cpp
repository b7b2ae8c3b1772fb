#include "regsim/report/timeline_diff_text.hpp"

#include <algorithm>

namespace regsim::report {
namespace {

std::string signed_days(int days) {
  return (days > 0 ? "+" : "") + std::to_string(days);
}

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

}  // namespace

std::string render_timeline_diff(const analysis::TimelineDiff& diff, const sim::Timeline& baseline,
                                 const sim::Timeline& current) {
  using analysis::TaskChange;
  std::string text = current.pathway_id + " [" + current.scenario_id + "] against the baseline " +
                     baseline.pathway_id + " [" + baseline.scenario_id + "]\n";
  text += "end: " + calendar::to_iso(baseline.finish) + " -> " + calendar::to_iso(current.finish) +
          " (" + signed_days(diff.end_shift) + " days)" +
          (diff.end_regressed ? "  REGRESSION" : "") + "\n";
  std::size_t width = 4;
  for (const auto& task : diff.tasks) {
    if (task.change != TaskChange::unchanged) width = std::max(width, task.task_id.size());
  }
  const int unchanged =
      static_cast<int>(diff.tasks.size()) - diff.moved - diff.added - diff.removed;
  if (unchanged != static_cast<int>(diff.tasks.size())) {
    text += pad("task", width) + "  start       shift  finish      shift\n";
    for (const auto& task : diff.tasks) {
      if (task.change == TaskChange::unchanged) continue;
      text += pad(task.task_id, width) + "  ";
      if (task.change == TaskChange::removed) {
        text += "removed (was " + calendar::to_iso(task.baseline_start) + " to " +
                calendar::to_iso(task.baseline_finish) + ")\n";
        continue;
      }
      const bool added = task.change == TaskChange::added;
      text += calendar::to_iso(task.current_start) + " " +
              pad_left(added ? "new" : signed_days(task.start_shift), 6) + "  " +
              calendar::to_iso(task.current_finish) + " " +
              pad_left(added ? "new" : signed_days(task.finish_shift), 6);
      if (task.regression) text += "  REGRESSION";
      text += '\n';
    }
  }
  text += plural(diff.moved, "task moved", "tasks moved") + ", " + std::to_string(diff.added) +
          " added, " + std::to_string(diff.removed) + " removed, " + std::to_string(unchanged) +
          " unchanged; ";
  if (diff.regressions == 0) {
    text += "no regression beyond " + plural(diff.tolerance_days, "day", "days") + "\n";
  } else {
    text += plural(diff.regressions, "regression", "regressions") + " (later finish) beyond " +
            plural(diff.tolerance_days, "day", "days") + "\n";
  }
  return text;
}

}  // namespace regsim::report
