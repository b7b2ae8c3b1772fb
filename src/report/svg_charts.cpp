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

std::string open_svg(const std::string& title, int height = chart_height) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} "
      "{1}\" "
      "font-family=\"{4}\" font-size=\"11\" role=\"img\"><title>{2}</title>"
      "<rect width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>"
      "<text x=\"{3}\" y=\"18\" font-size=\"13\" font-weight=\"600\">{2}</text>\n",
      chart_width, height, xml_escape(title), left, font_stack);
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

// The percentile lines, each labelled with its day count and, when the start is known,
// its date. Labels that would touch one already placed go one row lower, and a label
// that would leave the picture on the right ends at its line instead of starting there.
void append_percentiles(std::string& svg, const DistributionView& view, const Range& range) {
  constexpr double char_width = 6.6;  // generous for 11 px digits and capitals
  std::vector<std::vector<std::pair<double, double>>> rows;  // placed [from, to] per row
  for (const auto& [label, day] : view.percentiles) {
    std::string text = fmt::format("{} {:.0f} d", label, day);
    if (!view.start.is_special()) {
      text += ", " + calendar::to_iso(view.start + boost::gregorian::days(static_cast<int>(day)));
    }
    const double x = range.x(day);
    const double width = char_width * static_cast<double>(text.size());
    const bool flipped = x + 2 + width > chart_width - 4;
    const double from = flipped ? x - 2 - width : x + 2, to = from + width;
    std::size_t row = 0;
    for (; row < rows.size(); ++row) {
      const bool clear = std::all_of(rows[row].begin(), rows[row].end(), [&](const auto& placed) {
        return to + 4 < placed.first || from > placed.second + 4;
      });
      if (clear) break;
    }
    if (row == rows.size()) rows.emplace_back();
    rows[row].emplace_back(from, to);
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#b00020\" "
        "stroke-dasharray=\"4,3\"/><text class=\"percentile\" x=\"{3:.1f}\" y=\"{4:.0f}\" "
        "text-anchor=\"{5}\" fill=\"#b00020\">{6}</text>\n",
        x, top, bottom, flipped ? x - 2 : x + 2, top + 10 + 13.0 * static_cast<double>(row),
        flipped ? "end" : "start", xml_escape(text));
  }
}

}  // namespace

std::string svg_histogram(const DistributionView& view, std::size_t colour_index) {
  std::string svg = open_svg("Distribution of " + view.milestone + " (" + view.scenario_id + ", " +
                             std::to_string(view.runs) + " runs)");
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
  std::string svg = open_svg("S-curve: probability of " + view.milestone + " by day N (" +
                             view.scenario_id + ")");
  const Range range = day_range(view);
  std::string points;
  for (const auto& [day, probability] : view.s_curve) {
    points += fmt::format("{:.1f},{:.1f} ", range.x(day), bottom - (bottom - top) * probability);
  }
  for (double p : {0.25, 0.5, 0.75, 1.0}) {
    svg += fmt::format(
        "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#e3e6ea\"/>\n", left,
        right, bottom - (bottom - top) * p);
  }
  append_y_axis(svg, {{0.0, "0%"}, {0.25, "25%"}, {0.5, "50%"}, {0.75, "75%"}, {1.0, "100%"}},
                "share of runs done");
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

}  // namespace regsim::report::detail
