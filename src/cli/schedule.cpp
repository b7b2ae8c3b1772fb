// `regsim schedule FILE`: the deterministic timeline of one application, or of a portfolio
// of applications sharing the reviewer pools, as a text table or JSON.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/calendar/convention.hpp"
#include "regsim/error.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/report/csv.hpp"
#include "regsim/report/schedule_report.hpp"
#include "regsim/report/timeline_json.hpp"
#include "regsim/report/timeline_table.hpp"
#include "regsim/report/xlsx.hpp"
#include "regsim/sim/portfolio.hpp"
#include "regsim/sim/scheduler.hpp"
#include "status_input.hpp"
#include "values.hpp"

namespace regsim::cli {
namespace {

// The task table's narrowest layout (ids of 8 columns, the essential figures).
constexpr int table_min_width = 60;

struct ScheduleOptions {
  std::string file;
  std::string scenario = model::baseline_scenario;
  std::string start;
  std::string format = "text";
  std::string output;
  int width = 100;
  bool ascii = false;
  bool portfolio = false;
  bool csv_bom = false;
  int applications = 0;
  std::string every;
  std::string status;
};

calendar::Date parse_start(const std::string& text) {
  const auto date = calendar::parse_date(text);
  if (!date) throw UsageError("--start: '" + text + "' is not a date; use YYYY-MM-DD");
  return *date;
}

calendar::Duration parse_interval(const std::string& text) {
  const auto parsed = calendar::parse_duration(text);
  if (!parsed.value || parsed.value->amount <= 0) {
    throw UsageError("--every: '" + text + "' is not a positive duration; use e.g. 30d, 4w, 1mo");
  }
  return *parsed.value;
}

// Many applications arriving over time and sharing the pathway's pools.
std::string run_portfolio(const ScheduleOptions& options, report::Format format,
                          model::Pathway applied, std::optional<calendar::Date> start) {
  const sim::Scheduler scheduler(std::move(applied));
  const model::Pathway& pathway = scheduler.pathway();
  const auto first = start ? start : pathway.start;
  if (!first) {
    throw InputError(pathway.location(), "missing_start",
                     "the pathway has no start date; add `start: YYYY-MM-DD` or pass --start");
  }
  const model::Portfolio section = pathway.portfolio.value_or(model::Portfolio{});
  if (options.portfolio && options.applications == 0 && !pathway.portfolio) {
    throw UsageError("--portfolio: " + options.file +
                     " has no `portfolio:` section; use --applications N --every 30d");
  }
  if (!section.classes.empty() && options.applications > 0) {
    throw UsageError("--applications: " + options.file +
                     " has application classes; schedule its `portfolio:` with --portfolio");
  }
  if (options.applications > sim::max_portfolio_applications(pathway)) {
    throw UsageError("--applications: " +
                     sim::portfolio_limit_message(pathway, options.applications));
  }
  // Deterministic: a Poisson process arrives regularly at its mean interval.
  model::Portfolio plan = section;
  if (options.applications > 0) {
    plan = model::Portfolio{};
    plan.count = options.applications;
    plan.interval = section.interval;
  }
  if (!options.every.empty()) {
    plan.interval = parse_interval(options.every);
    plan.poisson = false;
  }
  std::vector<calendar::Date> arrivals;
  try {
    arrivals = sim::portfolio_arrivals(pathway, plan, *first);
  } catch (const InputError&) {
    throw;
  } catch (const Error& error) {
    throw UsageError(std::string("--portfolio: ") + error.what());
  }
  if (arrivals.empty()) throw UsageError("the portfolio has no applications");
  const auto result = scheduler.run_portfolio(arrivals, section.priorities);
  if (format == report::Format::json) return report::render_portfolio_json(result);
  if (format == report::Format::csv) return report::render_csv(result, pathway);
  if (format == report::Format::xlsx) return report::render_xlsx(result, pathway);
  if (format != report::Format::text) {
    throw UsageError("a portfolio prints as text, json, csv or xlsx");
  }
  if (options.width < table_min_width) {
    throw UsageError(
        fmt::format("--width: a portfolio's tables need at least {} columns", table_min_width));
  }
  report::TextOptions text;
  text.width = options.width;
  return report::render_portfolio_table(result, text);
}

// A warning for each task whose dates come from a projected committee date (a plenary
// given by a rule, or a timetable slot derived from the sittings) rather than a published
// one: the schedule is then an estimate there.
void warn_projected(Context& context, const model::Pathway& pathway,
                    const sim::Timeline& timeline) {
  for (std::size_t i = 0; i < pathway.tasks.size() && i < timeline.tasks.size(); ++i) {
    const auto& task = pathway.tasks[i];
    const auto& timing = timeline.tasks[i];
    if (task.sittings.empty() || timing.skipped) continue;
    const auto found = pathway.sittings.find(task.sittings);
    if (found == pathway.sittings.end()) continue;
    const auto& sittings = found->second;
    if (sittings.is_timetable()) {
      const auto end = timing.finish - boost::gregorian::days(timing.sitting_wait_days);
      const auto slot = sittings.slot_on_or_after(end);
      if (slot && slot->projected) {
        context.err << "warning: task '" << task.id << "' uses the projected slot starting "
                    << calendar::to_iso(slot->start) << " of timetable '" << task.sittings
                    << "' (derived from the sittings; not published)\n";
      }
    } else if (sittings.projected(timing.finish)) {
      context.err << "warning: task '" << task.id << "' waits for the projected sitting of "
                  << calendar::to_iso(timing.finish) << " of '" << task.sittings
                  << "' (given by a rule; not published)\n";
    }
  }
}

std::string run_schedule(Context& context, const ScheduleOptions& options) {
  const auto format = report::parse_format(options.format);
  if (format == report::Format::xlsx) {
    refuse_binary_on_terminal(context, options.output, options.format);
  }
  if (options.csv_bom && format != report::Format::csv) {
    throw UsageError("--csv-bom goes with --format csv");
  }
  if (!format) {
    throw UsageError("--format: '" + options.format +
                     "' is not a format; use text, gantt, md, csv, json, html, svg, mermaid, ics, "
                     "tjp, mspdi or xlsx");
  }
  if (!options.every.empty() && options.applications == 0 && !options.portfolio) {
    throw UsageError("--every needs --applications N (or --portfolio)");
  }
  auto status = read_status_input(options.status);
  const bool portfolio = options.portfolio || options.applications > 0;
  if (status && portfolio) throw UsageError("--status tracks one application, not a portfolio");
  const StatusInput* tracked = status ? &*status : nullptr;
  auto read = read_pathway_input(tracked_pathway_argument(options.file, tracked));
  const std::string scenario = tracked_scenario(options.scenario, tracked, read);
  auto applied = graph::apply_scenario(std::move(read), scenario);
  std::optional<calendar::Date> start;
  if (!options.start.empty()) start = parse_start(options.start);

  if (!portfolio) {
    sim::RunOptions run;
    run.start = start;
    // Titled by the scenario id, not its title, as the schedule's reports always were.
    analysis::ScheduledScenario scheduled;
    scheduled.pathway = std::move(applied);
    analysis::schedule_into(scheduled, run, status ? &status->status : nullptr);
    warn_projected(context, scheduled.pathway, scheduled.timeline);
    if (*format == report::Format::text && options.width < table_min_width) {
      throw UsageError(
          fmt::format("--width: the task table needs at least {} columns (--format gantt fits {})",
                      table_min_width, report::min_width));
    }
    report::TextOptions text;
    text.width = options.width;
    text.ascii = options.ascii;
    text.color = context.color && (options.output.empty() || options.output == "-") &&
                 *format == report::Format::gantt;
    return report::render_schedule(scheduled, *format, text);
  }
  return run_portfolio(options, *format, std::move(applied), start);
}

}  // namespace

void add_schedule_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<ScheduleOptions>();
  auto* command = app.add_subcommand(
      "schedule",
      "Schedule a pathway on its calendars (deterministic: point estimates, most likely "
      "branches) and print each task's dates, calendar/working/clock days, waits, float and "
      "deadlines. With --applications or --portfolio, many applications share the pools.");
  command->add_option("FILE", options->file,
                      "pathway file or bundled name (kr/biosimilar); with --status it may be "
                      "left out (the status file names its pathway)");
  command->add_option("--status", options->status,
                      "status file: actual dates as of a day; re-forecast from them "
                      "(docs/status.md)");
  command->add_option("--scenario", options->scenario, "scenario to apply (default: baseline)");
  command->add_option("--start", options->start, "start date YYYY-MM-DD (overrides the file)");
  command->add_option("--format", options->format,
                      "text (default: the task table), gantt (a text Gantt chart), md, csv, json, "
                      "html, svg, mermaid, ics, tjp, mspdi or xlsx (an Excel workbook)");
  command
      ->add_option("--width", options->width,
                   "text width in columns (default 100; the table needs 60, gantt 40)")
      ->transform(whole_number(report::min_width, report::max_width));
  command->add_flag("--ascii", options->ascii, "pure 7-bit ASCII text (gantt; the table is ASCII)");
  command->add_option("-o,--output", options->output, "write to this file (whole or not at all)");
  command
      ->add_option("--applications", options->applications,
                   "portfolio: this many applications, one every --every")
      ->transform(whole_number(1, std::numeric_limits<int>::max()));
  command->add_option("--every", options->every,
                      "portfolio: time between arrivals, e.g. 30d (default: the file's, else 30d)");
  command->add_flag("--portfolio", options->portfolio,
                    "portfolio: the arrivals of the file's `portfolio:` section");
  command->add_flag("--csv-bom", options->csv_bom,
                    "csv: start with a UTF-8 byte-order mark, so Excel reads Hangul and kanji");
  command->callback([options, &context] {
    emit(context, options->output,
         with_csv_bom(options->csv_bom, options->format, run_schedule(context, *options)));
  });
}

}  // namespace regsim::cli
