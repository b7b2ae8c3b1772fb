#include "regsim/report/html.hpp"

#include <fmt/format.h>

#include "export_text.hpp"
#include "html_page.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/version.hpp"
#include "svg_charts.hpp"
#include "svg_scale.hpp"

namespace regsim::report {
namespace {

using detail::xml_escape;

std::string signed_days(int days) {
  if (days == 0) return "±0";
  return fmt::format("{:+d}", days);
}

// A change against the reference, its percentage of the reference (0 when that is 0).
std::string delta_cell(int delta, std::optional<double> percent) {
  return fmt::format("<td class=\"{}\">{} ({:+.1f}%)</td>",
                     delta < 0 ? "better" : (delta > 0 ? "worse" : ""), signed_days(delta),
                     percent.value_or(0.0));
}

std::string scenario_label(const detail::Pictured& scenarios, std::size_t s) {
  return fmt::format("<span class=\"swatch\" style=\"background:{}\"></span>{}",
                     detail::scenario_colour(s), xml_escape(scenarios[s]->timeline.scenario_id));
}

// What the tables show: the scenarios, the first being the reference, and the comparison
// of the others with it (none for a single scenario).
struct Shown {
  detail::Pictured scenarios;
  const analysis::Comparison* comparison = nullptr;

  /// The comparison of scenario `s` (s >= 1) with the reference.
  const analysis::ScenarioComparison& against(std::size_t s) const {
    return comparison->scenarios[s - 1];
  }
};

std::string summary_table(const Shown& shown) {
  std::string html =
      "<table><tr><th>Scenario</th><th>Start</th><th>Finish</th><th>Calendar days</th>"
      "<th>Clock days</th><th>Change</th></tr>\n";
  for (std::size_t s = 0; s < shown.scenarios.size(); ++s) {
    const auto& timeline = shown.scenarios[s]->timeline;
    html +=
        fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>{}</tr>\n",
                    scenario_label(shown.scenarios, s), calendar::to_iso(timeline.start),
                    calendar::to_iso(timeline.finish), timeline.calendar_days, timeline.clock_days,
                    s == 0 ? std::string("<td>reference</td>")
                           : delta_cell(shown.against(s).calendar_days_change,
                                        shown.against(s).calendar_days_change_percent));
  }
  return html + "</table>\n";
}

// Per scenario (after the reference), its task deltas by the reference's task position.
std::vector<std::vector<const analysis::TaskDelta*>> deltas_by_reference(const Shown& shown) {
  std::vector<std::vector<const analysis::TaskDelta*>> by_position(shown.scenarios.size());
  for (std::size_t s = 1; s < shown.scenarios.size(); ++s) {
    by_position[s].resize(shown.scenarios.front()->timeline.tasks.size(), nullptr);
    for (const auto& delta : shown.against(s).tasks) {
      if (delta.baseline) by_position[s][*delta.baseline] = &delta;
    }
  }
  return by_position;
}

std::string milestone_table(const Shown& shown) {
  const auto& scenarios = shown.scenarios;
  std::string html = "<table><tr><th>Milestone</th>";
  for (std::size_t s = 0; s < scenarios.size(); ++s)
    html += "<th>" + scenario_label(scenarios, s) + "</th>";
  html += "</tr>\n";
  const auto& reference = *scenarios.front();
  const auto deltas = deltas_by_reference(shown);
  for (std::size_t t = 0; t < reference.timeline.tasks.size(); ++t) {
    const auto* task = reference.task(t);
    if (task == nullptr ||
        (task->kind != model::TaskKind::milestone && task->kind != model::TaskKind::decision)) {
      continue;
    }
    html += "<tr><td>" + xml_escape(detail::display_name(*task)) + "</td>";
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      const analysis::TaskDelta* delta = s == 0 ? nullptr : deltas[s][t];
      const auto position = s == 0             ? std::optional<std::size_t>(t)
                            : delta != nullptr ? delta->scenario
                                               : std::nullopt;
      const auto& timeline = scenarios[s]->timeline;
      if (!position || timeline.tasks[*position].skipped) {
        html += "<td>—</td>";
        continue;
      }
      const auto finish = timeline.tasks[*position].finish;
      html += fmt::format("<td>{}<br><small>day {}{}</small></td>", calendar::to_iso(finish),
                          calendar::days_between(timeline.start, finish),
                          s == 0 ? "" : ", " + signed_days(*delta->elapsed_change));
    }
    html += "</tr>\n";
  }
  return html + "</table>\n";
}

std::string deadline_table(const detail::Pictured& scenarios) {
  std::string rows;
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& scheduled = *scenarios[s];
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

std::string render_page(const Shown& shown, const std::vector<DistributionView>& distributions,
                        const PictureOptions& options) {
  const auto& scenarios = shown.scenarios;
  const std::string title = options.title.empty() && !scenarios.empty()
                                ? scenarios.front()->pathway.title
                                : options.title;
  std::string html = detail::open_html_page(title);
  if (!scenarios.empty()) {
    const auto& pathway = scenarios.front()->pathway;
    html += fmt::format("<p class=\"meta\">{} · {} · calendar {} · {} scenario{}</p>\n",
                        xml_escape(pathway.id), xml_escape(pathway.jurisdiction),
                        xml_escape(pathway.calendar), scenarios.size(),
                        scenarios.size() == 1 ? "" : "s");
    html += "<h2>Summary</h2>\n" + summary_table(shown);
    html += "<h2>Timeline</h2>\n<figure>" + detail::render_svg_gantt(scenarios, options) +
            "</figure>\n";
    html += "<h2>Milestones</h2>\n" + milestone_table(shown);
    html += "<h2>Deadlines</h2>\n" + deadline_table(scenarios);
  }
  if (!distributions.empty()) html += "<h2>Uncertainty (Monte Carlo)</h2>\n";
  if (distributions.size() > 1) {
    html += "<h3>Every scenario</h3>\n<div class=\"charts\">" +
            detail::svg_s_curves(distributions) + "</div>\n";
  }
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
  return html + detail::close_html_page(
                    "Dates are ISO 8601; days are calendar days unless marked as clock days.");
}

}  // namespace

std::string render_html_report(const analysis::ScheduledScenario& scenario,
                               const std::vector<DistributionView>& distributions,
                               const PictureOptions& options) {
  return render_page(Shown{{&scenario}, nullptr}, distributions, options);
}

std::string render_html_report(const analysis::Comparison& comparison,
                               const std::vector<DistributionView>& distributions,
                               const PictureOptions& options) {
  return render_page(Shown{detail::pictured(comparison), &comparison}, distributions, options);
}

}  // namespace regsim::report
