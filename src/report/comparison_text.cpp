#include <fmt/format.h>

#include <algorithm>

#include "chart.hpp"
#include "comparison_parts.hpp"
#include "layout.hpp"
#include "regsim/report/comparison.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/report/text.hpp"

namespace regsim::report {
namespace {

using analysis::ScenarioComparison;
using analysis::ScheduledScenario;
using analysis::TaskDelta;

// Columns of the milestone table when it is laid out as a table (wide reports).
constexpr int date_width = 10;
constexpr int table_figures = 1 + date_width + 1 + date_width + 2 * (2 + 5 + 1 + 5 + 1 + 6 + 1 + 7);
constexpr int min_table_name = 12;

std::string summary(const ScheduledScenario& run, int label_width, const TextOptions& options) {
  const auto& t = run.timeline;
  return pad_right(detail::fit(run.label(), label_width, options), label_width) +
         fmt::format(" {} {} {}  {} calendar days, {} clock days", t.start,
                     detail::arrow(options.ascii), t.finish, t.calendar_days, t.clock_days);
}

std::string figures_text(int base, int now) {
  return fmt::format("{:>5} {:>5} {:>6}", base, now, format_change(now - base));
}

std::vector<std::string> milestone_table(const std::vector<analysis::MilestoneDelta>& deltas,
                                         const ScheduledScenario& baseline,
                                         const ScheduledScenario& scenario,
                                         const TextOptions& options) {
  std::vector<std::string> lines;
  const int width = options.width;
  auto date_or_dash = [](const std::optional<analysis::MilestonePoint>& point) {
    return point ? calendar::to_iso(point->date) : std::string("-");
  };
  if (width - table_figures >= min_table_name) {
    const int name_width = width - table_figures;
    const std::string group = fmt::format("{:>5} {:>5} {:>6} {:>7}", "base", "new", "change", "%");
    lines.push_back(pad_right("Milestones", name_width) + " " +
                    pad_right(detail::fit(baseline.label(), date_width, options), date_width) +
                    " " +
                    pad_right(detail::fit(scenario.label(), date_width, options), date_width) +
                    "  " + pad_right("Calendar days", 26) + "  Clock days");
    lines.push_back(pad_right("", name_width) + " " + pad_right("date", date_width) + " " +
                    pad_right("date", date_width) + "  " + group + "  " + group);
    for (const auto& delta : deltas) {
      std::string line = pad_right(detail::fit(delta.name, name_width, options), name_width) + " " +
                         pad_right(date_or_dash(delta.baseline), date_width) + " " +
                         pad_right(date_or_dash(delta.scenario), date_width);
      if (delta.baseline && delta.scenario) {
        line += "  " + figures_text(delta.baseline->calendar_days, delta.scenario->calendar_days) +
                fmt::format(" {:>7}", format_percent(delta.change_percent()));
        line += "  " + figures_text(delta.baseline->clock_days, delta.scenario->clock_days) +
                fmt::format(" {:>7}", format_percent(delta.change_clock_percent()));
      } else {
        line += delta.baseline ? "  only in the baseline" : "  only in the scenario";
      }
      lines.push_back(line);
    }
    return lines;
  }
  // Narrow reports: one small block per milestone instead of a table.
  lines.push_back("Milestones");
  const int label_width =
      std::min(16, std::max(display_width(baseline.label()), display_width(scenario.label())));
  for (const auto& delta : deltas) {
    lines.push_back(detail::fit(delta.name, width, options));
    for (const auto& [run, point] :
         {std::pair{&baseline, &delta.baseline}, std::pair{&scenario, &delta.scenario}}) {
      const std::string head =
          "  " + pad_right(detail::fit(run->label(), label_width, options), label_width) + " ";
      const std::string body = *point ? fmt::format("{} ({} d, {} clock)", (*point)->date,
                                                    (*point)->calendar_days, (*point)->clock_days)
                                      : std::string("-");
      lines.push_back(detail::fit(head + body, width, options));
    }
    if (const auto change = delta.change_days()) {
      lines.push_back(
          detail::fit("  " + pad_right("change", label_width) +
                          fmt::format(" {} d ({}), clock {} ({})", format_change(*change),
                                      format_percent(delta.change_percent()),
                                      format_change(*delta.change_clock_days()),
                                      format_percent(delta.change_clock_percent())),
                      width, options));
    }
  }
  return lines;
}

// One side of a task delta: its timing and its pathway task, each possibly absent.
struct Side {
  const sim::TaskTiming* timing = nullptr;
  const model::Task* task = nullptr;
};

Side side_of(const ScheduledScenario& run, std::optional<std::size_t> position) {
  if (!position) return {};
  return {&run.timeline.tasks[*position], run.task(*position)};
}

// The name of a delta's row: the baseline's task, else the scenario's.
std::string row_name(const TaskDelta& delta, const Side& before, const Side& after) {
  const auto* task = before.task != nullptr ? before.task : after.task;
  return detail::row_name(task, before.timing != nullptr ? before.timing : after.timing,
                          delta.task_id);
}

// The two rows of one task: the baseline's bar above the scenario's.
void task_rows(const TaskDelta& delta, const detail::Layout& layout,
               const ScheduledScenario& baseline, const ScheduledScenario& scenario,
               const TextOptions& options, std::vector<std::string>& lines) {
  const Side sides[2] = {side_of(baseline, delta.baseline), side_of(scenario, delta.scenario)};
  const std::string name = row_name(delta, sides[0], sides[1]);
  for (int side = 0; side < 2; ++side) {
    const auto* timing = sides[side].timing;
    const auto& run = side == 0 ? baseline : scenario;
    detail::ChartLine chart(layout.axis.columns);
    std::vector<std::string> figures{"-", "-", ""};
    if (timing == nullptr) {
      const auto* other = sides[1 - side].timing;
      chart.write(layout.axis.column_of(other->start), side == 0 ? "(added)" : "(removed)");
    } else if (timing->skipped) {
      chart.write(std::max(0, layout.axis.column_of(timing->start)), "(skipped)");
    } else {
      detail::paint_task(chart, layout.axis, *timing, sides[side].task);
      if (!(timing->start < timing->finish)) {
        detail::label_point(chart, layout.axis.column_of(timing->start),
                            calendar::to_iso(timing->start));
      }
      figures = {std::to_string(timing->calendar_days), std::to_string(timing->clock_days), ""};
      if (side == 1 && delta.days_change) figures[2] = format_change(*delta.days_change);
    }
    for (const auto& result : run.timeline.deadlines) {
      if (!result.due.is_special()) {
        detail::paint_deadline(chart, layout.axis.column_of(result.due), result.met);
      }
    }
    const bool critical = timing != nullptr && timing->critical && !timing->skipped;
    lines.push_back(layout.row(critical ? detail::paint("!", "1;31", options.color) : "",
                               side == 0 ? name : "", figures, detail::draw(chart, options),
                               options.ascii));
  }
}

std::vector<std::string> deadline_lines(const ScheduledScenario& baseline,
                                        const ScenarioComparison& compared,
                                        const TextOptions& options) {
  const ScheduledScenario& scenario = compared.scenario;
  std::vector<std::string> lines;
  const int label_width =
      std::min(16, std::max(display_width(baseline.label()), display_width(scenario.label())) + 1);
  int number = 0;
  for (const auto& pair : compared.deadlines) {
    const auto& result = baseline.timeline.deadlines[*pair.baseline];
    const auto* deadline = baseline.deadline(*pair.baseline);
    const std::string name =
        deadline != nullptr && !deadline->name.empty() ? deadline->name : result.deadline_id;
    std::string head =
        fmt::format("{} {}: {} {}", ++number, name, result.limit, describe(result.basis));
    if (deadline != nullptr) {
      head += fmt::format(", {} {} {}", deadline->from, detail::arrow(options.ascii), deadline->to);
    }
    for (auto& line : detail::wrap(head, options.width, 2, options))
      lines.push_back(line);
    for (const auto* run : {&baseline, &scenario}) {
      const auto position = run == &baseline ? pair.baseline : pair.scenario;
      std::string text = "-";
      if (position) {
        const auto& it = run->timeline.deadlines[*position];
        text = fmt::format("used {}, ", it.used) +
               (it.met ? fmt::format("met with {} to spare", it.margin)
                       : fmt::format("MISSED by {}", -it.margin));
        if (!it.due.is_special()) text += fmt::format(" (due {})", it.due);
      }
      for (auto& line : detail::wrap(
               "  " +
                   pad_right(detail::fit(run->label() + ":", label_width, options), label_width) +
                   " " + text,
               options.width, label_width + 3, options)) {
        lines.push_back(line);
      }
    }
  }
  return lines;
}

void section(const ScheduledScenario& baseline, const ScenarioComparison& compared,
             const TextOptions& options, std::vector<std::string>& lines) {
  const ScheduledScenario& scenario = compared.scenario;
  const int width = options.width;
  const std::string title =
      baseline.pathway.title.empty() ? baseline.pathway.id : baseline.pathway.title;
  lines.push_back(detail::fit(
      fmt::format("{}: {} vs {}", title, baseline.label(), scenario.label()), width, options));
  const int label_width =
      std::min(24, std::max(display_width(baseline.label()), display_width(scenario.label())));
  for (auto& line :
       detail::wrap(summary(baseline, label_width, options), width, label_width + 1, options)) {
    lines.push_back(line);
  }
  std::string second = summary(scenario, label_width, options);
  if (compared.calendar_days_change_percent) {
    second += fmt::format("  ({} days, {})", format_change(compared.calendar_days_change),
                          format_percent(compared.calendar_days_change_percent));
  }
  for (auto& line : detail::wrap(second, width, label_width + 1, options))
    lines.push_back(line);
  lines.emplace_back();

  const auto chart = detail::comparison_chart(baseline, compared, options);
  if (chart.size() == 1) {
    lines.push_back(chart[0]);
    return;
  }
  const auto legend_at = std::find(chart.begin(), chart.end(), std::string());
  lines.insert(lines.end(), chart.begin(), legend_at);
  lines.emplace_back();
  for (auto& line : milestone_table(compared.milestones, baseline, scenario, options)) {
    lines.push_back(std::move(line));
  }
  if (!baseline.timeline.deadlines.empty()) {
    lines.emplace_back();
    lines.push_back("Deadlines");
    for (auto& line : deadline_lines(baseline, compared, options))
      lines.push_back(line);
  }
  lines.emplace_back();
  for (auto& line : detail::wrap(detail::driving_change(compared), width, 2, options))
    lines.push_back(std::move(line));
  lines.insert(lines.end(), legend_at, chart.end());
}

}  // namespace

namespace detail {

// Which tasks joined or left the driving path (the chain of what set each date back from
// the end): where the scenario moved the bottleneck.
std::string driving_change(const analysis::ScenarioComparison& compared) {
  auto list = [](const std::vector<std::string>& ids) {
    std::string text;
    for (const auto& id : ids)
      text += (text.empty() ? "" : ", ") + id;
    return text.empty() ? std::string("none") : text;
  };
  if (compared.driving_joined.empty() && compared.driving_left.empty()) {
    return "Driving path: the same tasks as the baseline's";
  }
  return "Driving path: joined " + list(compared.driving_joined) + "; left " +
         list(compared.driving_left);
}

std::vector<std::string> comparison_chart(const ScheduledScenario& baseline,
                                          const ScenarioComparison& compared,
                                          const TextOptions& options) {
  const ScheduledScenario& scenario = compared.scenario;
  const int width = options.width;
  std::vector<std::string> lines;
  const auto [first, last] = detail::date_range({&baseline.timeline, &scenario.timeline});
  if (first.is_special()) {
    lines.push_back("No task is scheduled.");
    return lines;
  }
  std::vector<std::string> names;
  for (const auto& delta : compared.tasks) {
    names.push_back(
        row_name(delta, side_of(baseline, delta.baseline), side_of(scenario, delta.scenario)));
  }
  const auto layout =
      detail::plan_layout(names, {{"Days", 5}, {"Clock", 5}, {"Change", 6}}, first, last, options);
  for (auto& line : detail::wrap(fmt::format("Two bars per task: {} above, {} below.",
                                             baseline.label(), scenario.label()),
                                 width, 0, options)) {
    lines.push_back(line);
  }
  for (auto& line : layout.header(options))
    lines.push_back(std::move(line));
  for (const auto& delta : compared.tasks)
    task_rows(delta, layout, baseline, scenario, options, lines);
  lines.push_back(layout.rule(options));
  for (int side = 0; side < 2; ++side) {
    const auto& run = side == 0 ? baseline : scenario;
    if (run.timeline.deadlines.empty()) continue;
    lines.push_back(layout.row("", side == 0 ? "Deadlines" : "", {},
                               detail::deadline_feet(run.timeline.deadlines, layout, options),
                               options.ascii));
  }
  lines.emplace_back();
  for (auto& line : legend(layout.axis, options))
    lines.push_back(std::move(line));
  return lines;
}

}  // namespace detail

std::string render_comparison(const analysis::Comparison& comparison, const TextOptions& options) {
  detail::check_width(options);
  std::vector<std::string> lines;
  const auto& scenarios = comparison.scenarios;
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    if (i > 0) {
      lines.emplace_back();
      lines.push_back(std::string(static_cast<std::size_t>(options.width), '='));
      lines.emplace_back();
    }
    section(comparison.baseline, scenarios[i], options, lines);
  }
  std::string text;
  for (const auto& line : lines)
    text += line + '\n';
  return text;
}

}  // namespace regsim::report
