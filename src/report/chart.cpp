#include "chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "regsim/error.hpp"
#include "regsim/report/text.hpp"

namespace regsim::report::detail {
namespace {

// Colours by meaning: red is kept for the critical path and missed deadlines.
const char* colour_of(Ink ink) {
  switch (ink) {
    case Ink::running:
      return "34";
    case Ink::critical:
      return "31";
    case Ink::stopped:
      return "33";
    case Ink::resource_wait:
    case Ink::sitting_wait:
      return "90";
    case Ink::milestone:
    case Ink::point:
      return "1";
    case Ink::deadline_met:
      return "32";
    case Ink::deadline_missed:
      return "1;31";
    case Ink::actual:
      return "36";
    case Ink::as_of:
      return "35";
    case Ink::empty:
    case Ink::text:
      return nullptr;
  }
  return nullptr;
}

}  // namespace

const char* glyph(Ink ink, bool ascii) {
  switch (ink) {
    case Ink::empty:
    case Ink::text:
      return " ";
    case Ink::running:
    case Ink::critical:
      return ascii ? "#" : "\u2588";  // █
    case Ink::stopped:
      return ascii ? "=" : "\u2591";  // ░
    case Ink::resource_wait:
      return ascii ? "." : "\u00b7";  // ·
    case Ink::sitting_wait:
      return ascii ? "~" : "\u254c";  // ╌
    case Ink::milestone:
      return ascii ? "*" : "\u25c6";  // ◆
    case Ink::point:
      return ascii ? "o" : "\u25c7";  // ◇
    case Ink::deadline_met:
    case Ink::deadline_missed:
      return ascii ? "|" : "\u2502";  // │
    case Ink::actual:
      return ascii ? "A" : "\u2593";  // ▓
    case Ink::as_of:
      return ascii ? ":" : "\u250a";  // ┊
  }
  return " ";
}

void ChartLine::write(int column, std::string_view text) {
  // Labels near the right edge move left rather than lose their end.
  column = std::max(0, std::min(column, columns() - static_cast<int>(text.size())));
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int at = column + static_cast<int>(i);
    if (at < 0 || at >= columns()) continue;
    inks[static_cast<std::size_t>(at)] = Ink::text;
    letters[static_cast<std::size_t>(at)] = text[i];
  }
}

void paint_task(ChartLine& line, const TimeAxis& axis, const sim::TaskTiming& timing,
                const model::Task* task) {
  if (timing.skipped) return;
  const bool clock_runs = task == nullptr || task->clock_runs;
  const Ink work = !clock_runs ? Ink::stopped : timing.critical ? Ink::critical : Ink::running;
  const int columns = line.columns();
  auto set = [&](int column, Ink ink) {
    if (column >= 0 && column < columns) line.inks[static_cast<std::size_t>(column)] = ink;
  };

  const calendar::Date ready = std::min(timing.ready, timing.start);
  const int length = calendar::days_between(timing.start, timing.finish);
  const int queue = calendar::days_between(ready, timing.start);
  const int sitting = std::clamp(timing.sitting_wait_days, 0, std::max(length, 0));
  const int total = queue + std::max(length, 0);

  // Days of each kind per column, from `ready` on: queue, then work, then the sitting.
  const int first_column = axis.column_of(ready);
  const int last_column = axis.column_of(ready + boost::gregorian::days(std::max(total - 1, 0)));
  const auto span = static_cast<std::size_t>(last_column - first_column + 1);
  std::vector<std::array<int, 3>> counts(span, {0, 0, 0});  // queue, work, sitting
  for (int day = 0; day < total; ++day) {
    const int kind = day < queue ? 0 : day >= total - sitting ? 2 : 1;
    const int column = axis.column_of(ready + boost::gregorian::days(day)) - first_column;
    ++counts[static_cast<std::size_t>(column)][static_cast<std::size_t>(kind)];
  }
  const std::array<Ink, 3> kinds{Ink::resource_wait, work, Ink::sitting_wait};
  std::array<bool, 3> shown{false, false, false};
  for (std::size_t c = 0; c < span; ++c) {
    const auto& count = counts[c];
    // Waits first so that they win ties: they are what the reader looks for.
    std::size_t best = 0;
    for (const std::size_t kind : {std::size_t{0}, std::size_t{2}, std::size_t{1}}) {
      if (count[kind] > count[best]) best = kind;
    }
    if (count[best] == 0) continue;
    set(first_column + static_cast<int>(c), kinds[best]);
    shown[best] = true;
  }
  if (queue > 0 && !shown[0]) set(axis.column_of(ready), Ink::resource_wait);
  if (sitting > 0 && !shown[2])
    set(axis.column_of(timing.finish - boost::gregorian::days(1)), Ink::sitting_wait);

  if (length <= 0) {
    const bool milestone = task != nullptr && task->kind == model::TaskKind::milestone;
    set(axis.column_of(timing.start), milestone || task == nullptr ? Ink::milestone : Ink::point);
  }
}

