#include "regsim/report/percentile_table.hpp"

#include <fmt/format.h>

#include <tuple>

#include "columns.hpp"
#include "layout.hpp"

namespace regsim::report {
namespace {

std::string date_after(calendar::Date start, int days) {
  return calendar::to_iso(start + boost::gregorian::days(days));
}

std::string change(int reference, int value) {
  if (reference == 0) return "-";
  return fmt::format("{:+d} ({:+.1f}%)", value - reference,
                     100.0 * (value - reference) / reference);
}

// Narrower than the table: per scenario a line of runs, then one line per percentile.
std::string percentile_blocks(const std::vector<analysis::SimulationSummary>& summaries,
                              int width) {
  const auto& reference = summaries.front().end;
  TextOptions options;
  options.width = width;
  std::string out = "\n";
  for (const auto& line : detail::wrap(
           "Monte Carlo: end of the pathway (calendar days from the start)", width, 2, options))
    out += line + "\n";
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    const auto& summary = summaries[i];
    out += detail::fit(fmt::format("{}: {} runs{}", summary.scenario_id, summary.runs,
                                   i == 0 ? " (reference)" : ""),
                       width, false) +
           "\n";
    for (const auto& [label, value, base] : {std::tuple{"P50", summary.end.p50, reference.p50},
                                             std::tuple{"P80", summary.end.p80, reference.p80}}) {
      std::string text =
          fmt::format("  {} {:>5} days  {}", label, value, date_after(summary.start, value));
      if (i > 0) {
        const std::string changed = change(base, value);
        const bool fits = static_cast<int>(text.size() + 2 + changed.size()) <= width;
        text += (fits ? "  " : "\n      ") + changed;
      }
      out += text + "\n";
    }
  }
  return out;
}

}  // namespace

std::string render_percentile_table(const std::vector<analysis::SimulationSummary>& summaries,
                                    bool markdown, int width) {
  if (summaries.empty()) return {};
  if (!markdown && width < 92) return percentile_blocks(summaries, width);
  const auto& reference = summaries.front().end;
  std::string out = markdown ? "\n## Monte Carlo: end of the pathway\n\n"
                             : "\nMonte Carlo: end of the pathway (calendar days from the start)\n";
  out +=
      markdown
          ? "| scenario | runs | P50 | P50 date | P80 | P80 date | P50 change | P80 change |\n"
            "| --- | ---: | ---: | --- | ---: | --- | ---: | ---: |\n"
          : fmt::format("{:<18} {:>7} {:>5} {:<10} {:>5} {:<10} {:>15} {:>15}\n", "scenario",
                        "runs", "P50", "P50 date", "P80", "P80 date", "P50 change", "P80 change");
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    const auto& summary = summaries[i];
    const auto& end = summary.end;
    const std::string p50_change = i == 0 ? "reference" : change(reference.p50, end.p50);
    const std::string p80_change = i == 0 ? "reference" : change(reference.p80, end.p80);
    const std::string name = markdown || summary.scenario_id.size() <= 18
                                 ? summary.scenario_id
                                 : summary.scenario_id.substr(0, 17) + "~";
    out += fmt::format(
        fmt::runtime(markdown ? "| {} | {} | {} | {} | {} | {} | {} | {} |\n"
                              : "{:<18} {:>7} {:>5} {:<10} {:>5} {:<10} {:>15} {:>15}\n"),
        name, summary.runs, end.p50, date_after(summary.start, end.p50), end.p80,
        date_after(summary.start, end.p80), p50_change, p80_change);
  }
  return out;
}

}  // namespace regsim::report
