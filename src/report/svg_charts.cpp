#include "svg_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "export_text.hpp"
#include "svg_scale.hpp"

namespace regsim::report::detail {
namespace {

constexpr int chart_width = 520;
constexpr int chart_height = 240;
constexpr int left = 50, right = 505, top = 30, bottom = 200;

std::string open_svg(const std::string& title) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} "
      "{1}\" "
      "font-family=\"{4}\" font-size=\"11\" role=\"img\"><title>{2}</title>"
      "<rect width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>"
      "<text x=\"{3}\" y=\"18\" font-size=\"13\" font-weight=\"600\">{2}</text>\n",
      chart_width, chart_height, xml_escape(title), left, font_stack);
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

void append_percentiles(std::string& svg, const DistributionView& view, const Range& range) {
  for (const auto& [label, day] : view.percentiles) {
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#b00020\" "
        "stroke-dasharray=\"4,3\"/><text x=\"{3:.1f}\" y=\"{4}\" fill=\"#b00020\">{5} "
        "{6:.0f}</text>\n",
        range.x(day), top, bottom, range.x(day) + 2, top + 10, xml_escape(label), day);
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
  for (double p : {0.0, 0.5, 1.0}) {
    svg += fmt::format(
        "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#e3e6ea\"/><text "
        "x=\"{3}\" "
        "y=\"{4:.1f}\" text-anchor=\"end\" fill=\"#555\">{5:.0f}%</text>\n",
        left, right, bottom - (bottom - top) * p, left - 4, bottom - (bottom - top) * p + 4,
        p * 100);
  }
  svg += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>\n",
                     points, scenario_colour(colour_index));
  append_percentiles(svg, view, range);
  append_axis(svg, range);
  return svg + "</svg>\n";
}

std::string svg_tornado(const DistributionView& view, std::size_t colour_index) {
  std::string svg = open_svg("Sensitivity of " + view.milestone + " (Spearman rank correlation)");
  const std::size_t shown = std::min<std::size_t>(view.sensitivity.size(), 8);
  const double centre = 330, half = 170;
  svg += fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#888\"/>\n",
                     centre, top, bottom);
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& [name, correlation] = view.sensitivity[i];
    const double y = top + 5 + static_cast<double>(i) * 20;
    const double width = half * std::clamp(std::abs(correlation), 0.0, 1.0);
    svg += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"14\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\" fill=\"#555\">{:+.2f}</text>\n",
        correlation < 0 ? centre - width : centre, y, width, scenario_colour(colour_index),
        centre - half - 6, y + 11, xml_escape(shorten(name, 22)),
        correlation < 0 ? centre - width - 34 : centre + width + 4, y + 11, correlation);
  }
  return svg + "</svg>\n";
}

}  // namespace regsim::report::detail
