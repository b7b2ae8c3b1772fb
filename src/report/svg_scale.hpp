// The time axis of the SVG pictures, and the colours of scenarios (internal).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/report/html.hpp"

namespace regsim::report::detail {

/// The scenarios one picture shows, the first being the reference.
using Pictured = std::vector<const analysis::ScheduledScenario*>;

/// The baseline, then each scenario of `comparison`.
Pictured pictured(const analysis::Comparison& comparison);

/// render_svg_gantt() of any list of scenarios.
std::string render_svg_gantt(const Pictured& scenarios, const PictureOptions& options);

/// Maps dates linearly onto [left, right] pixels, with ticks at readable boundaries.
class TimeScale {
 public:
  struct Tick {
    calendar::Date date;
    std::string label;
  };
  TimeScale(calendar::Date first, calendar::Date last, double left, double right);
  /// Covers every task and deadline of every scenario, with a little margin.
  static TimeScale covering(const Pictured& scenarios, double left, double right);

  double x(calendar::Date date) const;
  /// Week, month or quarter boundaries, whichever gives at most ~14 ticks.
  std::vector<Tick> ticks() const;

 private:
  calendar::Date first_, last_;
  double left_, right_;
};

/// Places the labels of vertical lines (P-lines, deadlines) so that none touches another
/// or leaves the picture: a label starts just right of its line, or ends just left of it
/// when it would pass `limit`; one that would come within 4 px of a label already placed
/// goes one row further, as many rows as it takes.
class LabelRows {
 public:
  struct Placed {
    double x;         ///< where the text is anchored
    bool flipped;     ///< anchored at its end (left of the line)
    std::size_t row;  ///< 0: the first row
  };
  explicit LabelRows(double limit) : limit_(limit) {}
  /// Places a label `width` px wide beside the line at `line_x`.
  Placed place(double line_x, double width);
  /// Rows used so far.
  std::size_t rows() const { return rows_.size(); }

 private:
  double limit_;
  std::vector<std::vector<std::pair<double, double>>> rows_;  ///< placed [from, to] per row
};

/// The fonts of every picture and page: the system's UI font for Latin text, then fonts
/// with Hangul, kana and CJK ideographs on Linux (Noto CJK), Windows (Malgun Gothic, Yu
/// Gothic) and macOS (Apple SD Gothic Neo, Hiragino), so Korean and Japanese task names
/// never fall back to empty boxes where such a font exists. Quoted with ', for use inside
/// an XML attribute or a CSS rule alike.
inline constexpr const char* font_stack =
    "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK KR', 'Noto Sans CJK JP', "
    "'Malgun Gothic', 'Apple SD Gothic Neo', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', "
    "'Yu Gothic', sans-serif";

/// A colour-blind-safe palette (Tableau 10), cycled by scenario index.
const char* scenario_colour(std::size_t scenario);

}  // namespace regsim::report::detail
