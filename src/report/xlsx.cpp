#include "regsim/report/xlsx.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "regsim/report/comparison.hpp"
#include "regsim/report/csv.hpp"
#include "regsim/report/formatters.hpp"
#include "xlsx_workbook.hpp"

namespace regsim::report {
namespace {

using detail::Workbook;

// A timeline with the pathway whose tasks it dates (same order; the pathway may be empty).
struct Side {
  const model::Pathway* pathway;
  const sim::Timeline* timeline;
  std::string scenario;  ///< the scenario id, "baseline" when the timeline names none
};

Side side_of(const analysis::ScheduledScenario& run) {
  return {&run.pathway, &run.timeline, analysis::scenario_id_of(run.timeline)};
}

const model::Task* task_at(const Side& side, std::size_t i) {
  return analysis::task_at(*side.pathway, *side.timeline, i);
}

// The header row of the CSV's columns.
void task_header(Workbook& book, lxw_worksheet* sheet) {
  const auto& c = csv_columns();
  book.header(sheet, 0,
              {c[0],  c[1],  c[2],  c[3],  c[4],  c[5],  c[6],  c[7],  c[8],  c[9],  c[10], c[11],
               c[12], c[13], c[14], c[15], c[16], c[17], c[18], c[19], c[20], c[21], c[22], c[23]},
              4);
  book.width(sheet, 0, 1, 14);
  book.width(sheet, 3, 3, 22);
  book.width(sheet, 4, 4, 40);
  book.width(sheet, 8, 10, 11);
}

// One row per task of `side` from `row` on, in the CSV's columns; returns the next row.
int task_rows(Workbook& book, lxw_worksheet* sheet, int row, const Side& side) {
  const auto& timeline = *side.timeline;
  const std::string& pathway = timeline.pathway_id.empty() ? side.pathway->id : timeline.pathway_id;
  for (std::size_t i = 0; i < timeline.tasks.size(); ++i, ++row) {
    const auto& t = timeline.tasks[i];
    const model::Task* task = task_at(side, i);
    book.text(sheet, row, 0, pathway);
    book.text(sheet, row, 1, side.scenario);
    book.number(sheet, row, 2, timeline.application);
    book.text(sheet, row, 3, t.task_id);
    book.text(sheet, row, 4, task != nullptr && !task->name.empty() ? task->name : t.task_id);
    book.text(sheet, row, 5, task != nullptr ? to_string(task->kind) : "");
    book.text(sheet, row, 6, task != nullptr ? std::string_view(task->owner) : "");
    book.text(sheet, row, 7, task == nullptr ? "" : task->clock_runs ? "running" : "stopped");
    book.date(sheet, row, 8, t.ready);
    book.date(sheet, row, 9, t.start);
    book.date(sheet, row, 10, t.finish);
    const int numbers[] = {t.calendar_days,      t.working_days,      t.clock_days,
                           t.resource_wait_days, t.sitting_wait_days, t.total_float_days,
                           t.free_float_days};
    int col = 11;
    for (const int value : numbers)
      book.number(sheet, row, col++, value);
    book.boolean(sheet, row, 18, t.critical);
    book.boolean(sheet, row, 19, t.skipped);
    book.number(sheet, row, 20, t.rounds);
    book.boolean(sheet, row, 21, t.driving);
    book.text(sheet, row, 22, sim::to_string(t.constraint.kind));
    const auto from = static_cast<std::size_t>(t.constraint.from_task);
    if (t.constraint.from_task >= 0 && from < timeline.tasks.size())
      book.text(sheet, row, 23, timeline.tasks[from].task_id);
  }
  return row;
}

// Days per Gantt column: a week, or whole weeks enough to keep to about 150 columns.
int gantt_step(int span_days) {
  constexpr int most_columns = 150;
  const int weeks = (span_days + 7 * most_columns - 1) / (7 * most_columns);
  return 7 * std::max(1, weeks);
}

// "Gantt": a row per task that happens (scenario, id, name, start, finish, critical), then
// one column per period from the earliest start, headed by the period's first day. The
// bars are conditional fills, so they follow the dates if a user edits them.
void gantt_sheet(Workbook& book, const std::vector<Side>& sides) {
  calendar::Date first(boost::date_time::pos_infin);
  calendar::Date last(boost::date_time::neg_infin);
  for (const auto& side : sides) {
    for (const auto& t : side.timeline->tasks) {
      if (t.skipped || t.start.is_special() || t.finish.is_special()) continue;
      first = std::min(first, t.start);
      last = std::max(last, t.finish);
    }
  }
  lxw_worksheet* sheet = book.sheet("Gantt");
  book.header(sheet, 0, {"scenario", "task_id", "task_name", "start", "finish", "critical"}, 6);
  book.width(sheet, 0, 1, 14);
  book.width(sheet, 2, 2, 32);
  book.width(sheet, 3, 4, 11);
  int row = 1;
  for (const auto& side : sides) {
    for (std::size_t i = 0; i < side.timeline->tasks.size(); ++i) {
      const auto& t = side.timeline->tasks[i];
      if (t.skipped || t.start.is_special() || t.finish.is_special()) continue;
      const model::Task* task = task_at(side, i);
      book.text(sheet, row, 0, side.scenario);
      book.text(sheet, row, 1, t.task_id);
      book.text(sheet, row, 2, task != nullptr && !task->name.empty() ? task->name : t.task_id);
      book.date(sheet, row, 3, t.start);
      book.date(sheet, row, 4, t.finish);
      book.boolean(sheet, row, 5, t.critical);
      ++row;
    }
  }
  if (row == 1 || first.is_special()) return;
  const int step = gantt_step((last - first).days() + 1);
  const int periods = (last - first).days() / step + 1;
  constexpr int first_col = 6;
  lxw_format* header_date = book.date_format();
  for (int k = 0; k < periods; ++k) {
    lxw_datetime day{};
    const calendar::Date date = first + boost::gregorian::days(k * step);
    day.year = static_cast<int>(date.year());
    day.month = static_cast<int>(date.month());
    day.day = static_cast<int>(date.day());
    worksheet_write_datetime(sheet, 0, static_cast<lxw_col_t>(first_col + k), &day, header_date);
  }
  worksheet_set_column(sheet, first_col, static_cast<lxw_col_t>(first_col + periods - 1), 2.5,
                       nullptr);
  // A task covers a period when it starts before the period ends and finishes on or after
  // its first day (so a milestone marks the period it falls in).
  const std::string covers = fmt::format("$D2<G$1+{},$E2>=G$1", step);
  const std::string rules[2] = {"=AND($F2," + covers + ")", "=AND(NOT($F2)," + covers + ")"};
  lxw_format* fills[2] = {book.fill(0xC0504D), book.fill(0x4472C4)};
  for (int r = 0; r < 2; ++r) {
    lxw_conditional_format rule{};
    rule.type = LXW_CONDITIONAL_TYPE_FORMULA;
    rule.value_string = const_cast<char*>(rules[r].c_str());
    rule.format = fills[r];
    worksheet_conditional_format_range(sheet, 1, first_col, static_cast<lxw_row_t>(row - 1),
                                       static_cast<lxw_col_t>(first_col + periods - 1), &rule);
  }
}

// "Deadlines": each side's deadline results.
void deadline_sheet(Workbook& book, const std::vector<Side>& sides) {
  lxw_worksheet* sheet = book.sheet("Deadlines");
  book.header(sheet, 0, {"scenario", "deadline", "basis", "limit", "used", "margin", "met", "due"},
              2);
  book.width(sheet, 0, 2, 16);
  book.width(sheet, 7, 7, 11);
  int row = 1;
  for (const auto& side : sides) {
    for (const auto& d : side.timeline->deadlines) {
      book.text(sheet, row, 0, side.scenario);
      book.text(sheet, row, 1, d.deadline_id);
      book.text(sheet, row, 2, model::to_string(d.basis));
      book.number(sheet, row, 3, d.limit);
      book.number(sheet, row, 4, d.used);
      book.number(sheet, row, 5, d.margin);
      book.boolean(sheet, row, 6, d.met);
      book.date(sheet, row, 7, d.due);
      ++row;
    }
  }
}

void scenario_sheet(Workbook& book, const Side& side) {
  lxw_worksheet* sheet = book.sheet(side.scenario);
  task_header(book, sheet);
  task_rows(book, sheet, 1, side);
}

void optional_number(Workbook& book, lxw_worksheet* sheet, int row, int col,
                     std::optional<int> value) {
  if (value) book.number(sheet, row, col, *value);
}

void optional_percent(Workbook& book, lxw_worksheet* sheet, int row, int col,
                      std::optional<double> value) {
  if (value) book.percent(sheet, row, col, *value / 100.0);
}

void point_cells(Workbook& book, lxw_worksheet* sheet, int row, int col,
                 const std::optional<analysis::MilestonePoint>& point) {
  if (!point) return;
  book.date(sheet, row, col, point->date);
  book.number(sheet, row, col + 1, point->calendar_days);
  book.number(sheet, row, col + 2, point->clock_days);
}

// "Comparison": each scenario's milestones (and the whole pathway) against the baseline's.
void comparison_sheet(Workbook& book, const analysis::Comparison& comparison) {
  lxw_worksheet* sheet = book.sheet("Comparison");
  book.header(
      sheet, 0,
      {"scenario", "milestone", "name", "baseline_date", "baseline_calendar_days",
       "baseline_clock_days", "scenario_date", "scenario_calendar_days", "scenario_clock_days",
       "change_days", "change_percent", "change_clock_days", "change_clock_percent"},
      3);
  book.width(sheet, 0, 1, 16);
  book.width(sheet, 2, 2, 36);
  book.width(sheet, 3, 12, 12);
  int row = 1;
  for (const auto& compared : comparison.scenarios) {
    const std::string scenario = side_of(compared.scenario).scenario;
    for (const auto& m : compared.milestones) {
      book.text(sheet, row, 0, scenario);
      book.text(sheet, row, 1, m.task_id);
      book.text(sheet, row, 2, m.name);
      point_cells(book, sheet, row, 3, m.baseline);
      point_cells(book, sheet, row, 6, m.scenario);
      optional_number(book, sheet, row, 9, m.change_days());
      optional_percent(book, sheet, row, 10, m.change_percent());
      optional_number(book, sheet, row, 11, m.change_clock_days());
      optional_percent(book, sheet, row, 12, m.change_clock_percent());
      ++row;
    }
  }
}

}  // namespace

std::string render_xlsx(const analysis::ScheduledScenario& run) {
  Workbook book(run.pathway.title, run.timeline.start);
  const std::vector<Side> sides{side_of(run)};
  scenario_sheet(book, sides.front());
  gantt_sheet(book, sides);
  deadline_sheet(book, sides);
  return book.bytes();
}

std::string render_xlsx(const analysis::Comparison& comparison,
                        const std::vector<analysis::SimulationSummary>& monte_carlo) {
  Workbook book(comparison.baseline.pathway.title, comparison.baseline.timeline.start);
  std::vector<Side> sides{side_of(comparison.baseline)};
  for (const auto& compared : comparison.scenarios)
    sides.push_back(side_of(compared.scenario));
  comparison_sheet(book, comparison);
  for (const auto& side : sides)
    scenario_sheet(book, side);
  gantt_sheet(book, sides);
  deadline_sheet(book, sides);
  if (!monte_carlo.empty()) detail::monte_carlo_sheet(book, monte_carlo);
  return book.bytes();
}

std::string render_xlsx(const sim::PortfolioResult& portfolio, const model::Pathway& pathway) {
  const calendar::Date created =
      portfolio.applications.empty() ? calendar::Date() : portfolio.applications.front().start;
  Workbook book(pathway.title, created);
  lxw_worksheet* summary = book.sheet("Applications");
  book.header(
      summary, 0,
      {"application", "scenario", "start", "finish", "calendar_days", "working_days", "clock_days"},
      1);
  book.width(summary, 1, 3, 12);
  int row = 1;
  for (const auto& timeline : portfolio.applications) {
    book.number(summary, row, 0, timeline.application);
    book.text(summary, row, 1, analysis::scenario_id_of(timeline));
    book.date(summary, row, 2, timeline.start);
    book.date(summary, row, 3, timeline.finish);
    book.number(summary, row, 4, timeline.calendar_days);
    book.number(summary, row, 5, timeline.working_days);
    book.number(summary, row, 6, timeline.clock_days);
    ++row;
  }
  lxw_worksheet* tasks = book.sheet("Tasks");
  task_header(book, tasks);
  row = 1;
  for (const auto& timeline : portfolio.applications) {
    row = task_rows(book, tasks, row, {&pathway, &timeline, analysis::scenario_id_of(timeline)});
  }
  lxw_worksheet* pools = book.sheet("Pools");
  book.header(
      pools, 0,
      {"pool", "capacity", "requests", "waited", "mean_wait_days", "max_wait_days", "utilisation"},
      1);
  book.width(pools, 0, 0, 16);
  row = 1;
  for (const auto& pool : portfolio.pools) {
    book.text(pools, row, 0, pool.pool_id);
    book.number(pools, row, 1, pool.capacity);
    book.number(pools, row, 2, pool.requests);
    book.number(pools, row, 3, pool.waited);
    book.number(pools, row, 4, pool.mean_wait_days);
    book.number(pools, row, 5, pool.max_wait_days);
    book.percent(pools, row, 6, pool.utilisation);
    ++row;
  }
  return book.bytes();
}

}  // namespace regsim::report
