#include "svg_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "export_text.hpp"
#include "svg_scale.hpp"

namespace regsim::report::detail {
namespace {

constexpr int chart_width = 520;
constexpr int chart_height = 240;
constexpr int left = 50, right = 505, top = 30, bottom = 200;

// The drawn heading is `title` when it fits the chart (13 px bold, ~7.4 px a character),
// else `short_title` shortened to fit; the <title> (tooltip) is always `title` whole.
std::string open_svg(const std::string& title, int height = chart_height,
                     const std::string& short_title = {}) {
  constexpr std::size_t fits = (chart_width - left - 10) * 10 / 74;  // characters
  const std::string heading = title.size() <= fits || short_title.empty()
                                  ? shorten(title, fits)
                                  : shorten(short_title, fits);
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} "
      "{1}\" "
      "font-family=\"{4}\" font-size=\"11\" role=\"img\"><title>{2}</title>"
      "<rect width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>"
      "<text x=\"{3}\" y=\"18\" font-size=\"13\" font-weight=\"600\">{5}</text>\n",
      chart_width, height, xml_escape(title), left, font_stack, xml_escape(heading));
}

struct Range {
  double low, high;
  double x(double value) const { return left + (right - left) * (value - low) / (high - low); }
};

Range day_range(const DistributionView& view) {
  double low = 1e300, high = -1e300;
  for (const auto& [day, share] : view.histogram) {
    low = std::min(low, day);
    high = std::max(high, day + view.bin_width);
  }
  for (const auto& [day, probability] : view.s_curve) {
    low = std::min(low, day);
    high = std::max(high, day);
  }
  for (const auto& deadline : view.deadlines) {  // a deadline far off shows how far
    low = std::min(low, deadline.days);
    high = std::max(high, deadline.days);
  }
  if (!(high > low)) high = low + 1;
  return {low, high};
}

void append_axis(std::string& svg, const Range& range) {
  svg += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#888\"/>\n", left,
                     right, bottom);
  const double step =
      std::max(1.0, std::pow(10.0, std::floor(std::log10(range.high - range.low))) / 2);
  for (double day = std::ceil(range.low / step) * step; day <= range.high; day += step) {
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#888\"/>"
        "<text x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\" fill=\"#555\">{4:.0f}</text>\n",
        range.x(day), bottom, bottom + 4, bottom + 16, day);
  }
  svg += fmt::format(
      "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">calendar days from "
      "the start</text>\n",
      (left + right) / 2, bottom + 32);
}

// A vertical axis at the left: `ticks` (value, label) at their heights, and `name` turned
// up the left edge.
void append_y_axis(std::string& svg, const std::vector<std::pair<double, std::string>>& ticks,
                   const std::string& name) {
  svg += fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#888\"/>\n", left,
                     top, bottom);
  for (const auto& [fraction, label] : ticks) {
    const double y = bottom - (bottom - top) * fraction;
    svg += fmt::format(
        "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#888\"/>"
        "<text x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\" fill=\"#555\">{5}</text>\n",
        left - 4, left, y, left - 6, y + 4, label);
  }
  svg += fmt::format(
      "<text transform=\"translate(11,{0}) rotate(-90)\" text-anchor=\"middle\" "
      "fill=\"#555\">{1}</text>\n",
      (top + bottom) / 2, xml_escape(name));
}

// The S-curves' vertical axis: 0-100% of runs done, with pale lines at each quarter.
void append_probability_axis(std::string& svg) {
  for (double p : {0.25, 0.5, 0.75, 1.0}) {
    svg += fmt::format(
        "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#e3e6ea\"/>\n", left,
        right, bottom - (bottom - top) * p);
  }
  append_y_axis(svg, {{0.0, "0%"}, {0.25, "25%"}, {0.5, "50%"}, {0.75, "75%"}, {1.0, "100%"}},
                "share of runs done");
}

// The percentile lines, each labelled with its day count and, when the start is known,
// its date, then the deadlines drawn on this axis, labelled with their share of runs met;
// the labels placed by LabelRows.
void append_percentiles(std::string& svg, const DistributionView& view, const Range& range) {
  constexpr double char_width = 6.6;  // generous for 11 px digits and capitals
  LabelRows rows(chart_width - 4);
  auto line = [&](double day, const std::string& text, const char* colour, const char* dashes,
                  const char* css_class) {
    const double x = range.x(day);
    const auto placed = rows.place(x, char_width * static_cast<double>(text.size()));
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"{7}\" "
        "stroke-dasharray=\"{8}\"/><text class=\"{9}\" x=\"{3:.1f}\" y=\"{4:.0f}\" "
        "text-anchor=\"{5}\" fill=\"{7}\">{6}</text>\n",
        x, top, bottom, placed.x, top + 10 + 13.0 * static_cast<double>(placed.row),
        placed.flipped ? "end" : "start", xml_escape(text), colour, dashes, css_class);
  };
  for (const auto& [label, day] : view.percentiles) {
    std::string text = fmt::format("{} {:.0f} d", label, day);
    if (!view.start.is_special()) {
      text += ", " + calendar::to_iso(view.start + boost::gregorian::days(static_cast<int>(day)));
    }
    line(day, text, "#b00020", "4,3", "percentile");
  }
  for (const auto& deadline : view.deadlines) {
    line(deadline.days,
         fmt::format("{} {:.0f} d, met in {:.0f}%", deadline.label, deadline.days,
                     deadline.met * 100),
         "#1f3b73", "8,3", "deadline");
  }
}

}  // namespace

