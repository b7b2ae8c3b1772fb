#include "regsim/report/csv.hpp"

#include <fmt/format.h>

#include "regsim/report/formatters.hpp"

namespace regsim::report {

const std::vector<std::string_view>& csv_columns() {
  static const std::vector<std::string_view> columns{"pathway",
                                                     "scenario",
                                                     "application",
                                                     "task_id",
                                                     "task_name",
                                                     "kind",
                                                     "owner",
                                                     "clock",
                                                     "ready",
                                                     "start",
                                                     "finish",
                                                     "calendar_days",
                                                     "working_days",
                                                     "clock_days",
                                                     "resource_wait_days",
                                                     "sitting_wait_days",
                                                     "total_float_days",
                                                     "free_float_days",
                                                     "critical",
                                                     "skipped",
                                                     "rounds"};
  return columns;
}

std::string csv_field(std::string_view text) {
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return std::string(text);
  std::string result = "\"";
  for (const char c : text) {
    if (c == '"') result += '"';
    result += c;
  }
  result += '"';
  return result;
}

std::string render_csv(const std::vector<ScheduledRun>& runs) {
  std::string out;
  const auto& columns = csv_columns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    out += (i > 0 ? "," : "") + std::string(columns[i]);
  }
  out += "\r\n";
  for (const auto& run : runs) {
    const std::string scenario =
        run.timeline.scenario_id.empty() ? model::baseline_scenario : run.timeline.scenario_id;
    for (const auto& timing : run.timeline.tasks) {
      const auto* task = find_task(run.pathway, timing.task_id);
      const std::string name = task != nullptr && !task->name.empty() ? task->name : timing.task_id;
      const std::vector<std::string> fields{
          run.timeline.pathway_id.empty() ? run.pathway.id : run.timeline.pathway_id,
          scenario,
          std::to_string(run.timeline.application),
          timing.task_id,
          name,
          task != nullptr ? std::string(to_string(task->kind)) : std::string(),
          task != nullptr ? task->owner : std::string(),
          task == nullptr    ? std::string()
          : task->clock_runs ? "running"
                             : "stopped",
          fmt::format("{}", timing.ready),
          fmt::format("{}", timing.start),
          fmt::format("{}", timing.finish),
          std::to_string(timing.calendar_days),
          std::to_string(timing.working_days),
          std::to_string(timing.clock_days),
          std::to_string(timing.resource_wait_days),
          std::to_string(timing.sitting_wait_days),
          std::to_string(timing.total_float_days),
          std::to_string(timing.free_float_days),
          timing.critical ? "true" : "false",
          timing.skipped ? "true" : "false",
          std::to_string(timing.rounds)};
      for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(fields[i]);
      }
      out += "\r\n";
    }
  }
  return out;
}

}  // namespace regsim::report
