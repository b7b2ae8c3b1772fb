#include "regsim/report/simulation_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "columns.hpp"
#include "layout.hpp"
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
  int label = 0;         ///< the milestone column of the day table
  int date_label = 0;    ///< the milestone column of the date table
  bool spread = true;    ///< the day table shows mean and sd (not below 67 columns)
  bool p10_date = true;  ///< the date table shows P10 (needs the label plus 52 columns)
  bool ascii = false;
  int width = 100;
};

// A section heading, wrapped to the width.
std::string heading(std::string_view text, const Layout& l) {
  TextOptions options;
  options.width = l.width;
  options.ascii = l.ascii;
  std::string out;
  for (const auto& wrapped : detail::wrap(text, l.width, 2, options))
    out += wrapped + "\n";
  return out;
}

std::string line(std::string text) {
  return detail::trim_right(std::move(text)) + "\n";
}

// Which sitting each task that waits for one made, over the runs in which it happened:
// "drec: 62.0% make the 2026-11-05 drec sitting, 31.0% the next (2026-12-03), 7.0% later".
std::string sitting_lines(const analysis::SimulationSummary& summary, const Layout& l) {
  if (summary.sittings.empty()) return {};
  std::string out =
      "\n" + heading("Sittings: which one each decision made (of the runs where it happened)", l);
  TextOptions options;
  options.width = l.width;
  options.ascii = l.ascii;
  for (const auto& s : summary.sittings) {
    const std::string next =
        s.next ? fmt::format(" ({})", calendar::to_iso(*s.next)) : std::string();
    const std::string text =
        fmt::format("{}: {} make the {} {} sitting, {} the next{}, {} later", s.task_id,
                    percent(s.made_planned), calendar::to_iso(s.planned), s.calendar,
                    percent(s.made_next), next, percent(s.later));
    for (const auto& wrapped : detail::wrap(text, l.width, 2, options))
      out += line(wrapped);
  }
  return out;
}

std::string milestone_rows(const std::vector<const analysis::MilestoneSummary*>& rows,
                           const Layout& l) {
  std::string out =
      line(pad_right("milestone", l.label) + pad_left("happened", 10) +
           (l.spread ? pad_left("mean", 9) + pad_left("sd", 8) : "") + pad_left("P10", 7) +
           pad_left("P50", 7) + pad_left("P80", 7) + pad_left("P90", 7));
  for (const auto* m : rows) {
    std::string text = pad_right(fit(m->id, l.label - 1, l.ascii), l.label) +
                       pad_left(percent(m->probability), 10);
    if (m->reached > 0) {
      if (l.spread) {
        text += pad_left(fmt::format("{:.1f}", m->mean_days), 9) +
                pad_left(fmt::format("{:.1f}", m->sd_days), 8);
      }
      for (int p : {m->p10, m->p50, m->p80, m->p90})
        text += pad_left(std::to_string(p), 7);
    }
    out += line(text);
  }
  return out;
}

std::string date_rows(const std::vector<const analysis::MilestoneSummary*>& rows,
                      calendar::Date start, const Layout& l) {
  std::string header = pad_right("milestone", l.date_label);
  for (const char* p : {"P10", "P50", "P80", "P90"}) {
    if (l.p10_date || std::string_view(p) != "P10") header += "  " + pad_right(p, 11);
  }
  std::string out = line(header);
  for (const auto* m : rows) {
    if (m->reached == 0) continue;
    std::string text = pad_right(fit(m->id, l.date_label - 1, l.ascii), l.date_label);
    for (int p : l.p10_date ? std::vector<int>{m->p10, m->p50, m->p80, m->p90}
                            : std::vector<int>{m->p50, m->p80, m->p90})
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
  const int bar_room = std::max(10, l.width - 40);
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
    // The bar and the first figure are this range's share of the runs; the second is the
    // share finished by its end (the S-curve), which the bars alone do not show.
    const double runs = static_cast<double>(end.reached) / end.probability;
    const double in_range = static_cast<double>(bin.count) / runs;
    const double by_end = static_cast<double>(cumulative) / runs;
    out += line(pad_left(range, 11) + pad_left(percent(in_range), 8) +
                pad_left(percent(by_end), 8) + "  " + bar);
  }
  return out;
}

