#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string_view>

#include "export_runs.hpp"
#include "export_text.hpp"
#include "regsim/report/html.hpp"
#include "svg_scale.hpp"

namespace regsim::report {
namespace {

using calendar::Date;

constexpr int label_width = 300;
constexpr int header_height = 64;
constexpr int bar_height = 11;
constexpr int bar_gap = 3;
constexpr int row_padding = 6;

struct Row {
  std::string id;
  std::string name;
  // Per scenario: index of the task in that scenario's pathway, or -1 when absent.
  std::vector<int> positions;
};

std::vector<Row> rows_of(const detail::Pictured& scenarios) {
  std::vector<Row> rows;
  std::map<std::string, std::size_t> row_of;
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& tasks = scenarios[s]->pathway.tasks;
    for (std::size_t t = 0; t < tasks.size(); ++t) {
      auto [it, inserted] = row_of.emplace(tasks[t].id, rows.size());
      if (inserted) {
        rows.push_back(
            {tasks[t].id, detail::display_name(tasks[t]), std::vector<int>(scenarios.size(), -1)});
      }
      rows[it->second].positions[s] = static_cast<int>(t);
    }
  }
  return rows;
}

void append_defs(std::string& svg, std::size_t scenario_count) {
  svg += "<defs>\n";
  for (std::size_t s = 0; s < scenario_count; ++s) {
    svg += fmt::format(
        "<pattern id=\"stop{0}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
        "<rect width=\"3\" height=\"6\" fill=\"{1}\"/></pattern>\n",
        s, detail::scenario_colour(s));
  }
  svg += "</defs>\n";
}

// One task bar from x0 to x1 (at least 1.5 wide so a one-day task stays visible) with its
// tooltip; returns where it ends.
double append_task_rect(std::string& svg, std::string_view css_class, double x0, double x1,
                        double y, std::string_view fill, std::string_view colour, bool critical,
                        std::string_view tooltip) {
  x1 = std::max(x1, x0 + 1.5);
  svg += fmt::format(
      "<rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" rx=\"2\" "
      "fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\">{}</rect>\n",
      css_class, x0, y, x1 - x0, bar_height, fill, critical ? "#b00020" : colour,
      critical ? 1.5 : 0.5, tooltip);
  return x1;
}

// A task that rework repeated: one bar per round, with the gaps between them empty.
void append_rounds(std::string& svg, const detail::TimeScale& scale, const model::Task& task,
                   const sim::TaskTiming& timing, std::size_t scenario, double y, bool stopped) {
  const auto colour = detail::scenario_colour(scenario);
  const std::string fill = stopped ? fmt::format("url(#stop{})", scenario) : std::string(colour);
  for (int round = 1; round <= detail::run_count(timing); ++round) {
    const auto dates = detail::run_dates(timing, round);
    append_task_rect(svg, stopped ? "bar stopped round" : "bar round", scale.x(dates.start),
                     scale.x(dates.finish), y, fill, colour, timing.critical,
                     fmt::format("<title>{}, round {}: {} to {}, {} calendar days</title>",
                                 detail::xml_escape(detail::display_name(task)), round,
                                 calendar::to_iso(dates.start), calendar::to_iso(dates.finish),
                                 calendar::days_between(dates.start, dates.finish)));
  }
}

// The driving path's mark: a dark line just under the bar (or diamond), clear of the
// critical path's red outline and above the next scenario's bar (bar_gap is 3); its
// tooltip names what set the task's dates.
void append_driving_mark(std::string& svg, const detail::TimeScale& scale,
                         const sim::Timeline& timeline, const sim::TaskTiming& timing, double y) {
  double x0 = scale.x(timing.start), x1 = std::max(scale.x(timing.finish), x0 + 1.5);
  if (timing.start == timing.finish) {  // under the diamond
    x0 -= bar_height / 2.0 + 1;
    x1 = x0 + bar_height + 2;
  }
  svg += fmt::format(
      "<line class=\"driving\" x1=\"{:.1f}\" x2=\"{:.1f}\" y1=\"{:.1f}\" y2=\"{:.1f}\" "
      "stroke=\"#1d2330\" stroke-width=\"1.5\"><title>{}: {}</title></line>\n",
      x0, x1, y + bar_height + 2.25, y + bar_height + 2.25, detail::xml_escape(timing.task_id),
      detail::xml_escape(detail::driving_sentence(timeline, timing)));
}

void append_bar(std::string& svg, const detail::TimeScale& scale, const model::Task& task,
                const sim::TaskTiming& timing, std::size_t scenario, double y) {
  const auto colour = detail::scenario_colour(scenario);
  const std::string cut_off =
      timing.cut_off ? "; " + detail::cut_off_sentence(task.id, *timing.cut_off) : std::string();
  const std::string tooltip =
      fmt::format("<title>{}: {} to {}, {} calendar days, {} clock days, float {} d{}{}{}</title>",
                  detail::xml_escape(detail::display_name(task)), calendar::to_iso(timing.start),
                  calendar::to_iso(timing.finish), timing.calendar_days, timing.clock_days,
                  timing.total_float_days, timing.critical ? ", critical" : "",
                  timing.driving ? ", driving" : "", detail::xml_escape(cut_off));
  if (timing.resource_wait_days > 0) {
    svg += fmt::format(
        "<rect class=\"wait\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\" "
        "fill-opacity=\"0.25\" stroke=\"{}\" stroke-dasharray=\"2,2\"/>\n",
        scale.x(timing.ready), y, scale.x(timing.start) - scale.x(timing.ready), bar_height, colour,
        colour);
  }
  const bool milestone = task.kind == model::TaskKind::milestone || timing.start == timing.finish;
  if (milestone) {
    const double cx = scale.x(timing.finish), cy = y + bar_height / 2.0, r = bar_height / 2.0 + 1;
    svg += fmt::format(
        "<polygon class=\"milestone\" points=\"{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f} "
        "{:.1f},{:.1f}\" "
        "fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\">{}</polygon>\n",
        cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy, colour,
        timing.critical ? "#b00020" : colour, timing.critical ? 1.5 : 1, tooltip);
    return;
  }
  const bool stopped = task.kind == model::TaskKind::clock_stop || !task.clock_runs;
  if (detail::run_count(timing) > 1) {
    append_rounds(svg, scale, task, timing, scenario, y, stopped);
    return;
  }
  const Date work_end = timing.finish - boost::gregorian::days(timing.sitting_wait_days);
  const double x1 = append_task_rect(
      svg, stopped ? "bar stopped" : "bar", scale.x(timing.start), scale.x(work_end), y,
      stopped ? fmt::format("url(#stop{})", scenario) : std::string(colour), colour,
      timing.critical, tooltip);
  if (timing.sitting_wait_days > 0) {
    svg += fmt::format(
        "<rect class=\"sitting-wait\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" "
        "fill=\"{}\" fill-opacity=\"0.25\" stroke=\"{}\" stroke-dasharray=\"2,2\"/>\n",
        x1, y, scale.x(timing.finish) - x1, bar_height, colour, colour);
  }
}

// The legend from `y` down: a swatch per scenario, then what the marks mean, wrapped
// where a line would pass `width`. Returns its SVG; `height` gets the space it takes.
std::string legend(const detail::Pictured& scenarios, double y, double width, double& height) {
  constexpr double char_width = 6.6;  // generous for 12 px text
  std::string svg;
  double x = 10;
  auto next_line_if = [&](double needed) {
    if (x > 10 && x + needed > width - 10) {
      x = 10;
      y += 16;
    }
  };
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& id = scenarios[s]->timeline.scenario_id;
    const double needed = 18 + char_width * static_cast<double>(id.size());
    next_line_if(needed);
    svg += fmt::format(
        "<rect x=\"{:.0f}\" y=\"{:.0f}\" width=\"14\" height=\"10\" fill=\"{}\"/>"
        "<text x=\"{:.0f}\" y=\"{:.0f}\">{}</text>\n",
        x, y, detail::scenario_colour(s), x + 18, y + 9, detail::xml_escape(id));
    x += needed + 12;
  }
  const char* entries[] = {"agency clock running",
                           "clock stopped (hatched)",
                           "critical (red outline)",
                           "driving path (underlined)",
                           "waiting for a sitting or reviewer (pale)",
                           "milestone",
                           "deadline (dashed line)"};
  for (std::size_t i = 0; i < std::size(entries); ++i) {
    const std::string text = (i > 0 ? "· " : "") + std::string(entries[i]);
    // "·" is two bytes and one narrow character.
    const double needed = char_width * static_cast<double>(text.size() - (i > 0 ? 1 : 0));
    next_line_if(needed);
    svg +=
        fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\" class=\"legend\">{}</text>\n", x, y + 9, text);
    x += needed + 6;
  }
  height = y + 16;
  return svg;
}