void label_point(ChartLine& line, int column, std::string_view raw) {
  const std::string escaped = escape_controls(raw);
  const std::string_view text = escaped;
  const int length = static_cast<int>(text.size());
  if (column + 2 + length <= line.columns()) {
    line.write(column + 2, text);
  } else if (column - 1 - length >= 0) {
    line.write(column - 1 - length, text);
  }
}

void paint_deadline(ChartLine& line, int column, bool met) {
  if (column < 0 || column >= line.columns()) return;
  auto& ink = line.inks[static_cast<std::size_t>(column)];
  if (ink == Ink::empty) ink = met ? Ink::deadline_met : Ink::deadline_missed;
}

void paint_actual(ChartLine& line, const TimeAxis& axis, const sim::TaskTiming& timing,
                  calendar::Date as_of) {
  if (timing.progress != sim::Progress::planned && !timing.skipped) {
    const calendar::Date end = std::min(timing.finish, as_of);
    for (calendar::Date day = timing.start; day < end; day += boost::gregorian::days(1)) {
      const int column = axis.column_of(day);
      if (column < 0 || column >= line.columns()) continue;
      auto& ink = line.inks[static_cast<std::size_t>(column)];
      if (ink == Ink::running || ink == Ink::critical || ink == Ink::stopped) ink = Ink::actual;
    }
  }
  const int column = axis.column_of(as_of);
  if (column < 0 || column >= line.columns()) return;
  auto& ink = line.inks[static_cast<std::size_t>(column)];
  if (ink == Ink::empty) ink = Ink::as_of;
}

std::string draw(const ChartLine& line, const TextOptions& options) {
  std::string result;
  const char* open = nullptr;
  for (int c = 0; c < line.columns(); ++c) {
    const Ink ink = line.inks[static_cast<std::size_t>(c)];
    if (options.color) {
      const char* colour = colour_of(ink);
      if (colour != open) {
        if (open != nullptr) result += "\x1b[0m";
        if (colour != nullptr) result += fmt::format("\x1b[{}m", colour);
        open = colour;
      }
    }
    if (ink == Ink::text) {
      result += line.letters[static_cast<std::size_t>(c)];
    } else {
      result += glyph(ink, options.ascii);
    }
  }
  if (open != nullptr) result += "\x1b[0m";
  return result;
}

std::string ruler(int width, int offset, const std::vector<int>& ticks, bool ascii) {
  std::vector<bool> tick(static_cast<std::size_t>(std::max(width, 0)), false);
  for (const int t : ticks) {
    if (t + offset >= 0 && t + offset < width) tick[static_cast<std::size_t>(t + offset)] = true;
  }
  std::string result;
  for (int c = 0; c < width; ++c) {
    if (tick[static_cast<std::size_t>(c)]) {
      result += ascii ? "+" : "\u252c";  // ┬
    } else {
      result += ascii ? "-" : "\u2500";  // ─
    }
  }
  return result;
}

std::string paint(std::string_view text, const char* sgr, bool color) {
  if (!color || text.empty()) return std::string(text);
  return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
}

std::vector<std::string> flow(const std::vector<std::string>& items, std::string_view lead,
                              int width) {
  std::vector<std::string> lines;
  std::string current(lead);
  bool empty = true;
  const std::string indent(static_cast<std::size_t>(display_width(lead)), ' ');
  for (const auto& item : items) {
    const int needed = display_width(current) + (empty ? 0 : 2) + display_width(item);
    if (!empty && needed > width) {
      lines.push_back(current);
      current = indent;
      empty = true;
    }
    if (!empty) current += "  ";
    current += item;
    empty = false;
  }
  if (!empty) lines.push_back(current);
  return lines;
}

void check_width(const TextOptions& options) {
  if (options.width < min_width || options.width > max_width) {
    throw Error(fmt::format("the report width must be between {} and {} columns, not {}", min_width,
                            max_width, options.width));
  }
}

}  // namespace regsim::report::detail
