#include "regsim/report/percentile_table.hpp"

#include <fmt/format.h>

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

}  // namespace

std::string render_percentile_table(const std::vector<analysis::SimulationSummary>& summaries,
                                    bool markdown) {
  if (summaries.empty()) return {};
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
