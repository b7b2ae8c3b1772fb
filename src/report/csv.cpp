#include "regsim/report/csv.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>

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
  // Appended field by field: a row of temporary strings per task cost more than the
  // scheduling of a 2,000-task pathway.
  std::size_t rows = 0;
  for (const auto& run : runs)
    rows += run.timeline.tasks.size();
  out.reserve(out.size() + rows * 160);
  static constexpr auto needs_quotes = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : {',', '"', '\r', '\n'})
      table[c] = true;
    return table;
  }();
  bool first_field = true;
  const auto text = [&](std::string_view field) {
    if (!first_field) out.push_back(',');
    first_field = false;
    bool plain = field.empty() || (field.front() != ' ' && field.back() != ' ');
    for (const char c : field)
      plain = plain && !needs_quotes[static_cast<unsigned char>(c)];
    if (plain) {
      out.append(field.data(), field.size());
    } else {
      out += csv_field(field);
    }
  };
  // Numbers and dates never need quoting.
  const auto number = [&](int value) {
    const fmt::format_int digits(value);
    out.push_back(',');
    out.append(digits.data(), digits.size());
  };
  const auto date = [&](calendar::Date day) {
    out.push_back(',');
    out += day.is_special() ? std::string("-") : calendar::to_iso(day);
  };
  for (const auto& run : runs) {
    const std::string scenario =
        run.timeline.scenario_id.empty() ? model::baseline_scenario : run.timeline.scenario_id;
    const std::string& pathway =
        run.timeline.pathway_id.empty() ? run.pathway.id : run.timeline.pathway_id;
    // Timelines list tasks in the pathway's order; the index is only for other orders.
    std::optional<TaskIndex> tasks;
    for (std::size_t i = 0; i < run.timeline.tasks.size(); ++i) {
      const auto& timing = run.timeline.tasks[i];
      const model::Task* task = nullptr;
      if (i < run.pathway.tasks.size() && run.pathway.tasks[i].id == timing.task_id) {
        task = &run.pathway.tasks[i];
      } else {
        if (!tasks) tasks.emplace(run.pathway);
        task = tasks->find(timing.task_id);
      }
      first_field = true;
      text(pathway);
      text(scenario);
      number(run.timeline.application);  // never the first field
      text(timing.task_id);
      text(task != nullptr && !task->name.empty() ? std::string_view(task->name)
                                                  : std::string_view(timing.task_id));
      text(task != nullptr ? to_string(task->kind) : std::string_view());
      text(task != nullptr ? std::string_view(task->owner) : std::string_view());
      text(task == nullptr ? "" : task->clock_runs ? "running" : "stopped");
      date(timing.ready);
      date(timing.start);
      date(timing.finish);
      number(timing.calendar_days);
      number(timing.working_days);
      number(timing.clock_days);
      number(timing.resource_wait_days);
      number(timing.sitting_wait_days);
      number(timing.total_float_days);
      number(timing.free_float_days);
      text(timing.critical ? "true" : "false");
      text(timing.skipped ? "true" : "false");
      number(timing.rounds);
      out += "\r\n";
    }
  }
  return out;
}

}  // namespace regsim::report
