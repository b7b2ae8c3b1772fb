#include "regsim/report/html.hpp"

#include <fmt/format.h>

#include "export_text.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/version.hpp"
#include "svg_charts.hpp"
#include "svg_scale.hpp"

namespace regsim::report {
namespace {

using detail::xml_escape;

constexpr const char* style = R"(
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: #1d2330; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
p.meta { color: #5b6472; margin: 0 0 16px; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
th, td { border-bottom: 1px solid #e3e6ea; padding: 5px 10px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #f6f7f9; font-weight: 600; }
td.better { color: #1b7f3b; } td.worse { color: #b00020; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure { margin: 0; overflow-x: auto; }
footer { color: #8a93a0; font-size: 12px; margin-top: 32px; }
)";

std::string signed_days(int days) {
  if (days == 0) return "±0";
  return fmt::format("{:+d}", days);
}

std::string delta_cell(int reference, int value) {
  const int delta = value - reference;
  const double percent = reference == 0 ? 0.0 : 100.0 * delta / reference;
  return fmt::format("<td class=\"{}\">{} ({:+.1f}%)</td>",
                     delta < 0 ? "better" : (delta > 0 ? "worse" : ""), signed_days(delta),
                     percent);
}

std::string scenario_label(const std::vector<ScheduledPathway>& scenarios, std::size_t s) {
  return fmt::format("<span class=\"swatch\" style=\"background:{}\"></span>{}",
                     detail::scenario_colour(s), xml_escape(scenarios[s].timeline.scenario_id));
}

std::string summary_table(const std::vector<ScheduledPathway>& scenarios) {
  std::string html =
      "<table><tr><th>Scenario</th><th>Start</th><th>Finish</th><th>Calendar days</th>"
      "<th>Clock days</th><th>Change</th></tr>\n";
  const auto& reference = scenarios.front().timeline;
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& timeline = scenarios[s].timeline;
    html +=
        fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>{}</tr>\n",
                    scenario_label(scenarios, s), calendar::to_iso(timeline.start),
                    calendar::to_iso(timeline.finish), timeline.calendar_days, timeline.clock_days,
                    s == 0 ? std::string("<td>reference</td>")
                           : delta_cell(reference.calendar_days, timeline.calendar_days));
  }
  return html + "</table>\n";
}

std::string milestone_table(const std::vector<ScheduledPathway>& scenarios) {
  std::string html = "<table><tr><th>Milestone</th>";
  for (std::size_t s = 0; s < scenarios.size(); ++s)
    html += "<th>" + scenario_label(scenarios, s) + "</th>";
  html += "</tr>\n";
  const auto& reference = scenarios.front();
  for (std::size_t t = 0; t < reference.pathway.tasks.size(); ++t) {
    const auto& task = reference.pathway.tasks[t];
    if (task.kind != model::TaskKind::milestone && task.kind != model::TaskKind::decision) continue;
    html += "<tr><td>" + xml_escape(detail::display_name(task)) + "</td>";
    const int reference_days =
        calendar::days_between(reference.timeline.start, reference.timeline.tasks[t].finish);
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      const auto* timing = scenarios[s].timeline.find(task.id);
      if (timing == nullptr || timing->skipped) {
        html += "<td>—</td>";
        continue;
      }
      const int days = calendar::days_between(scenarios[s].timeline.start, timing->finish);
      html +=
          fmt::format("<td>{}<br><small>day {}{}</small></td>", calendar::to_iso(timing->finish),
                      days, s == 0 ? "" : ", " + signed_days(days - reference_days));
    }
    html += "</tr>\n";
  }
  return html + "</table>\n";
}

std::string deadline_table(const std::vector<ScheduledPathway>& scenarios) {
  std::string rows;
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& scheduled = scenarios[s];
    for (std::size_t d = 0; d < scheduled.timeline.deadlines.size(); ++d) {
      const auto& result = scheduled.timeline.deadlines[d];
      const auto basis = describe(result.basis);
      rows += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{} {}</td><td>{}</td><td class=\"{}\">{} by "
          "{}</td></tr>\n",
          scenario_label(scenarios, s), xml_escape(result.deadline_id), result.limit, basis,
          result.used, result.met ? "better" : "worse", result.met ? "met" : "missed",
          std::abs(result.margin));
    }
  }
  if (rows.empty()) return "<p>No deadlines are stated for this pathway.</p>\n";
  return "<table><tr><th>Scenario</th><th>Deadline</th><th>Limit</th><th>Used</th><th>Result</th></"
         "tr>\n" +
         rows + "</table>\n";
}

}  // namespace

std::string render_html_report(const std::vector<ScheduledPathway>& scenarios,
                               const std::vector<DistributionView>& distributions,
                               const PictureOptions& options) {
  const std::string title =
      options.title.empty() && !scenarios.empty() ? scenarios.front().pathway.title : options.title;
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += fmt::format("<title>{} — regsim</title>\n<style>{}</style>\n</head>\n<body>\n",
                      xml_escape(title), style);
  html += fmt::format("<h1>{}</h1>\n", xml_escape(title));
  if (!scenarios.empty()) {
    const auto& pathway = scenarios.front().pathway;
    html += fmt::format("<p class=\"meta\">{} · {} · calendar {} · {} scenario{}</p>\n",
                        xml_escape(pathway.id), xml_escape(pathway.jurisdiction),
                        xml_escape(pathway.calendar), scenarios.size(),
                        scenarios.size() == 1 ? "" : "s");
    html += "<h2>Summary</h2>\n" + summary_table(scenarios);
    html += "<h2>Timeline</h2>\n<figure>" + render_svg_gantt(scenarios, options) + "</figure>\n";
    html += "<h2>Milestones</h2>\n" + milestone_table(scenarios);
    html += "<h2>Deadlines</h2>\n" + deadline_table(scenarios);
  }
  if (!distributions.empty()) html += "<h2>Uncertainty (Monte Carlo)</h2>\n";
  for (std::size_t d = 0; d < distributions.size(); ++d) {
    const auto& view = distributions[d];
    std::string percentiles;
    for (const auto& [label, day] : view.percentiles) {
      percentiles += fmt::format("{}{} {:.0f} days", percentiles.empty() ? "" : " · ", label, day);
    }
    html +=
        fmt::format("<h3>{} — {}</h3>\n<p class=\"meta\">{} runs · {}</p>\n<div class=\"charts\">",
                    xml_escape(view.scenario_id), xml_escape(view.milestone), view.runs,
                    xml_escape(percentiles));
    html += detail::svg_histogram(view, d) + detail::svg_s_curve(view, d);
    if (!view.sensitivity.empty()) html += detail::svg_tornado(view, d);
    html += "</div>\n";
  }
  html += fmt::format(
      "<footer>Generated by regsim {}. Dates are ISO 8601; days are calendar days "
      "unless marked as clock days.</footer>\n</body>\n</html>\n",
      version_string);
  return html;
}

}  // namespace regsim::report
