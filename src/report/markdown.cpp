#include "regsim/report/markdown.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "comparison_parts.hpp"
#include "layout.hpp"
#include "regsim/report/comparison.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/report/gantt.hpp"
#include "regsim/report/text.hpp"

namespace regsim::report {
namespace {

using analysis::ScenarioComparison;
using analysis::ScheduledScenario;

std::string title_of(const ScheduledScenario& run) {
  return run.pathway.title.empty() ? run.pathway.id : run.pathway.title;
}

std::string waits(const sim::TaskTiming& timing) {
  std::vector<std::string> parts;
  if (timing.resource_wait_days > 0) {
    parts.push_back(fmt::format("{} d for a reviewer", timing.resource_wait_days));
  }
  if (timing.sitting_wait_days > 0) {
    parts.push_back(fmt::format("{} d for a sitting", timing.sitting_wait_days));
  }
  std::string text;
  for (const auto& part : parts)
    text += (text.empty() ? "" : "; ") + part;
  return text;
}

std::string name_of(const model::Task* task, std::string_view id) {
  return markdown_cell(task != nullptr && !task->name.empty() ? task->name : std::string(id));
}

std::string code_block(const std::vector<std::string>& lines) {
  std::string text = "```text\n";
  for (const auto& line : lines)
    text += line + '\n';
  return text + "```\n";
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t from = 0;
  while (from < text.size()) {
    const auto end = text.find('\n', from);
    lines.push_back(text.substr(from, end - from));
    if (end == std::string::npos) break;
    from = end + 1;
  }
  return lines;
}

std::string deadline_result(const sim::DeadlineResult& result) {
  return result.met ? fmt::format("met, {} to spare", result.margin)
                    : fmt::format("**missed** by {}", -result.margin);
}

std::string milestone_rows(const ScenarioComparison& compared) {
  std::string md;
  for (const auto& delta : compared.milestones) {
    auto date = [](const std::optional<analysis::MilestonePoint>& p) {
      return p ? calendar::to_iso(p->date) : std::string("-");
    };
    md += fmt::format("| {} | {} | {} ", markdown_cell(delta.name), date(delta.baseline),
                      date(delta.scenario));
    if (delta.baseline && delta.scenario) {
      md +=
          fmt::format("| {} → {} | {} | {} | {} → {} | {} | {} |\n", delta.baseline->calendar_days,
                      delta.scenario->calendar_days, format_change(*delta.change_days()),
                      format_percent(delta.change_percent()), delta.baseline->clock_days,
                      delta.scenario->clock_days, format_change(*delta.change_clock_days()),
                      format_percent(delta.change_clock_percent()));
    } else {
      md += "| - | - | - | - | - | - |\n";
    }
  }
  return md;
}

std::string task_rows(const ScheduledScenario& baseline, const ScenarioComparison& compared) {
  const ScheduledScenario& scenario = compared.scenario;
  auto days = [](const sim::TaskTiming* t) {
    return t == nullptr ? std::string("removed")
           : t->skipped ? std::string("skipped")
                        : std::to_string(t->calendar_days);
  };
  auto finish = [](const sim::TaskTiming* t) {
    return t == nullptr || t->skipped ? std::string("-") : calendar::to_iso(t->finish);
  };
  std::string md;
  for (const auto& delta : compared.tasks) {
    const auto* before = delta.baseline ? &baseline.timeline.tasks[*delta.baseline] : nullptr;
    const auto* after = delta.scenario ? &scenario.timeline.tasks[*delta.scenario] : nullptr;
    const auto* task = delta.baseline ? baseline.task(*delta.baseline) : nullptr;
    if (task == nullptr && delta.scenario) task = scenario.task(*delta.scenario);
    md += fmt::format("| {} | {} | {} | {} | {} | {} |\n", name_of(task, delta.task_id),
                      before == nullptr ? std::string("added") : days(before), days(after),
                      delta.days_change ? format_change(*delta.days_change) : std::string("-"),
                      finish(before), finish(after));
  }
  return md;
}

std::string deadline_rows(const ScheduledScenario& baseline, const ScenarioComparison& compared) {
  std::string md;
  for (const auto& pair : compared.deadlines) {
    const auto& result = baseline.timeline.deadlines[*pair.baseline];
    const auto* deadline = baseline.deadline(*pair.baseline);
    md += fmt::format(
        "| {} | {} {} | used {}, {} | {} |\n",
        markdown_cell(deadline != nullptr && !deadline->name.empty() ? deadline->name
                                                                     : result.deadline_id),
        result.limit, describe(result.basis), result.used, deadline_result(result),
        !pair.scenario
            ? std::string("-")
            : fmt::format("used {}, {}", compared.scenario.timeline.deadlines[*pair.scenario].used,
                          deadline_result(compared.scenario.timeline.deadlines[*pair.scenario])));
  }
  return md;
}

std::string comparison_section(const ScheduledScenario& baseline,
                               const ScenarioComparison& compared, const TextOptions& options) {
  const ScheduledScenario& scenario = compared.scenario;
  std::string md = fmt::format("## {}: {} vs {}\n\n", markdown_cell(title_of(baseline)),
                               markdown_cell(baseline.label()), markdown_cell(scenario.label()));
  md += "| Scenario | Start | Finish | Calendar days | Clock days |\n";
  md += "| --- | --- | --- | ---: | ---: |\n";
  for (const auto* run : {&baseline, &scenario}) {
    const auto& t = run->timeline;
    md += fmt::format("| {} | {} | {} | {} | {} |\n", markdown_cell(run->label()), t.start,
                      t.finish, t.calendar_days, t.clock_days);
  }
  md += "\n### Milestones\n\n";
  md += fmt::format(
      "| Milestone | {} | {} | Calendar days | Change | % | Clock days | Change | % |\n",
      markdown_cell(baseline.label()), markdown_cell(scenario.label()));
  md += "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  md += milestone_rows(compared);
  md += "\n### Tasks\n\n";
  md += fmt::format("| Task | {} days | {} days | Change | {} finish | {} finish |\n",
                    markdown_cell(baseline.label()), markdown_cell(scenario.label()),
                    markdown_cell(baseline.label()), markdown_cell(scenario.label()));
  md += "| --- | ---: | ---: | ---: | --- | --- |\n";
  md += task_rows(baseline, compared);
  if (!baseline.timeline.deadlines.empty()) {
    md += "\n### Deadlines\n\n";
    md += fmt::format("| Deadline | Limit | {} | {} |\n", markdown_cell(baseline.label()),
                      markdown_cell(scenario.label()));
    md += "| --- | --- | --- | --- |\n";
    md += deadline_rows(baseline, compared);
  }
  md += "\n" + markdown_cell(detail::driving_change(compared)) + ".\n";
  md += "\n### Chart\n\n" + code_block(detail::comparison_chart(baseline, compared, options));
  return md;
}

}  // namespace

std::string markdown_cell(std::string_view text) {
  std::string cell;
  // Line breaks become spaces (a cell is one line); other controls are escaped; < and >
  // become entities, so that no name can open an HTML element (<script>, <svg onload>)
  // in a viewer that renders HTML inside Markdown.
  for (const char c : text) {
    if (c == '|') {
      cell += "\\|";
    } else if (c == '<') {
      cell += "&lt;";
    } else if (c == '>') {
      cell += "&gt;";
    } else if (c == '\n' || c == '\r') {
      cell += ' ';
    } else {
      cell += c;
    }
  }
  return escape_controls(cell);
}

std::string render_gantt_markdown(const ScheduledScenario& run, const TextOptions& options) {
  const auto& t = run.timeline;
  std::string md =
      fmt::format("# {}: {}\n\n", markdown_cell(title_of(run)), markdown_cell(run.label()));
  md += fmt::format("{} → {}: **{} calendar days**, {} clock days.\n\n", t.start, t.finish,
                    t.calendar_days, t.clock_days);
  // With a status: the as-of date, and a column saying which dates are actual.
  const bool tracked = t.as_of.has_value();
  if (tracked) {
    md += fmt::format("As of {}: actual dates up to it, forecast after it.\n\n",
                      calendar::to_iso(*t.as_of));
  }
  md += "| Task | Kind | Start | Finish | Days | Clock days | Waits | Critical | Driving |";
  md += tracked ? " Status |\n" : "\n";
  md += "| --- | --- | --- | --- | ---: | ---: | --- | :---: | :---: |";
  md += tracked ? " --- |\n" : "\n";
  for (std::size_t i = 0; i < t.tasks.size(); ++i) {
    const auto& timing = t.tasks[i];
    const auto* task = run.task(i);
    const std::string kind = task != nullptr ? std::string(to_string(task->kind)) : "";
    const char* status = timing.progress == sim::Progress::done          ? "done (actual)"
                         : timing.progress == sim::Progress::in_progress ? "in progress"
                                                                         : "forecast";
    if (timing.skipped) {
      md += fmt::format("| {} | {} | - | - | skipped | - | | | |{}\n",
                        name_of(task, timing.task_id), kind, tracked ? " |" : "");
      continue;
    }
    md +=
        fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} |", name_of(task, timing.task_id),
                    kind, timing.start, timing.finish, timing.calendar_days, timing.clock_days,
                    waits(timing), timing.critical ? "yes" : "", timing.driving ? "yes" : "");
    md += tracked ? fmt::format(" {} |\n", status) : "\n";
  }
  md +=
      "\nCritical: no float, it cannot slip without moving the end. Driving: on the driving "
      "path, the chain of what set each date (a dependency, a sitting, a reviewer, a clock "
      "stop, the start) back from the end.\n";
  if (!t.deadlines.empty()) {
    md += "\n## Deadlines\n\n| Deadline | Limit | Used | Result | Due |\n";
    md += "| --- | --- | ---: | --- | --- |\n";
    for (std::size_t d = 0; d < t.deadlines.size(); ++d) {
      const auto& result = t.deadlines[d];
      const auto* deadline = run.deadline(d);
      md += fmt::format(
          "| {} | {} {} | {} | {} | {} |\n",
          markdown_cell(deadline != nullptr && !deadline->name.empty() ? deadline->name
                                                                       : result.deadline_id),
          result.limit, describe(result.basis), result.used, deadline_result(result), result.due);
    }
  }
  TextOptions plain = options;  // colour escapes would show as junk in Markdown
  plain.color = false;
  md += "\n## Gantt\n\n" + code_block(split_lines(render_gantt(run, plain)));
  return md;
}

std::string render_comparison_markdown(const analysis::Comparison& comparison,
                                       const TextOptions& options) {
  detail::check_width(options);
  TextOptions plain = options;
  plain.color = false;
  std::string md =
      fmt::format("# {}: scenario comparison\n", markdown_cell(title_of(comparison.baseline)));
  for (const auto& compared : comparison.scenarios)
    md += "\n" + comparison_section(comparison.baseline, compared, plain);
  return md;
}

}  // namespace regsim::report