std::string svg_histogram(const DistributionView& view, std::size_t colour_index) {
  std::string svg = open_svg("Distribution of " + view.milestone + " (" + view.scenario_id + ", " +
                                 std::to_string(view.runs) + " runs)",
                             chart_height, "Distribution of " + view.scenario_id);
  const Range range = day_range(view);
  double tallest = 0;
  for (const auto& bin : view.histogram)
    tallest = std::max(tallest, bin.second);
  if (tallest <= 0) tallest = 1;
  for (const auto& [day, share] : view.histogram) {
    const double height = (bottom - top) * share / tallest;
    svg += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
        "fill=\"{}\"><title>{:.0f}-{:.0f} "
        "days: {:.1f}% of runs</title></rect>\n",
        range.x(day), bottom - height,
        std::max(1.0, range.x(day + view.bin_width) - range.x(day) - 1), height,
        scenario_colour(colour_index), day, day + view.bin_width, share * 100);
  }
  append_y_axis(svg,
                {{0.0, "0%"},
                 {0.5, fmt::format("{:.0f}%", tallest * 50)},
                 {1.0, fmt::format("{:.0f}%", tallest * 100)}},
                "share of runs");
  append_percentiles(svg, view, range);
  append_axis(svg, range);
  return svg + "</svg>\n";
}

std::string svg_s_curve(const DistributionView& view, std::size_t colour_index) {
  std::string svg =
      open_svg("S-curve: probability of " + view.milestone + " by day N (" + view.scenario_id + ")",
               chart_height, "S-curve: " + view.scenario_id);
  const Range range = day_range(view);
  std::string points;
  for (const auto& [day, probability] : view.s_curve) {
    points += fmt::format("{:.1f},{:.1f} ", range.x(day), bottom - (bottom - top) * probability);
  }
  append_probability_axis(svg);
  svg += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>\n",
                     points, scenario_colour(colour_index));
  append_percentiles(svg, view, range);
  append_axis(svg, range);
  return svg + "</svg>\n";
}

std::string svg_tornado(const DistributionView& view, std::size_t colour_index) {
  // Each task's full name on a line of its own above its bar: names are what a reader
  // looks for, and cut at 22 characters they were not told apart.
  const std::size_t shown = std::min<std::size_t>(view.sensitivity.size(), 8);
  constexpr double row = 30;
  const int height = top + static_cast<int>(static_cast<double>(shown) * row) + 14;
  std::string svg =
      open_svg("Sensitivity of " + view.milestone + " (Spearman rank correlation)", height);
  const double centre = (left + right) / 2.0, half = (right - left) / 2.0 - 40;
  svg += fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2:.0f}\" stroke=\"#888\"/>\n",
                     centre, top, top + static_cast<double>(shown) * row);
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& [name, correlation] = view.sensitivity[i];
    const double y = top + static_cast<double>(i) * row;
    const double width = half * std::clamp(std::abs(correlation), 0.0, 1.0);
    svg += fmt::format(
        "<text class=\"task\" x=\"{}\" y=\"{:.1f}\">{}</text>"
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"12\" fill=\"{}\"/>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" fill=\"#555\">{:+.2f}</text>\n",
        10, y + 10, xml_escape(name), correlation < 0 ? centre - width : centre, y + 14, width,
        scenario_colour(colour_index), correlation < 0 ? centre - width - 4 : centre + width + 4,
        y + 24, correlation < 0 ? "end" : "start", correlation);
  }
  return svg + "</svg>\n";
}

