// Internal: the drawing primitives shared by the Gantt and the comparison chart.
#pragma once

#include <string>
#include <vector>

#include "regsim/model/task.hpp"
#include "regsim/report/options.hpp"
#include "regsim/report/time_axis.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report::detail {

/// What a chart cell shows; each ink has a glyph and a colour.
enum class Ink {
  empty,
  running,          ///< task time with the agency clock running
  critical,         ///< as running, on the critical path (same glyph, red when coloured)
  stopped,          ///< task time with the agency clock stopped
  resource_wait,    ///< ready but queueing for a reviewer pool
  sitting_wait,     ///< work done, waiting for the committee's sitting
  milestone,        ///< ◆
  point,            ///< a zero-length task that is not a milestone
  deadline_met,     ///< a deadline line, met
  deadline_missed,  ///< a deadline line, missed
  text,             ///< a label written into the chart (a date, "removed")
  actual,           ///< task time before the as-of date of a status: it happened
  as_of,            ///< the as-of line of a status
};

/// The glyph of an ink (one display column), Unicode or ASCII.
const char* glyph(Ink ink, bool ascii);

/// One line of chart cells, each holding an ink and, for Ink::text, one character.
struct ChartLine {
  std::vector<Ink> inks;
  std::string letters;  ///< the character of each Ink::text cell (ASCII), else ' '

  explicit ChartLine(int columns) : inks(columns, Ink::empty), letters(columns, ' ') {}
  int columns() const { return static_cast<int>(inks.size()); }
  /// Writes ASCII `text` from `column` on, moved left when it would pass the line's end.
  void write(int column, std::string_view text);
};

/// Paints one task's bar: waits, work (by its clock), or a ◆ for zero-length tasks.
/// Nothing for skipped tasks. Where one column covers days of several kinds, the kind
/// with most days wins, waits winning ties; a wait of at least a day always keeps at
/// least one column so that it stays visible.
void paint_task(ChartLine& line, const TimeAxis& axis, const sim::TaskTiming& timing,
                const model::Task* task);

/// Writes `text` (ASCII) next to the milestone at `column`: to its right when it fits
/// before the line's end, else to its left.
void label_point(ChartLine& line, int column, std::string_view text);

/// Draws a deadline's vertical line at `column` in the empty cells of `line`.
void paint_deadline(ChartLine& line, int column, bool met);

/// With a status: repaints the work of a started task before `as_of` as Ink::actual, and
/// draws the as-of line at its column in the empty cells of `line`.
void paint_actual(ChartLine& line, const TimeAxis& axis, const sim::TaskTiming& timing,
                  calendar::Date as_of);

/// The cells as text; with colour, runs of one ink are wrapped in ANSI escapes.
std::string draw(const ChartLine& line, const TextOptions& options);

/// A horizontal rule of `width` columns with `tick` glyphs at `ticks` (chart-relative,
/// shifted by `offset`).
std::string ruler(int width, int offset, const std::vector<int>& ticks, bool ascii);

/// `text` wrapped in an ANSI SGR escape when colour is on.
std::string paint(std::string_view text, const char* sgr, bool color);

/// Lays out legend items ("█ agency clock running") over lines of at most `width`
/// columns, two spaces apart, the first line starting with `lead`.
std::vector<std::string> flow(const std::vector<std::string>& items, std::string_view lead,
                              int width);

/// Throws regsim::Error unless min_width <= options.width <= max_width.
void check_width(const TextOptions& options);

}  // namespace regsim::report::detail
