#include "layout.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "regsim/report/formatters.hpp"
#include "regsim/report/text.hpp"

namespace regsim::report::detail {

int Layout::prefix() const {
  int columns = 2 + name_width + 1;
  for (const auto& figure : figures)
    columns += figure.width + 1;
  return columns;
}

std::string Layout::row(std::string_view marker, std::string_view name,
                        const std::vector<std::string>& values, const std::string& chart,
                        bool ascii) const {
  std::string line = pad_right(marker, 1) + " ";
  line +=
      pad_right(shorten(ascii ? to_ascii(name) : std::string(name), name_width, ascii), name_width);
  for (std::size_t i = 0; i < figures.size(); ++i) {
    line += ' ';
    line += pad_left(i < values.size() ? values[i] : std::string(), figures[i].width);
  }
  line += ' ';
  line += chart;
  // Trailing blanks carry nothing and upset mail clients and diffs.
  while (!line.empty() && line.back() == ' ')
    line.pop_back();
  return line;
}

std::vector<std::string> Layout::header(const TextOptions& options) const {
  const auto labels = axis_labels(axis);
  std::vector<std::string> lines;
  std::string headings;
  for (const auto& figure : figures)
    headings += " " + pad_left(figure.heading, figure.width);
  const std::string blank(static_cast<std::size_t>(prefix()), ' ');
  std::string first = blank + labels[0];
  std::string second = "  " + pad_right("Task", name_width) + headings + " " + labels[1];
  for (auto* line : {&first, &second}) {
    while (!line->empty() && line->back() == ' ')
      line->pop_back();
    lines.push_back(*line);
  }
  lines.push_back(rule(options));
  return lines;
}

std::string Layout::rule(const TextOptions& options) const {
  return ruler(prefix() + axis.columns, prefix(), tick_columns(axis), options.ascii);
}

Layout plan_layout(const std::vector<std::string>& names, std::vector<Column> figures,
                   calendar::Date first, calendar::Date last, const TextOptions& options) {
  Layout layout;
  layout.width = options.width;
  layout.figures = std::move(figures);
  int longest = 4;
  for (const auto& name : names)
    longest = std::max(longest, display_width(options.ascii ? to_ascii(name) : name));
  layout.name_width = std::clamp(longest, 8, std::max(8, options.width * 3 / 10));
  layout.axis = choose_axis(first, last, std::max(1, options.width - layout.prefix()));
  return layout;
}

std::pair<calendar::Date, calendar::Date> date_range(
    const std::vector<const sim::Timeline*>& timelines) {
  calendar::Date first(boost::date_time::not_a_date_time);
  calendar::Date last(boost::date_time::not_a_date_time);
  auto include = [&](calendar::Date date) {
    if (date.is_special()) return;
    if (first.is_special() || date < first) first = date;
    if (last.is_special() || last < date) last = date;
  };
  for (const auto* timeline : timelines) {
    for (const auto& timing : timeline->tasks) {
      if (timing.skipped) continue;
      include(std::min(timing.ready, timing.start));
      include(timing.finish);
    }
    for (const auto& deadline : timeline->deadlines)
      include(deadline.due);
  }
  return {first, last};
}

std::string deadline_feet(const std::vector<sim::DeadlineResult>& deadlines, const Layout& layout,
                          const TextOptions& options) {
  ChartLine feet(layout.axis.columns);
  for (std::size_t d = 0; d < deadlines.size(); ++d) {
    if (deadlines[d].due.is_special()) continue;
    const int column = layout.axis.column_of(deadlines[d].due);
    if (column >= 0 && column < feet.columns() &&
        feet.inks[static_cast<std::size_t>(column)] == Ink::empty) {
      feet.write(column, std::to_string(d + 1).substr(0, 1));
    }
  }
  return draw(feet, options);
}

std::string row_name(const model::Task* task, const sim::TaskTiming* timing, std::string_view id) {
  std::string name = task != nullptr && !task->name.empty() ? task->name : std::string(id);
  if (timing != nullptr && timing->rounds > 1) name += fmt::format(" ({} rounds)", timing->rounds);
  return name;
}

const char* arrow(bool ascii) {
  return ascii ? "->" : "\u2192";
}

std::string deadline_sentence(const model::Deadline* deadline, const sim::DeadlineResult& result,
                              bool ascii) {
  std::string text = fmt::format("{} {}", result.limit, describe(result.basis));
  if (deadline != nullptr)
    text += fmt::format(", {} {} {}", deadline->from, arrow(ascii), deadline->to);
  text += fmt::format(": used {}, ", result.used);
  if (result.met) {
    text += fmt::format("met with {} to spare", result.margin);
  } else {
    text += fmt::format("MISSED by {}", -result.margin);
  }
  if (!result.due.is_special()) text += fmt::format(" (due {})", result.due);
  return text;
}

std::vector<std::string> legend(const TimeAxis& axis, const TextOptions& options, bool tracked) {
  const bool a = options.ascii;
  std::vector<std::string> items{
      fmt::format("{} agency clock running", glyph(Ink::running, a)),
      fmt::format("{} clock stopped", glyph(Ink::stopped, a)),
      fmt::format("{} waiting for a reviewer", glyph(Ink::resource_wait, a)),
      fmt::format("{} waiting for a sitting", glyph(Ink::sitting_wait, a)),
      fmt::format("{} milestone", glyph(Ink::milestone, a)),
      "! critical path",
      "D driving path with float",
      fmt::format("{} deadline", glyph(Ink::deadline_met, a)),
  };
  if (tracked) {
    items.push_back(fmt::format("{} actual (before the as-of date)", glyph(Ink::actual, a)));
    items.push_back(fmt::format("{} as-of date", glyph(Ink::as_of, a)));
  }
  auto lines = flow(items, "Legend: ", options.width);
  const std::string scale =
      axis.days_per_column == 1
          ? fmt::format("Scale: one column = 1 day ({})", to_string(axis.scale))
          : fmt::format("Scale: one column = {} days ({})", axis.days_per_column,
                        to_string(axis.scale));
  lines.push_back(fit(scale, options.width, options));
  return lines;
}

std::vector<std::string> wrap(std::string_view text, int width, int indent,
                              const TextOptions& options) {
  // Breaks only where a line would overflow, so spacing inside a line (aligned labels)
  // is kept as written.
  std::string rest = options.ascii ? to_ascii(text) : escape_controls(text);
  std::vector<std::string> lines;
  const std::string margin(static_cast<std::size_t>(std::max(0, indent)), ' ');
  while (true) {
    const std::string lead = lines.empty() ? std::string() : margin;
    const int room = width - display_width(lead);
    if (display_width(rest) <= room) {
      lines.push_back(lead + rest);
      break;
    }
    // The last space that leaves the head within `room` columns.
    std::size_t cut = std::string::npos;
    int columns = 0;
    for (std::size_t i = 0; i < rest.size() && columns <= room; ++i) {
      if ((static_cast<unsigned char>(rest[i]) & 0xC0) == 0x80) continue;
      if (rest[i] == ' ' && i > 0) cut = i;
      ++columns;
    }
    if (cut == std::string::npos || room < 8) {
      lines.push_back(lead + shorten(rest, room, options.ascii));
      break;
    }
    std::string head = rest.substr(0, cut);
    while (!head.empty() && head.back() == ' ')
      head.pop_back();
    lines.push_back(lead + head);
    const auto next = rest.find_first_not_of(' ', cut);
    if (next == std::string::npos) break;
    rest = rest.substr(next);
  }
  return lines;
}

std::string fit(std::string_view text, int width, const TextOptions& options) {
  return shorten(options.ascii ? to_ascii(text) : std::string(text), width, options.ascii);
}

}  // namespace regsim::report::detail
