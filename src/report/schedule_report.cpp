#include "regsim/report/schedule_report.hpp"

#include "regsim/error.hpp"
#include "regsim/report/comparison.hpp"
#include "regsim/report/comparison_json.hpp"
#include "regsim/report/csv.hpp"
#include "regsim/report/exports.hpp"
#include "regsim/report/gantt.hpp"
#include "regsim/report/html.hpp"
#include "regsim/report/markdown.hpp"
#include "regsim/report/percentile_table.hpp"
#include "regsim/report/simulation_view.hpp"
#include "regsim/report/timeline_json.hpp"
#include "regsim/report/timeline_table.hpp"
#include "regsim/report/xlsx.hpp"

namespace regsim::report {

std::string render_schedule(const analysis::ScheduledScenario& run, Format format,
                            const TextOptions& options) {
  switch (format) {
    case Format::html:
      return render_html_report(run);
    case Format::svg:
      return render_svg_gantt(run);
    case Format::mermaid:
      return render_mermaid(run);
    case Format::ics:
      return render_icalendar(run);
    case Format::tjp:
      return render_taskjuggler(run);
    case Format::mspdi:
      return render_mspdi(run);
    case Format::text: {
      const std::string variance = render_variance_table(run, options.width);
      return render_timeline_table(run.timeline, options) +
             (variance.empty() ? "" : "\n" + variance);
    }
    case Format::gantt:
      return render_gantt(run, options);
    case Format::md:
      return render_gantt_markdown(run, options);
    case Format::csv:
      return render_csv(run);
    case Format::json:
      return render_timeline_json(run.timeline, 2, run.plan ? &*run.plan : nullptr);
    case Format::xlsx:
      return render_xlsx(run);
  }
  throw Error("render_schedule: unknown format");
}

std::string render_comparison_report(const analysis::Comparison& comparison, Format format,
                                     const TextOptions& options, const PictureOptions& picture,
                                     const std::vector<analysis::SimulationSummary>& monte_carlo) {
  switch (format) {
    case Format::text:
    case Format::gantt:  // the comparison's text is a Gantt already
      return render_comparison(comparison, options) +
             (monte_carlo.empty() ? ""
                                  : render_percentile_table(monte_carlo, false, options.width));
    case Format::md:
      return render_comparison_markdown(comparison, options) +
             (monte_carlo.empty() ? "" : render_percentile_table(monte_carlo, true, options.width));
    case Format::csv:
      return render_csv(comparison, monte_carlo);
    case Format::json:
      return render_comparison_json(comparison, true, monte_carlo);
    case Format::html:
      return render_html_report(comparison, distribution_views(comparison, monte_carlo), picture);
    case Format::svg:
      return render_svg_gantt(comparison, picture);
    case Format::xlsx:
      return render_xlsx(comparison, monte_carlo);
    case Format::mermaid:
    case Format::ics:
    case Format::tjp:
    case Format::mspdi:
      break;
  }
  throw Error("render_comparison_report: that format exports one scenario; use render_schedule");
}

}  // namespace regsim::report
