#include "regsim/report/gantt.hpp"

#include <fmt/format.h>

#include "chart.hpp"
#include "layout.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/report/text.hpp"

namespace regsim::report {
namespace {

std::string join_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) {
    text += line;
    text += '\n';
  }
  return text;
}

// Under the rows: a numbered foot under each deadline line, which ties it to its sentence
// below, then the sentences.
void append_deadlines(const analysis::ScheduledScenario& run, const detail::Layout& layout,
                      const TextOptions& options, std::vector<std::string>& lines) {
  const auto& timeline = run.timeline;
  if (timeline.deadlines.empty()) return;
  lines.push_back(layout.row("", "Deadlines", {},
                             detail::deadline_feet(timeline.deadlines, layout, options),
                             options.ascii));
  lines.emplace_back();
  for (std::size_t d = 0; d < timeline.deadlines.size(); ++d) {
    const auto& result = timeline.deadlines[d];
    const auto* deadline = run.deadline(d);
    const std::string name =
        deadline != nullptr && !deadline->name.empty() ? deadline->name : result.deadline_id;
    for (auto& line :
         detail::wrap(fmt::format("{} {}: {}", d + 1, name,
                                  detail::deadline_sentence(deadline, result, options.ascii)),
                      options.width, 2, options)) {
      lines.push_back(std::move(line));
    }
  }
}

}  // namespace

std::string render_gantt(const analysis::ScheduledScenario& run, const TextOptions& options) {
  detail::check_width(options);
  const auto& timeline = run.timeline;
  const int width = options.width;
  std::vector<std::string> lines;

  const std::string title = run.pathway.title.empty() ? run.pathway.id : run.pathway.title;
  lines.push_back(detail::fit(
      fmt::format("{} {} {}", title, options.ascii ? "-" : "\u2014", run.label()), width, options));

  const auto [first, last] = detail::date_range({&timeline});
  if (first.is_special()) {
    lines.push_back("No task is scheduled.");
    return join_lines(lines);
  }
  lines.push_back(
      detail::fit(fmt::format("{} {} {}  {} calendar days, {} clock days", timeline.start,
                              detail::arrow(options.ascii), timeline.finish, timeline.calendar_days,
                              timeline.clock_days),
                  width, options));
  if (timeline.as_of) {
    lines.push_back(detail::fit(fmt::format("as of {}: actual dates up to it, forecast after it",
                                            calendar::to_iso(*timeline.as_of)),
                                width, options));
  }
  lines.emplace_back();

  std::vector<std::string> names;
  for (std::size_t i = 0; i < timeline.tasks.size(); ++i) {
    const auto& timing = timeline.tasks[i];
    names.push_back(detail::row_name(run.task(i), &timing, timing.task_id));
  }
  const auto layout = detail::plan_layout(names, {{"Days", 5}, {"Clock", 5}}, first, last, options);
  for (auto& line : layout.header(options))
    lines.push_back(std::move(line));

  // Deadline columns are drawn through every row, so compute them once.
  std::vector<std::pair<int, bool>> deadline_columns;
  for (const auto& result : timeline.deadlines) {
    if (!result.due.is_special()) {
      deadline_columns.emplace_back(layout.axis.column_of(result.due), result.met);
    }
  }

  for (std::size_t i = 0; i < timeline.tasks.size(); ++i) {
    const auto& timing = timeline.tasks[i];
    const auto* task = run.task(i);
    detail::ChartLine chart(layout.axis.columns);
    detail::paint_task(chart, layout.axis, timing, task);
    const bool point = !timing.skipped && !(timing.start < timing.finish);
    if (point) {
      detail::label_point(chart, layout.axis.column_of(timing.start),
                          calendar::to_iso(timing.start));
    }
    if (timing.skipped) chart.write(0, "(skipped)");
    if (timeline.as_of) detail::paint_actual(chart, layout.axis, timing, *timeline.as_of);
    for (const auto& [column, met] : deadline_columns)
      detail::paint_deadline(chart, column, met);
    // ! no float; D on the driving path with float (what set the end, a sitting's wait away).
    const std::string marker = timing.skipped    ? ""
                               : timing.critical ? detail::paint("!", "1;31", options.color)
                               : timing.driving  ? "D"
                                                 : "";
    std::vector<std::string> figures;
    if (timing.skipped) {
      figures = {"-", "-"};
    } else {
      figures = {std::to_string(timing.calendar_days), std::to_string(timing.clock_days)};
    }
    lines.push_back(
        layout.row(marker, names[i], figures, detail::draw(chart, options), options.ascii));
  }
  lines.push_back(layout.rule(options));

  append_deadlines(run, layout, options, lines);
  lines.emplace_back();
  for (auto& line : detail::legend(layout.axis, options, timeline.as_of.has_value()))
    lines.push_back(std::move(line));
  return join_lines(lines);
}

}  // namespace regsim::report
