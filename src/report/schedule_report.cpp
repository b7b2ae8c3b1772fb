#include "regsim/report/schedule_report.hpp"

#include "regsim/error.hpp"
#include "regsim/report/csv.hpp"
#include "regsim/report/exports.hpp"
#include "regsim/report/gantt.hpp"
#include "regsim/report/html.hpp"
#include "regsim/report/markdown.hpp"

namespace regsim::report {

std::string render_schedule(const ScheduledRun& run, Format format, const TextOptions& options) {
  const ScheduledPathway scheduled{run.pathway, run.timeline};
  switch (format) {
    case Format::html:
      return render_html_report({scheduled});
    case Format::svg:
      return render_svg_gantt({scheduled});
    case Format::mermaid:
      return render_mermaid(scheduled);
    case Format::ics:
      return render_icalendar(scheduled);
    case Format::tjp:
      return render_taskjuggler(scheduled);
    case Format::mspdi:
      return render_mspdi(scheduled);
    case Format::text:
      return render_gantt(run, options);
    case Format::md:
      return render_gantt_markdown(run, options);
    case Format::csv:
      return render_csv({run});
    case Format::json:
      break;
  }
  // The timeline JSON lives in io so that one writer owns the schema.
  throw Error("render_schedule does not write JSON; use io::timeline_to_json");
}

}  // namespace regsim::report