// One line and label per deadline and due date: scenarios that share both share them.
struct DeadlineLabel {
  std::vector<std::size_t> scenarios;
  const sim::DeadlineResult* deadline;
  double x;
  detail::LabelRows::Placed placed;
};

// Deadline labels go in rows under the chart, where they cannot cover a bar: placed
// first, so that the picture is tall enough for them.
std::vector<DeadlineLabel> place_deadline_labels(const detail::Pictured& scenarios,
                                                 const detail::TimeScale& scale,
                                                 detail::LabelRows& label_rows) {
  constexpr double deadline_char_width = 6.2;  // generous for 10 px ids
  std::vector<DeadlineLabel> deadline_labels;
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    for (const auto& deadline : scenarios[s]->timeline.deadlines) {
      const auto same = std::find_if(deadline_labels.begin(), deadline_labels.end(),
                                     [&](const DeadlineLabel& label) {
                                       return label.deadline->deadline_id == deadline.deadline_id &&
                                              label.deadline->due == deadline.due;
                                     });
      if (same != deadline_labels.end()) {
        same->scenarios.push_back(s);
        continue;
      }
      const double x = scale.x(deadline.due);
      deadline_labels.push_back(
          {{s},
           &deadline,
           x,
           label_rows.place(
               x, deadline_char_width * static_cast<double>(deadline.deadline_id.size()))});
    }
  }
  return deadline_labels;
}

