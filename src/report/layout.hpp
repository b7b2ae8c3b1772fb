// Internal: the columns of a text chart (marker, name, figures, bars) and its header.
#pragma once

#include <string>
#include <vector>

#include "chart.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/report/options.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report::detail {

/// A right-aligned figure column before the bars ("Days", "Clock").
struct Column {
  std::string heading;
  int width = 5;
};

/// Where everything goes on a line: "M name figures bars".
struct Layout {
  int width = 100;
  int name_width = 8;
  std::vector<Column> figures;
  TimeAxis axis;

  /// Columns before the bars: marker, space, name, then " figure" each, then a space.
  int prefix() const;
  /// One chart row; `name` is shortened to fit, `chart` is already drawn.
  std::string row(std::string_view marker, std::string_view name,
                  const std::vector<std::string>& figures, const std::string& chart,
                  bool ascii) const;
  /// The date header (two label lines with the column headings) and a ruler.
  std::vector<std::string> header(const TextOptions& options) const;
  /// A ruler under the rows.
  std::string rule(const TextOptions& options) const;
};

/// The name column takes the longest name, up to 30% of the width (at least
/// 8); the bars get the rest, over [first, last].
Layout plan_layout(const std::vector<std::string>& names, std::vector<Column> figures,
                   calendar::Date first, calendar::Date last, const TextOptions& options);

/// The first and last day a chart of these timelines must show: every task's ready and
/// finish day and every deadline's due date. Both not-a-date when nothing is dated.
std::pair<calendar::Date, calendar::Date> date_range(
    const std::vector<const sim::Timeline*>& timelines);

/// The row under a chart that numbers each deadline (1-9, first digit) under the column of
/// its due date, drawn; a deadline whose column is taken keeps no number.
std::string deadline_feet(const std::vector<sim::DeadlineResult>& deadlines, const Layout& layout,
                          const TextOptions& options);

/// The name a report shows for a task: its name, "(N rounds)" appended for rework.
std::string row_name(const model::Task* task, const sim::TaskTiming* timing, std::string_view id);

/// "→" or "->".
const char* arrow(bool ascii);

/// One sentence on a deadline result: "295 clock days, submission → approval: used 280,
/// met with 15 to spare (due 2027-01-05)".
std::string deadline_sentence(const model::Deadline* deadline, const sim::DeadlineResult& result,
                              bool ascii);

/// The legend of the glyphs and the scale, flowed over `options.width`.
/// With `tracked` (a status), also the glyphs of actual work and of the as-of line.
std::vector<std::string> legend(const TimeAxis& axis, const TextOptions& options,
                                bool tracked = false);

/// `text` (made ASCII in ASCII mode) word-wrapped over lines of at most `width` columns,
/// continuation lines indented by `indent` spaces.
std::vector<std::string> wrap(std::string_view text, int width, int indent,
                              const TextOptions& options);

/// Text made safe for the options: ASCII-only in ASCII mode, then shortened to `width`.
std::string fit(std::string_view text, int width, const TextOptions& options);

}  // namespace regsim::report::detail