// The width of a table's id column: the longest id (at least `least`) and a gap of 2, but
// within `room` (and never under 12) so that the figures fit the line.
template <class Rows>
int label_width(const Rows& rows, int least, int room) {
  int longest = least;
  for (const auto& row : rows)
    longest = std::max(longest, display_width(row.id));
  return std::min(longest + 2, std::max(12, room));
}

std::string deadline_rows(const analysis::SimulationSummary& summary, const Layout& l) {
  std::string out;
  const int label = label_width(summary.deadlines, 8, l.width - 40);
  for (const auto& d : summary.deadlines) {
    out +=
        line(pad_right(fit(d.id, label - 1, l.ascii), label) + pad_left(percent(d.probability), 8) +
             fmt::format("  within {} {}", d.limit, describe(d.basis)));
  }
  return out;
}

// The task table and the notes under it.
std::string task_rows(const analysis::SimulationSummary& summary, const Layout& l) {
  std::string out;
  const int task_label = label_width(summary.tasks, 4, l.width - 50);
  out += line(pad_right("task", task_label) + pad_left("happened", 10) + pad_left("driving", 10) +
              pad_left("critical", 10) + pad_left("sensitivity", 13));
  for (const auto& t : summary.tasks) {
    out +=
        line(pad_right(fit(t.id, task_label - 1, l.ascii), task_label) +
             pad_left(percent(t.happened), 10) + pad_left(percent(t.driving), 10) +
             pad_left(percent(t.criticality), 10) +
             pad_left(!t.sensitivity                     ? "-"
                      : std::abs(*t.sensitivity) < 0.005 ? "0.00"  // not -0.00
                                                         : fmt::format("{:+.2f}", *t.sensitivity),
                      13));
  }
  // Three short lines: each fits the narrowest width (60).
  for (const char* note : {"driving: share of runs on the end's chain of causes",
                           "critical: share with no float (a sitting's wait is float)",
                           "sensitivity: over runs where it happened; -: no variance"})
    out += line(fit(note, l.width, l.ascii));
  return out;
}

}  // namespace

std::string render_simulation_text(const analysis::SimulationSummary& summary,
                                   const SimulationTextOptions& options) {
  Layout l;
  l.ascii = options.ascii;
  l.width = std::max(simulation_min_width, options.width);
  std::vector<const analysis::MilestoneSummary*> rows;
  for (const auto& m : summary.milestones)
    rows.push_back(&m);
  rows.push_back(&summary.end);
  int longest = 9;
  for (const auto* m : rows)
    longest = std::max(longest, display_width(m->id));
  // The day table needs 55 columns after the label, 38 without mean and sd; the date
  // table 52, 39 without P10. Below 12 columns of label, the narrower forms are used.
  l.spread = l.width - 55 >= 12;
  l.label = std::min(longest + 2, std::max(12, l.width - (l.spread ? 55 : 38)));
  l.p10_date = l.width - 52 >= 12;
  l.date_label = std::min(longest + 2, std::max(12, l.width - (l.p10_date ? 52 : 39)));

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
  out += heading("Calendar days from the start (percentiles by nearest rank)", l);
  out += milestone_rows(rows, l);
  out += "\n" + heading("P-dates", l);
  out += date_rows(rows, summary.start, l);
  if (!summary.end.histogram.empty()) {
    out += "\n" + heading("End: share of runs finishing in each day range, then by its end", l);
    out += histogram_rows(summary.end, l);
  }
  if (!summary.deadlines.empty()) {
    out += "\n" + heading("Deadlines: probability of meeting each", l);
    out += deadline_rows(summary, l);
  }
  out +=
      "\n" + heading("Tasks: driving path, criticality and sensitivity (Spearman with the end)", l);
  out += task_rows(summary, l);
  out += sitting_lines(summary, l);
  const std::string tornado =
      render_tornado(summary, {l.width, options.ascii, options.tornado_rows});
  if (!tornado.empty()) {
    out += "\n" + heading("Tornado: what moves the end (rank correlation, -1 to +1)", l);
    out += tornado;
  }
  return out;
}

}  // namespace regsim::report