// With a status: the work done before the as-of date, a dark band over the bar.
void append_actual_band(std::string& svg, const detail::TimeScale& scale,
                        const sim::TaskTiming& timing, const Date& as_of, double y) {
  const double x0 = scale.x(timing.start);
  const double x1 = scale.x(std::min(timing.finish, as_of));
  svg += fmt::format(
      "<rect class=\"actual\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" "
      "fill=\"#263238\" fill-opacity=\"0.55\"><title>{}: actual from {}</title></rect>\n",
      x0, y + bar_height * 2.0 / 3.0, x1 - x0, bar_height / 3.0, detail::xml_escape(timing.task_id),
      calendar::to_iso(timing.start));
}

// The task rows: a label, then one bar per scenario that has the task.
void append_rows(std::string& svg, const detail::Pictured& scenarios, const std::vector<Row>& rows,
                 const detail::TimeScale& scale, double row_height, int width) {
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double top = header_height + row_height * static_cast<double>(r);
    if (r % 2 == 1) {
      svg += fmt::format(
          "<rect x=\"0\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" fill=\"#f6f7f9\"/>\n", top,
          width, row_height);
    }
    svg += fmt::format("<text x=\"10\" y=\"{:.1f}\">{}</text>\n", top + row_height / 2 + 4,
                       detail::xml_escape(detail::shorten(rows[r].name, 40)));
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      const int position = rows[r].positions[s];
      if (position < 0) continue;
      const auto& timing = scenarios[s]->timeline.tasks[static_cast<std::size_t>(position)];
      if (timing.skipped) continue;
      const double y = top + row_padding + static_cast<double>(s) * (bar_height + bar_gap);
      append_bar(svg, scale, scenarios[s]->pathway.tasks[static_cast<std::size_t>(position)],
                 timing, s, y);
      if (timing.driving) append_driving_mark(svg, scale, scenarios[s]->timeline, timing, y);
      const auto& as_of = scenarios[s]->timeline.as_of;
      if (as_of && timing.progress != sim::Progress::planned && timing.start < *as_of &&
          timing.start < timing.finish) {
        append_actual_band(svg, scale, timing, *as_of, y);
      }
    }
  }
}

// The as-of line of each status date (once where the scenarios share it).
void append_as_of_lines(std::string& svg, const detail::Pictured& scenarios,
                        const detail::TimeScale& scale, double chart_bottom, int width) {
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& as_of = scenarios[s]->timeline.as_of;
    if (!as_of || (s > 0 && scenarios[0]->timeline.as_of == as_of)) continue;
    const double x = scale.x(*as_of);
    svg += fmt::format(
        "<line class=\"as-of\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2:.0f}\" "
        "stroke=\"#6a1b9a\" stroke-width=\"2\"><title>as of {3}: actual dates before, forecast "
        "after</title></line>\n<text x=\"{4}\" y=\"20\" text-anchor=\"end\" fill=\"#6a1b9a\" "
        "font-size=\"12\">as of {3}: actual work (dark band) before the line, forecast "
        "after</text>\n",
        x, header_height - 10, chart_bottom, calendar::to_iso(*as_of), width - 10);
  }
}

