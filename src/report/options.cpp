#include "regsim/report/options.hpp"

namespace regsim::report {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "gantt") return Format::gantt;
  if (name == "md") return Format::md;
  if (name == "csv") return Format::csv;
  if (name == "json") return Format::json;
  if (name == "html") return Format::html;
  if (name == "svg") return Format::svg;
  if (name == "mermaid") return Format::mermaid;
  if (name == "ics") return Format::ics;
  if (name == "tjp") return Format::tjp;
  if (name == "mspdi") return Format::mspdi;
  if (name == "xlsx") return Format::xlsx;
  return std::nullopt;
}

bool is_single_scenario_export(Format format) {
  return format == Format::mermaid || format == Format::ics || format == Format::tjp ||
         format == Format::mspdi;
}

}  // namespace regsim::report
