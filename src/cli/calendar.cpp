// `regsim calendar add|between|holidays|sittings`: statutory deadlines and committee
// calendars from the command line.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "commands.hpp"
#include "regsim/calendar/convention.hpp"
#include "regsim/error.hpp"
#include "regsim/io/calendar_library.hpp"
#include "regsim/io/sittings_library.hpp"
#include "regsim/report/text.hpp"
#include "values.hpp"

namespace regsim::cli {
namespace {

struct CalendarOptions {
  std::string date;
  std::string other;  // a duration for `add`, a second date for `between`
  std::string calendar = "weekdays";
  std::string convention;
  std::string name;
  int year = 0;
};

calendar::Date date_argument(const std::string& text) {
  const auto date = calendar::parse_date(text);
  if (!date) {
    throw UsageError("'" + text + "' is not a date; write YYYY-MM-DD (a real date, years " +
                     "1400-9999), e.g. 2026-03-02");
  }
  return *date;
}

void run_add(Context& context, const CalendarOptions& options) {
  const calendar::Date start = date_argument(options.date);
  const auto duration = calendar::parse_duration(options.other);
  if (!duration.value) throw UsageError(duration.error);
  const io::LoadedCalendar loaded = io::load_calendar(options.calendar);
  calendar::Convention convention = loaded.convention.value_or(calendar::Convention::plain);
  if (!options.convention.empty()) {
    const auto parsed = calendar::parse_convention(options.convention);
    if (!parsed) {
      throw UsageError("unknown convention '" + options.convention +
                       "'; use plain, kr-civil-petition, ema-day, calendar-months or "
                       "kr-civil-act");
    }
    convention = *parsed;
  }
  const calendar::Date end =
      calendar::add_duration(start, *duration.value, loaded.calendar, convention);
  context.out << calendar::to_iso(end) << '\n';
}

void run_between(Context& context, const CalendarOptions& options) {
  const calendar::Date from = date_argument(options.date);
  const calendar::Date to = date_argument(options.other);
  const io::LoadedCalendar loaded = io::load_calendar(options.calendar);
  context.out << "calendar days: " << calendar::days_between(from, to) << '\n'
              << "working days: " << loaded.calendar.working_days_between(from, to) << '\n';
}

void run_holidays(Context& context, const CalendarOptions& options) {
  const io::LoadedCalendar loaded = io::load_calendar(options.name);
  for (const auto& holiday : loaded.calendar.holidays_in_year(options.year)) {
    context.out << calendar::to_iso(holiday.date) << ' ' << report::escape_controls(holiday.name)
                << '\n';
  }
}

// What a line says of a published date: its source, when the file gives one.
std::string published(const io::LoadedSittings& loaded, calendar::Date date) {
  const auto found = loaded.sources.find(date);
  return found == loaded.sources.end() ? "published" : "published: " + found->second;
}

// A timetable: each slot starting in the year, "START start, deadline DEADLINE, ...".
void print_slots(Context& context, const io::LoadedSittings& loaded, int year) {
  const auto& timetable = loaded.calendar;
  const calendar::Date first(static_cast<unsigned short>(year), 1, 1);
  const calendar::Date last(static_cast<unsigned short>(year), 12, 31);
  // Deadlines come before starts: search from well before the year's first start.
  calendar::Date from = first - boost::gregorian::days(400);
  while (const auto slot = timetable.slot_on_or_after(from)) {
    if (slot->start > last) break;
    if (slot->start >= first) {
      context.out << calendar::to_iso(slot->start) << " start, deadline "
                  << calendar::to_iso(slot->deadline) << ", "
                  << (slot->projected ? std::string("projected (derived from the sittings; "
                                                    "the deadline is an estimate)")
                                      : published(loaded, slot->start))
                  << '\n';
    }
    from = slot->deadline + boost::gregorian::days(1);
  }
}

void run_sittings(Context& context, const CalendarOptions& options) {
  const io::LoadedSittings loaded = io::load_sittings(options.name);
  if (loaded.calendar.is_timetable()) {
    print_slots(context, loaded, options.year);
    return;
  }
  const calendar::Date first(static_cast<unsigned short>(options.year), 1, 1);
  const calendar::Date last(static_cast<unsigned short>(options.year), 12, 31);
  for (const auto date : loaded.calendar.sittings_between(first, last)) {
    context.out << calendar::to_iso(date) << ' '
                << (loaded.calendar.projected(date) ? std::string("projected (rule)")
                                                    : published(loaded, date))
                << '\n';
  }
}

}  // namespace

void add_calendar_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<CalendarOptions>();
  CLI::App* command = app.add_subcommand(
      "calendar", "Count statutory periods: add a duration, count days, list holidays");
  command->require_subcommand(1);
  command->footer(
      "Calendars: weekdays, kr, us-federal, eu-ema, or the path of a calendar file.\n"
      "Sitting calendars and timetables (calendar sittings): chmp, ema-standard, drec, ... "
      "(docs/calendars.md).\n"
      "Conventions: plain, kr-civil-petition, ema-day, calendar-months, kr-civil-act\n"
      "(docs/workflow-format.md, \"Counting conventions\"). A negative duration needs --:\n"
      "  regsim calendar add 2026-03-02 -- -5wd");

  CLI::App* add = command->add_subcommand(
      "add", "Print the date on which a period of DURATION from DATE ends (YYYY-MM-DD)");
  add->add_option("DATE", options->date, "start date, YYYY-MM-DD")->required();
  add->add_option("DURATION", options->other, "30d, 20wd, 6w or 10mo")->required();
  add->add_option("--calendar", options->calendar,
                  "holiday calendar for working days (default: weekdays)");
  add->add_option("--convention", options->convention,
                  "counting convention (default: the calendar's, else plain)");
  add->callback([&context, options] { run_add(context, *options); });

  CLI::App* between = command->add_subcommand(
      "between", "Print the calendar days and working days from DATE (counted) to DATE2 (not)");
  between->add_option("DATE", options->date, "first date, YYYY-MM-DD")->required();
  between->add_option("DATE2", options->other, "second date, YYYY-MM-DD")->required();
  between->add_option("--calendar", options->calendar,
                      "holiday calendar for working days (default: weekdays)");
  between->callback([&context, options] { run_between(context, *options); });

  CLI::App* holidays = command->add_subcommand(
      "holidays", "List the holidays of calendar NAME in one year, one 'YYYY-MM-DD name' a line");
  holidays->add_option("NAME", options->name, "calendar name or file")->required();
  holidays->add_option("--year", options->year, "the year, 1400-9999")
      ->required()
      ->transform(whole_number(1400, 9999));
  holidays->callback([&context, options] { run_holidays(context, *options); });

  CLI::App* sittings = command->add_subcommand(
      "sittings",
      "List the sittings of committee calendar NAME in one year, one date a line (ISO first; "
      "for CHMP the plenary's last day), or a timetable's slots: published or projected");
  sittings->add_option("NAME", options->name, "sitting calendar name (chmp, drec, ...) or file")
      ->required();
  sittings->add_option("--year", options->year, "the year, 1400-9999")
      ->required()
      ->transform(whole_number(1400, 9999));
  sittings->callback([&context, options] { run_sittings(context, *options); });
}

}  // namespace regsim::cli