// A dashed line per deadline label, its tooltip saying in which scenarios it was met.
void append_deadlines(std::string& svg, const detail::Pictured& scenarios,
                      const std::vector<DeadlineLabel>& deadline_labels, double chart_bottom) {
  for (const auto& label : deadline_labels) {
    const auto& deadline = *label.deadline;
    const double text_y = chart_bottom + 12 + 12.0 * static_cast<double>(label.placed.row);
    std::string outcomes;  // the tooltip: due date, and met or missed in each scenario
    for (const std::size_t s : label.scenarios) {
      const auto& timeline = scenarios[s]->timeline;
      const auto found = std::find_if(
          timeline.deadlines.begin(), timeline.deadlines.end(),
          [&](const sim::DeadlineResult& d) { return d.deadline_id == deadline.deadline_id; });
      outcomes += fmt::format("{}{} {}", outcomes.empty() ? "" : ", ",
                              detail::xml_escape(timeline.scenario_id),
                              found != timeline.deadlines.end() && found->met ? "met" : "missed");
    }
    // A line shared by scenarios is drawn in neutral grey; one scenario's in its colour.
    const char* colour =
        label.scenarios.size() == 1 ? detail::scenario_colour(label.scenarios.front()) : "#555555";
    svg += fmt::format(
        "<line class=\"deadline\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2:.0f}\" "
        "stroke=\"{3}\" stroke-width=\"1.5\" stroke-dasharray=\"6,4\"><title>{4}: due {5}; "
        "{6}</title></line>\n<text x=\"{7:.1f}\" y=\"{8:.0f}\" text-anchor=\"{9}\" fill=\"{3}\" "
        "font-size=\"10\">{4}</text>\n",
        label.x, header_height - 10, text_y - 8, colour, detail::xml_escape(deadline.deadline_id),
        calendar::to_iso(deadline.due), outcomes, label.placed.x, text_y,
        label.placed.flipped ? "end" : "start");
  }
}

}  // namespace

std::string detail::render_svg_gantt(const Pictured& scenarios, const PictureOptions& options) {
  if (scenarios.empty())
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n";
  const auto rows = rows_of(scenarios);
  const detail::TimeScale scale =
      detail::TimeScale::covering(scenarios, label_width, options.width - 20);
  const double row_height =
      row_padding * 2 + static_cast<double>(scenarios.size()) * (bar_height + bar_gap);
  const double chart_bottom = header_height + row_height * static_cast<double>(rows.size());
  detail::LabelRows label_rows(options.width - 4);
  const auto deadline_labels = place_deadline_labels(scenarios, scale, label_rows);
  const double labels_height = 12.0 * static_cast<double>(label_rows.rows());
  double legend_bottom = 0;
  const std::string legend_svg =
      legend(scenarios, chart_bottom + labels_height + 16, options.width, legend_bottom);
  const double height = legend_bottom + 8;
  const std::string title =
      options.title.empty() ? scenarios.front()->pathway.title : options.title;

  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1:.0f}\" "
      "viewBox=\"0 0 {0} {1:.0f}\" font-family=\"{3}\" font-size=\"12\" role=\"img\">\n"
      "<title>{2}</title>\n",
      options.width, height, detail::xml_escape(title), detail::font_stack);
  append_defs(svg, scenarios.size());
  svg += fmt::format("<rect width=\"{}\" height=\"{:.0f}\" fill=\"#ffffff\"/>\n", options.width,
                     height);
  svg += fmt::format("<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"600\">{}</text>\n",
                     detail::xml_escape(title));
  for (const auto& tick : scale.ticks()) {
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2:.0f}\" stroke=\"#e3e6ea\"/>"
        "<text x=\"{3:.1f}\" y=\"{4}\" fill=\"#555\">{5}</text>\n",
        scale.x(tick.date), header_height - 14, chart_bottom, scale.x(tick.date) + 3,
        header_height - 18, detail::xml_escape(tick.label));
  }
  append_rows(svg, scenarios, rows, scale, row_height, options.width);
  append_as_of_lines(svg, scenarios, scale, chart_bottom, options.width);
  append_deadlines(svg, scenarios, deadline_labels, chart_bottom);
  svg += legend_svg;
  svg += "</svg>\n";
  return svg;
}

std::string render_svg_gantt(const analysis::ScheduledScenario& scenario,
                             const PictureOptions& options) {
  return detail::render_svg_gantt({&scenario}, options);
}

std::string render_svg_gantt(const analysis::Comparison& comparison,
                             const PictureOptions& options) {
  return detail::render_svg_gantt(detail::pictured(comparison), options);
}

}  // namespace regsim::report
