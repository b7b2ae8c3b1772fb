// `regsim explain`: the waterfall of a scenario's change in text, Markdown, JSON and HTML.
#include "regsim/report/explanation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "export_text.hpp"
#include "html_page.hpp"
#include "json_writer.hpp"
#include "layout.hpp"
#include "regsim/schemas.hpp"
#include "regsim/version.hpp"

namespace regsim::report {
namespace {

using analysis::Explanation;
using analysis::Waterfall;

// Three decimals: a Shapley value is a fraction with n! below it.
double rounded(double days) {
  const double r = std::round(days * 1000) / 1000;
  return r == 0 ? 0.0 : r;  // no "-0"
}

// "-88", "-12.5", "+3.333": whole days without decimals, others with up to three.
std::string days_text(double days) {
  const double r = rounded(days);
  if (r == 0) return "0";
  if (r == std::round(r)) return fmt::format("{:+.0f}", r);
  std::string text = fmt::format("{:+.3f}", r);
  while (text.back() == '0')
    text.pop_back();
  return text;
}

std::string sources_text(const analysis::LeverInfo& lever) {
  std::string text;
  for (const auto& source : lever.sources)
    text += (text.empty() ? "" : ", ") + source;
  return text.empty() ? "none" : text;
}

std::string heading(const Explanation& e) {
  const std::string title = e.scenario_title.empty() ? e.scenario_id : e.scenario_title;
  return fmt::format("{}: baseline -> {} ({})", e.pathway_id, e.scenario_id, title);
}

std::string measure_line(const Explanation& e, const Waterfall& w) {
  std::string how = "deterministic schedule";
  if (w.measure != "deterministic" && e.portfolio) {
    how = fmt::format(
        "{} lead time per application of the portfolio, {} runs of {:.1f} applications, seed "
        "{}, warm-up {} days, the same arrivals for every subset",
        w.measure, e.runs, e.applications_per_run, e.seed, e.warmup_days);
  } else if (w.measure != "deterministic") {
    how = fmt::format("{} of {} runs, seed {}, common random numbers", w.measure, e.runs, e.seed);
  } else if (e.portfolio) {
    how = "deterministic schedule of one application alone";
  }
  return fmt::format("{}: {:g} -> {:g} days ({})", how, w.baseline_days, w.scenario_days,
                     days_text(w.total_days()));
}

void write_levers(detail::JsonWriter& json, const Explanation& e, const Waterfall& w,
                  bool details) {
  json.key("levers");
  json.begin_array();
  for (std::size_t i = 0; i < e.levers.size(); ++i) {
    const auto& lever = e.levers[i];
    json.begin_object();
    json.field("id", lever.id);
    if (details) {
      json.field("title", lever.title);
      json.field("scenario", lever.scenario);
      json.key("sources");
      json.begin_array();
      for (const auto& source : lever.sources)
        json.value(source);
      json.end_array();
      json.field("estimate", lever.estimate);
    }
    json.field("days", rounded(w.in_order[i]));
    json.field("shapley_days", rounded(w.shapley[i]));
    json.end_object();
  }
  json.end_array();
}

void write_totals(detail::JsonWriter& json, const Waterfall& w) {
  json.field("baseline_days", rounded(w.baseline_days));
  json.field("scenario_days", rounded(w.scenario_days));
  json.field("total_days", rounded(w.total_days()));
}

}  // namespace

std::string render_explanation_json(const Explanation& e, int indent) {
  detail::JsonWriter json(indent);
  json.begin_object();
  json.field("schema", explain_schema);
  json.field("regsim", version_string);
  json.field("pathway", e.pathway_id);
  json.field("scenario", e.scenario_id);
  json.field("schedules", e.schedules);
  const Waterfall& deterministic = e.waterfalls.front();
  write_totals(json, deterministic);
  write_levers(json, e, deterministic, true);
  if (e.runs > 0) {
    json.field("runs", e.runs);
    json.field("seed", e.seed);
    if (e.portfolio) {
      json.key("portfolio");
      json.begin_object();
      json.field("warmup_days", e.warmup_days);
      json.field("applications_per_run", std::round(e.applications_per_run * 10) / 10);
      json.end_object();
    }
    json.key("percentiles");
    json.begin_array();
    for (std::size_t k = 1; k < e.waterfalls.size(); ++k) {
      json.begin_object();
      json.field("measure", e.waterfalls[k].measure);
      write_totals(json, e.waterfalls[k]);
      write_levers(json, e, e.waterfalls[k], false);
      json.end_object();
    }
    json.end_array();
  }
  json.end_object();
  return json.take(true);
}

std::string render_explanation_text(const Explanation& e, const TextOptions& options) {
  std::string out;
  const auto line = [&](std::string_view text) {
    for (const auto& l : detail::wrap(text, options.width, 2, options))
      out += l + "\n";
  };
  line(heading(e));
  std::size_t id_width = 5;  // "total"
  for (const auto& lever : e.levers)
    id_width = std::max(id_width, lever.id.size());
  id_width = std::min<std::size_t>(id_width, static_cast<std::size_t>(options.width) / 3);
  const int bar_room = std::max(0, options.width - static_cast<int>(id_width) - 2 * 11 - 2);
  for (const auto& w : e.waterfalls) {
    out += "\n";
    line(measure_line(e, w));
    double largest = 0;
    for (const double d : w.shapley)
      largest = std::max(largest, std::abs(d));
    out += fmt::format("{:<{}} {:>10} {:>10}\n", "lever", id_width, "in order", "Shapley");
    for (std::size_t i = 0; i < e.levers.size(); ++i) {
      const double d = w.shapley[i];
      const int bar =
          largest > 0 ? static_cast<int>(std::lround(std::abs(d) / largest * bar_room)) : 0;
      std::string row =
          fmt::format("{:<{}} {:>10} {:>10}  {}",
                      detail::fit(e.levers[i].id, static_cast<int>(id_width), options), id_width,
                      days_text(w.in_order[i]), days_text(d),
                      std::string(static_cast<std::size_t>(bar), d < 0 ? '-' : '+'));
      while (row.back() == ' ')
        row.pop_back();  // no trailing spaces when there is no bar
      out += row + "\n";
    }
    out += fmt::format("{:<{}} {:>10} {:>10}\n", "total", id_width, days_text(w.total_days()),
                       days_text(w.total_days()));
  }
  out += "\n";
  line("Levers (in the order applied):");
  for (const auto& lever : e.levers) {
    std::string text = "- " + lever.id + (lever.title.empty() ? "" : ": " + lever.title) +
                       ". Sources: " + sources_text(lever) + ".";
    if (!lever.estimate.empty()) text += " Estimate: " + lever.estimate;
    line(text);
  }
  return out;
}

std::string render_explanation_markdown(const Explanation& e) {
  std::string out = "# " + heading(e) + "\n";
  for (const auto& w : e.waterfalls) {
    out += "\n" + measure_line(e, w) + "\n\n";
    out += "| lever | in order (days) | Shapley (days) |\n| --- | ---: | ---: |\n";
    for (std::size_t i = 0; i < e.levers.size(); ++i) {
      out += fmt::format("| `{}` | {} | {} |\n", e.levers[i].id, days_text(w.in_order[i]),
                         days_text(w.shapley[i]));
    }
    out +=
        fmt::format("| total | {} | {} |\n", days_text(w.total_days()), days_text(w.total_days()));
  }
  out += "\n| lever | title | sources | estimate |\n| --- | --- | --- | --- |\n";
  for (const auto& lever : e.levers) {
    out += fmt::format("| `{}` | {} | {} | {} |\n", lever.id, lever.title, sources_text(lever),
                       lever.estimate);
  }
  return out;
}

namespace {

// A horizontal waterfall: the baseline bar, one bar per lever from the running total
// (Shapley days), the scenario bar.
std::string waterfall_svg(const Explanation& e, const Waterfall& w) {
  constexpr int label = 220, plot = 480, row = 24;
  const int rows = static_cast<int>(e.levers.size()) + 2;
  double top = std::max(w.baseline_days, w.scenario_days);
  double running = w.baseline_days;
  for (const double d : w.shapley) {
    running += d;
    top = std::max(top, running);
  }
  const auto x = [&](double days) { return label + (top > 0 ? days / top * plot : 0.0); };
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\">\n",
      label + plot + 80, rows * row + 8);
  const auto bar = [&](int i, const std::string& name, double from, double to, const char* colour,
                       const std::string& value) {
    const double left = x(std::min(from, to));
    const double width = std::max(1.0, std::abs(x(to) - x(from)));
    svg += fmt::format(
        "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text>"
        "<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"/>"
        "<text x=\"{:.1f}\" y=\"{}\" font-size=\"12\">{}</text>\n",
        label - 6, i * row + 17, detail::xml_escape(name), left, i * row + 5, width, row - 8,
        colour, left + width + 4, i * row + 17, value);
  };
  bar(0, "baseline", 0, w.baseline_days, "#7a8699", fmt::format("{:g}", w.baseline_days));
  running = w.baseline_days;
  for (std::size_t i = 0; i < e.levers.size(); ++i) {
    const double d = w.shapley[i];
    bar(static_cast<int>(i) + 1, e.levers[i].id, running, running + d,
        d < 0 ? "#1b7f3b" : "#b00020", days_text(d));
    running += d;
  }
  bar(rows - 1, e.scenario_id, 0, w.scenario_days, "#3b5bdb", fmt::format("{:g}", w.scenario_days));
  return svg + "</svg>\n";
}

}  // namespace

std::string render_explanation_html(const Explanation& e) {
  std::string html = detail::open_html_page(heading(e));
  for (const auto& w : e.waterfalls) {
    html += "<h2>" + detail::xml_escape(measure_line(e, w)) + "</h2>\n<figure>\n";
    html += waterfall_svg(e, w) + "</figure>\n";
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < e.levers.size(); ++i) {
      rows.push_back(
          {detail::xml_escape(e.levers[i].id), days_text(w.in_order[i]), days_text(w.shapley[i])});
    }
    rows.push_back({"total", days_text(w.total_days()), days_text(w.total_days())});
    html += detail::html_table({"lever", "in order (days)", "Shapley (days)"}, rows);
  }
  html += "<h2>Levers</h2>\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& lever : e.levers) {
    rows.push_back({detail::xml_escape(lever.id), detail::xml_escape(lever.title),
                    detail::xml_escape(sources_text(lever)), detail::xml_escape(lever.estimate)});
  }
  html += detail::html_table({"lever", "title", "sources", "estimate"}, rows);
  return html + detail::close_html_page(
                    "Shapley: each lever's change averaged over every order of the levers.");
}

}  // namespace regsim::report
