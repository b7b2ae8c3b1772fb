// render_xlsx() of a Monte Carlo summary (declared in regsim/report/xlsx.hpp).
#include <string>
#include <vector>

#include "regsim/report/xlsx.hpp"
#include "xlsx_workbook.hpp"

namespace regsim::report {
namespace {

using detail::Workbook;

calendar::Date after(calendar::Date start, int days) {
  return start + boost::gregorian::days(days);
}

// One row of "Percentiles": P-dates, then P-days, then mean and spread. A milestone no
// run reached keeps only its id, name and zero count: any statistic would be made up.
// From column `first` on (a comparison puts the scenario before).
void percentile_row(Workbook& book, lxw_worksheet* sheet, int row, int first,
                    const analysis::MilestoneSummary& m, calendar::Date start) {
  book.text(sheet, row, first, m.id);
  book.text(sheet, row, first + 1, m.name);
  book.number(sheet, row, first + 2, static_cast<double>(m.reached));
  book.percent(sheet, row, first + 3, m.probability);
  if (m.reached == 0) return;
  const int points[] = {m.p10, m.p50, m.p80, m.p90};
  for (int k = 0; k < 4; ++k) {
    book.date(sheet, row, first + 4 + k, after(start, points[k]));
    book.number(sheet, row, first + 8 + k, points[k]);
  }
  book.number(sheet, row, first + 12, m.mean_days);
  book.number(sheet, row, first + 13, m.sd_days);
  book.number(sheet, row, first + 14, m.min_days);
  book.number(sheet, row, first + 15, m.max_days);
}

// "Percentiles" (one summary) or "Monte Carlo" (a comparison's, with a scenario column):
// the end and each milestone of each summary.
void percentile_sheet(Workbook& book, const char* name,
                      const std::vector<const analysis::SimulationSummary*>& summaries,
                      bool scenario_column) {
  lxw_worksheet* sheet = book.sheet(name);
  const int first = scenario_column ? 1 : 0;
  std::vector<std::string_view> columns{"milestone", "name",     "reached",  "probability",
                                        "p10_date",  "p50_date", "p80_date", "p90_date",
                                        "p10_days",  "p50_days", "p80_days", "p90_days",
                                        "mean_days", "sd_days",  "min_days", "max_days"};
  if (scenario_column) columns.insert(columns.begin(), "scenario");
  book.header(sheet, 0, columns, 2 + first);
  if (scenario_column) book.width(sheet, 0, 0, 14);
  book.width(sheet, first, first, 16);
  book.width(sheet, first + 1, first + 1, 36);
  book.width(sheet, first + 4, first + 7, 11);
  int row = 1;
  for (const auto* summary : summaries) {
    auto one = [&](const analysis::MilestoneSummary& m) {
      if (scenario_column) book.text(sheet, row, 0, summary->scenario_id);
      percentile_row(book, sheet, row++, first, m, summary->start);
    };
    one(summary->end);
    for (const auto& m : summary->milestones)
      one(m);
  }
}

void deadline_sheet(Workbook& book, const analysis::SimulationSummary& summary) {
  lxw_worksheet* sheet = book.sheet("Deadlines");
  book.header(sheet, 0, {"deadline", "name", "limit", "basis", "met", "probability"}, 1);
  book.width(sheet, 0, 0, 16);
  book.width(sheet, 1, 1, 36);
  book.width(sheet, 3, 3, 14);
  int row = 1;
  for (const auto& d : summary.deadlines) {
    book.text(sheet, row, 0, d.id);
    book.text(sheet, row, 1, d.name);
    book.number(sheet, row, 2, d.limit);
    book.text(sheet, row, 3, model::to_string(d.basis));
    book.number(sheet, row, 4, static_cast<double>(d.met));
    book.percent(sheet, row, 5, d.probability);
    ++row;
  }
}

void task_sheet(Workbook& book, const analysis::SimulationSummary& summary) {
  lxw_worksheet* sheet = book.sheet("Tasks");
  book.header(
      sheet, 0,
      {"task", "name", "happened", "driving", "criticality", "mean_amount", "unit", "sensitivity"},
      1);
  book.width(sheet, 0, 0, 18);
  book.width(sheet, 1, 1, 40);
  int row = 1;
  for (const auto& t : summary.tasks) {
    book.text(sheet, row, 0, t.id);
    book.text(sheet, row, 1, t.name);
    book.percent(sheet, row, 2, t.happened);
    book.percent(sheet, row, 3, t.driving);
    book.percent(sheet, row, 4, t.criticality);
    book.number(sheet, row, 5, t.mean_amount);
    book.text(sheet, row, 6, calendar::unit_suffix(t.unit));
    if (t.sensitivity) book.number(sheet, row, 7, *t.sensitivity);
    ++row;
  }
}

// "S-curves": for the end and each milestone, the share of runs done by each date.
void curve_sheet(Workbook& book, const analysis::SimulationSummary& summary) {
  lxw_worksheet* sheet = book.sheet("S-curves");
  book.header(sheet, 0, {"milestone", "date", "days", "probability"}, 1);
  book.width(sheet, 0, 1, 16);
  int row = 1;
  auto curve = [&](const analysis::MilestoneSummary& m) {
    for (const auto& point : m.s_curve) {
      book.text(sheet, row, 0, m.id);
      book.date(sheet, row, 1, after(summary.start, point.days));
      book.number(sheet, row, 2, point.days);
      book.percent(sheet, row, 3, point.probability);
      ++row;
    }
  };
  curve(summary.end);
  for (const auto& m : summary.milestones)
    curve(m);
}

}  // namespace

std::string render_xlsx(const analysis::SimulationSummary& summary) {
  Workbook book(summary.title, summary.start);
  percentile_sheet(book, "Percentiles", {&summary}, false);
  deadline_sheet(book, summary);
  task_sheet(book, summary);
  curve_sheet(book, summary);
  return book.bytes();
}

void detail::monte_carlo_sheet(Workbook& book,
                               const std::vector<analysis::SimulationSummary>& summaries) {
  std::vector<const analysis::SimulationSummary*> each;
  for (const auto& summary : summaries)
    each.push_back(&summary);
  percentile_sheet(book, "Monte Carlo", each, true);
}

}  // namespace regsim::report