std::string svg_s_curves(const std::vector<DistributionView>& views) {
  if (views.empty()) return {};
  // One range over every scenario, so the curves share the axis.
  DistributionView all = views.front();
  for (std::size_t v = 1; v < views.size(); ++v) {
    all.s_curve.insert(all.s_curve.end(), views[v].s_curve.begin(), views[v].s_curve.end());
    all.histogram.insert(all.histogram.end(), views[v].histogram.begin(), views[v].histogram.end());
  }
  const Range range = day_range(all);
  // The legend: a swatch and the scenario per entry, wrapped into rows under the axis.
  constexpr double char_width = 6.6;
  std::string legend;
  double x = left, y = bottom + 48;
  for (std::size_t v = 0; v < views.size(); ++v) {
    const double width = 18 + char_width * static_cast<double>(views[v].scenario_id.size());
    if (x > left && x + width > chart_width - 4) {
      x = left;
      y += 14;
    }
    legend += fmt::format(
        "<rect x=\"{:.0f}\" y=\"{:.0f}\" width=\"12\" height=\"3\" fill=\"{}\"/>"
        "<text x=\"{:.0f}\" y=\"{:.0f}\" fill=\"#333\">{}</text>\n",
        x, y - 4, scenario_colour(v), x + 16, y, xml_escape(views[v].scenario_id));
    x += width + 12;
  }
  std::string svg = open_svg("S-curve: " + views.front().milestone + " by day N, every scenario",
                             static_cast<int>(y) + 10);
  append_probability_axis(svg);
  // As steps (the empirical distribution): a scenario that always ends on one day is a
  // vertical line there, not a point nobody sees.
  auto y_of = [](double probability) { return bottom - (bottom - top) * probability; };
  for (std::size_t v = 0; v < views.size(); ++v) {
    if (views[v].s_curve.empty()) continue;
    std::string points = fmt::format("{:.1f},{:.1f} ", range.x(range.low), y_of(0));
    double reached = 0;
    for (const auto& [day, probability] : views[v].s_curve) {
      points += fmt::format("{0:.1f},{1:.1f} {0:.1f},{2:.1f} ", range.x(day), y_of(reached),
                            y_of(probability));
      reached = probability;
    }
    points += fmt::format("{:.1f},{:.1f}", range.x(range.high), y_of(reached));
    svg += fmt::format(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"><title>{}</title>"
        "</polyline>\n",
        points, scenario_colour(v), xml_escape(views[v].scenario_id));
  }
  // The deadlines of the first side (the reference), with its share of runs that met them.
  DistributionView marks;
  marks.deadlines = views.front().deadlines;
  append_percentiles(svg, marks, range);
  append_axis(svg, range);
  return svg + legend + "</svg>\n";
}

namespace {

// Month ticks: every January when the series spans more than three years (every k-th
// January, at most ten), else every quarter; labelled with the year or YYYY-MM.
void append_month_axis(std::string& svg, calendar::Date first_month, std::size_t months) {
  const Range range{0, static_cast<double>(std::max<std::size_t>(months, 2) - 1)};
  svg += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#888\"/>\n", left,
                     right, bottom);
  const bool yearly = months > 36;
  const std::size_t years = months / 12 + 1;
  const std::size_t every = yearly ? (years + 9) / 10 : 1;
  for (std::size_t m = 0; m < months; ++m) {
    const calendar::Date day = calendar::add_months_clamped(first_month, static_cast<int>(m));
    const int month = day.month();
    if (yearly ? month != 1 || (day.year() % every) != 0 : (month - 1) % 3 != 0) continue;
    const std::string label =
        yearly ? std::to_string(day.year()) : calendar::to_iso(day).substr(0, 7);
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#888\"/>"
        "<text x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\" fill=\"#555\">{4}</text>\n",
        range.x(static_cast<double>(m)), bottom, bottom + 4, bottom + 16, label);
  }
  svg += fmt::format(
      "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">month (value "
      "at its end)</text>\n",
      (left + right) / 2, bottom + 32);
}

}  // namespace

std::string svg_month_lines(const std::string& title, const std::string& y_name,
                            calendar::Date first_month, const std::vector<MonthLine>& lines) {
  std::size_t months = 0;
  double highest = 0;
  for (const auto& line : lines) {
    months = std::max(months, line.values.size());
    for (const double value : line.values)
      if (std::isfinite(value)) highest = std::max(highest, value);
  }
  if (!(highest > 0)) highest = 1;
  const Range range{0, static_cast<double>(std::max<std::size_t>(months, 2) - 1)};
  const int height =
      lines.size() > 1 ? chart_height + 14 * static_cast<int>(lines.size()) : chart_height;
  std::string svg = open_svg(title, height);
  append_y_axis(svg,
                {{0.0, "0"},
                 {0.5, fmt::format("{:.3g}", highest / 2)},
                 {1.0, fmt::format("{:.3g}", highest)}},
                y_name);
  for (std::size_t l = 0; l < lines.size(); ++l) {
    // A month without a value breaks the line.
    std::string points;
    const auto flush = [&] {
      if (points.empty()) return;
      svg += fmt::format(
          "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"><title>{}"
          "</title></polyline>\n",
          points, scenario_colour(l), xml_escape(lines[l].name));
      points.clear();
    };
    for (std::size_t m = 0; m < lines[l].values.size(); ++m) {
      const double value = lines[l].values[m];
      if (!std::isfinite(value)) {
        flush();
        continue;
      }
      points +=
          fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", range.x(static_cast<double>(m)),
                      bottom - (bottom - top) * value / highest);
    }
    flush();
    if (lines.size() > 1) {
      const double y = bottom + 48 + 14 * static_cast<double>(l);
      svg += fmt::format(
          "<rect x=\"{}\" y=\"{:.0f}\" width=\"12\" height=\"3\" fill=\"{}\"/>"
          "<text x=\"{}\" y=\"{:.0f}\" fill=\"#333\">{}</text>\n",
          left, y - 4, scenario_colour(l), left + 16, y, xml_escape(lines[l].name));
    }
  }
  append_month_axis(svg, first_month, months);
  return svg + "</svg>\n";
}

}  // namespace regsim::report::detail
