#include "regsim/report/simulation_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "columns.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/report/text.hpp"
#include "regsim/report/tornado.hpp"

namespace regsim::report {
namespace {

using detail::fit;

std::string percent(double fraction) {
  return fmt::format("{:.1f}%", fraction * 100);
}

std::string date_after(calendar::Date start, int offset) {
  return calendar::to_iso(start + boost::gregorian::days(offset));
}

struct Layout {
  int label = 0;
  bool ascii = false;
  int width = 100;
};

std::string line(std::string text) {
  return detail::trim_right(std::move(text)) + "\n";
}

std::string milestone_rows(const std::vector<const analysis::MilestoneSummary*>& rows,
                           const Layout& l) {
  std::string out = line(pad_right("milestone", l.label) + pad_left("happened", 10) +
                         pad_left("mean", 9) + pad_left("sd", 8) + pad_left("P10", 7) +
                         pad_left("P50", 7) + pad_left("P80", 7) + pad_left("P90", 7));
  for (const auto* m : rows) {
    std::string text = pad_right(fit(m->id, l.label - 1, l.ascii), l.label) +
                       pad_left(percent(m->probability), 10);
    if (m->reached > 0) {
      text += pad_left(fmt::format("{:.1f}", m->mean_days), 9) +
              pad_left(fmt::format("{:.1f}", m->sd_days), 8);
      for (int p : {m->p10, m->p50, m->p80, m->p90})
        text += pad_left(std::to_string(p), 7);
    }
    out += line(text);
  }
  return out;
}

std::string date_rows(const std::vector<const analysis::MilestoneSummary*>& rows,
                      calendar::Date start, const Layout& l) {
  std::string header = pad_right("milestone", l.label);
  for (const char* p : {"P10", "P50", "P80", "P90"})
    header += "  " + pad_right(p, 11);
  std::string out = line(header);
  for (const auto* m : rows) {
    if (m->reached == 0) continue;
    std::string text = pad_right(fit(m->id, l.label - 1, l.ascii), l.label);
    for (int p : {m->p10, m->p50, m->p80, m->p90})
      text += "  " + date_after(start, p) + " ";
    out += line(text);
  }
  return out;
}

std::string histogram_rows(const analysis::MilestoneSummary& end, const Layout& l) {
  std::string out;
  std::int64_t largest = 0;
  for (const auto& bin : end.histogram)
    largest = std::max(largest, bin.count);
  if (largest == 0) return out;
  const int bar_room = std::max(10, l.width - 32);
  const std::string block = l.ascii ? "#" : "\u2588";
  std::int64_t cumulative = 0;
  for (const auto& bin : end.histogram) {
    cumulative += bin.count;
    const std::string range = bin.to_days - bin.from_days == 1
                                  ? std::to_string(bin.from_days)
                                  : fmt::format("{}-{}", bin.from_days, bin.to_days - 1);
    const auto length = static_cast<int>(bin.count * bar_room / largest);
    std::string bar;
    for (int i = 0; i < length; ++i)
      bar += block;
    const double share = static_cast<double>(cumulative) / static_cast<double>(end.reached);
    out += line(pad_left(range, 11) + pad_left(percent(share * end.probability), 8) + "  " + bar);
  }
  return out;
}

}  // namespace

std::string render_simulation_text(const analysis::SimulationSummary& summary,
                                   const SimulationTextOptions& options) {
  Layout l;
  l.ascii = options.ascii;
  l.width = std::max(72, options.width);
  std::vector<const analysis::MilestoneSummary*> rows;
  for (const auto& m : summary.milestones)
    rows.push_back(&m);
  rows.push_back(&summary.end);
  int longest = 9;
  for (const auto* m : rows)
    longest = std::max(longest, display_width(m->id));
  // The day table needs 55 columns after the label.
  l.label = std::min(longest + 2, std::max(12, l.width - 55));

  std::string out;
  out += line(fit("Monte Carlo: " + summary.title, l.width, l.ascii));
  out += line(fit(fmt::format("{}, scenario {}", summary.pathway_id, summary.scenario_id), l.width,
                  l.ascii));
  std::string runs = fmt::format("{} runs", summary.runs);
  if (summary.stopped_early) {
    runs += fmt::format(" (stopped early: P80 stable; at most {})", summary.requested_runs);
  }
  out += line(
      fit(fmt::format("{}, seed {}, start {}", runs, summary.seed, calendar::to_iso(summary.start)),
          l.width, l.ascii));
  out += "\n";
  out += "Calendar days from the start (percentiles by nearest rank)\n";
  out += milestone_rows(rows, l);
  out += "\nP-dates\n";
  out += date_rows(rows, summary.start, l);
  if (!summary.end.histogram.empty()) {
    out += "\nEnd: runs finished by each day range (cumulative share)\n";
    out += histogram_rows(summary.end, l);
  }
  if (!summary.deadlines.empty()) {
    out += "\nDeadlines: probability of meeting each\n";
    int label = 8;
    for (const auto& d : summary.deadlines)
      label = std::max(label, display_width(d.id));
    label = std::min(label + 2, std::max(12, l.width - 40));
    for (const auto& d : summary.deadlines) {
      out += line(pad_right(fit(d.id, label - 1, l.ascii), label) +
                  pad_left(percent(d.probability), 8) +
                  fmt::format("  within {} {}", d.limit, describe(d.basis)));
    }
  }
  out += "\nTasks: criticality index and sensitivity (Spearman with the end)\n";
  int task_label = 4;
  for (const auto& t : summary.tasks)
    task_label = std::max(task_label, display_width(t.id));
  task_label = std::min(task_label + 2, std::max(12, l.width - 40));
  out += line(pad_right("task", task_label) + pad_left("happened", 10) + pad_left("critical", 10) +
              pad_left("sensitivity", 13));
  for (const auto& t : summary.tasks) {
    out += line(pad_right(fit(t.id, task_label - 1, l.ascii), task_label) +
                pad_left(percent(t.happened), 10) + pad_left(percent(t.criticality), 10) +
                pad_left(t.sensitivity ? fmt::format("{:+.2f}", *t.sensitivity) : "-", 13));
  }
  const std::string tornado =
      render_tornado(summary, {l.width, options.ascii, options.tornado_rows});
  if (!tornado.empty()) {
    out += "\nTornado: what moves the end (rank correlation, -1 to +1)\n";
    out += tornado;
  }
  return out;
}

}  // namespace regsim::report
