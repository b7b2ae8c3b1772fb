// Options shared by the renderers: output format, width, ASCII mode and colour.
#pragma once

#include <optional>
#include <string_view>

namespace regsim::report {

/// The formats the schedule and compare reports are rendered in.
enum class Format {
  text,     ///< text tables (schedule) or the two-bar Gantt (compare), for a terminal or e-mail
  gantt,    ///< the text Gantt chart of one scenario (schedule); compare's text is a Gantt too
  md,       ///< Markdown: tables plus the Gantt in a code block
  csv,      ///< RFC 4180, one row per task and scenario
  json,     ///< the documented, versioned schema of docs/json-schema.md
  html,     ///< a self-contained HTML page with the SVG Gantt and tables (docs/exports.md)
  svg,      ///< the SVG Gantt alone
  mermaid,  ///< a Mermaid gantt with absolute dates
  ics,      ///< iCalendar (RFC 5545): milestones, decisions and deadlines
  tjp,      ///< a TaskJuggler 3 project that tj3 schedules to the same dates
  mspdi,    ///< MS Project XML
  xlsx,     ///< an Excel workbook (bytes, not text): date cells, a sheet per scenario, a Gantt
};

/// Whether `format` is an export of one scenario to another tool (mermaid, ics, tjp,
/// mspdi) rather than a report; html and svg draw one or many scenarios.
bool is_single_scenario_export(Format format);

/// The format named `name` ("text", "gantt", "md", "csv", "json", "html", "svg", "mermaid",
/// "ics", "tjp", "mspdi", "xlsx"), or std::nullopt.
std::optional<Format> parse_format(std::string_view name);

/// The narrowest text report the renderers produce; narrower widths are an error.
inline constexpr int min_width = 40;
/// The widest text report the renderers produce (a sanity bound, not a layout goal).
inline constexpr int max_width = 1000;

/// How a text report is laid out. The renderer never reads the environment or asks
/// whether it writes to a terminal: the caller decides `color` (the CLI sets it only
/// when stdout is a terminal and NO_COLOR is unset).
struct TextOptions {
  int width = 100;     ///< no line is wider, in display columns (min_width..max_width)
  bool ascii = false;  ///< pure 7-bit ASCII output, for plain-text mail
  bool color = false;  ///< ANSI colour escapes (never counted as columns)
};

}  // namespace regsim::report
