#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <tuple>

#include "export_runs.hpp"
#include "export_text.hpp"
#include "regsim/report/exports.hpp"

namespace regsim::report {
namespace {

using calendar::Date;
using calendar::DurationUnit;

// MSPDI link types (Microsoft's Project XML schema, PredecessorLink.Type).
int link_type(model::DependencyType type) {
  switch (type) {
    case model::DependencyType::finish_to_finish:
      return 0;
    case model::DependencyType::finish_to_start:
      return 1;
    case model::DependencyType::start_to_finish:
      return 2;
    case model::DependencyType::start_to_start:
      return 3;
  }
  return 1;
}

// LinkLag is in tenths of a minute; LagFormat names the unit shown: 7 days (working),
// 8 elapsed days, 9 weeks, 11 months. A working day is 480 minutes, a week 2,400 and a
// month 20 working days, as declared in the project header below.
struct Lag {
  long tenths_of_minutes;
  int format;
};
Lag mspdi_lag(calendar::Duration lag) {
  switch (lag.unit) {
    case DurationUnit::calendar_days:
      return {lag.amount * 24L * 60 * 10, 8};
    case DurationUnit::working_days:
      return {lag.amount * 480L * 10, 7};
    case DurationUnit::weeks:
      return {lag.amount * 2400L * 10, 9};
    case DurationUnit::months:
      return {lag.amount * 9600L * 10, 11};
  }
  return {0, 8};
}

std::string date_time(Date date, const char* time) {
  return calendar::to_iso(date) + "T" + time;
}

void append_weekdays(std::string& out, calendar::WeekendMask weekend) {
  out += "      <WeekDays>\n";
  for (int day = 0; day < 7; ++day) {  // DayType 1 = Sunday ... 7 = Saturday
    const bool working = (weekend & (1u << day)) == 0;
    out += fmt::format("        <WeekDay><DayType>{}</DayType><DayWorking>{}</DayWorking>", day + 1,
                       working ? 1 : 0);
    if (working) {
      out +=
          "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime>"
          "</WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime>"
          "</WorkingTime></WorkingTimes>";
    }
    out += "</WeekDay>\n";
  }
  out += "      </WeekDays>\n";
}

// The calendar's own name ("kr"), never the file it came from ("calendars/jp.yaml").
std::string calendar_name(const std::string& reference) {
  std::string name = reference.substr(reference.find_last_of('/') + 1);
  for (const std::string_view suffix : {".yaml", ".yml"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      name.resize(name.size() - suffix.size());
      break;
    }
  }
  return name;
}

// The project's one calendar: its working week and, for the years the schedule touches,
// its holidays (a calendar's full data would swamp the file).
void append_calendar(std::string& out, const model::Pathway& pathway,
                     const sim::Timeline& timeline) {
  out += "  <Calendars>\n    <Calendar>\n      <UID>1</UID>\n";
  out +=
      fmt::format("      <Name>{}</Name>\n", detail::xml_escape(calendar_name(pathway.calendar)));
  out += "      <IsBaseCalendar>1</IsBaseCalendar>\n      <BaseCalendarUID>-1</BaseCalendarUID>\n";
  const auto found = pathway.calendars.find(pathway.calendar);
  append_weekdays(
      out, found == pathway.calendars.end() ? calendar::saturday_sunday : found->second.weekend());
  if (found != pathway.calendars.end()) {
    out += "      <Exceptions>\n";
    const Date from = timeline.start - boost::gregorian::days(366);
    const Date to = timeline.finish + boost::gregorian::days(366);
    for (const auto& holiday : found->second.holidays()) {
      if (holiday.date < from || holiday.date > to) continue;
      out += fmt::format(
          "        <Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod>"
          "<FromDate>{}</FromDate><ToDate>{}</ToDate></TimePeriod><Occurrences>1</Occurrences>"
          "<Name>{}</Name><Type>1</Type><DayWorking>0</DayWorking></Exception>\n",
          date_time(holiday.date, "00:00:00"), date_time(holiday.date, "23:59:00"),
          detail::xml_escape(holiday.name));
    }
    out += "      </Exceptions>\n";
  }
  out += "    </Calendar>\n  </Calendars>\n";
}

// Where each run of each task goes in the file: UIDs stay the task's position + 1, so
// they do not move when a scenario repeats a round; the rounds of a repeated task (its
// summary row keeps the task's UID) take UIDs after the last task.
struct Rows {
  std::vector<std::vector<int>> run_uid;  ///< [task][round - 1]
};

Rows number_rows(const sim::Timeline& timeline) {
  Rows rows;
  int next = static_cast<int>(timeline.tasks.size()) + 1;
  for (std::size_t index = 0; index < timeline.tasks.size(); ++index) {
    const int runs = detail::run_count(timeline.tasks[index]);
    std::vector<int> uids;
    if (runs == 1) {
      uids.push_back(static_cast<int>(index) + 1);
    } else {
      for (int round = 1; round <= runs; ++round)
        uids.push_back(next++);
    }
    rows.run_uid.push_back(std::move(uids));
  }
  return rows;
}

// The driving path as two custom task fields (declared in the project's
// ExtendedAttributes): Text1 "Driving" is "yes" on the driving path, Text2 "Set by" names
// what set the task's dates. MS Project shows them as columns and can filter on them.
constexpr long driving_field = 188743731;     // Text1
constexpr long constraint_field = 188743734;  // Text2

void append_extended_attributes(std::string& out) {
  out += "  <ExtendedAttributes>\n";
  for (const auto& [field, name, alias] : {std::tuple{driving_field, "Text1", "Driving"},
                                           std::tuple{constraint_field, "Text2", "Set by"}}) {
    out += fmt::format(
        "    <ExtendedAttribute><FieldID>{}</FieldID><FieldName>{}</FieldName><Alias>{}</Alias>"
        "</ExtendedAttribute>\n",
        field, name, alias);
  }
  out += "  </ExtendedAttributes>\n";
}

void append_driving(std::string& out, const sim::Timeline& timeline,
                    const sim::TaskTiming& timing) {
  if (timing.driving) {
    out += fmt::format(
        "      <ExtendedAttribute><FieldID>{}</FieldID><Value>yes</Value></ExtendedAttribute>\n",
        driving_field);
  }
  out += fmt::format(
      "      <ExtendedAttribute><FieldID>{}</FieldID><Value>{}</Value></ExtendedAttribute>\n",
      constraint_field, detail::xml_escape(detail::constraint_phrase(timeline, timing)));
}

// One row: a task, a round of one, or the summary of a repeated task.
struct Row {
  int uid = 0;
  int id = 0;  ///< the row number
  std::string outline;
  int level = 1;
  std::string name;
  sim::RoundDates dates;
  bool summary = false;
};

void append_row(std::string& out, const model::Task& task, const sim::Timeline& timeline,
                std::size_t index, const Row& row, const std::vector<detail::RunLink>& links,
                const Rows& rows) {
  const auto& timing = timeline.tasks[index];
  const calendar::Date as_of = timeline.as_of.value_or(timeline.start);
  const bool milestone = !row.summary && (task.kind == model::TaskKind::milestone ||
                                          row.dates.start == row.dates.finish);
  const int days = calendar::days_between(row.dates.start, row.dates.finish);
  out += "    <Task>\n";
  out += fmt::format("      <UID>{}</UID>\n      <ID>{}</ID>\n", row.uid, row.id);
  out += fmt::format("      <Name>{}</Name>\n", detail::xml_escape(row.name));
  out += "      <Type>1</Type>\n      <IsNull>0</IsNull>\n";
  out += fmt::format(
      "      <OutlineNumber>{}</OutlineNumber>\n      <OutlineLevel>{}</OutlineLevel>\n",
      row.outline, row.level);
  out += fmt::format("      <Start>{}</Start>\n", date_time(row.dates.start, "08:00:00"));
  out += fmt::format("      <Finish>{}</Finish>\n", date_time(row.dates.finish, "08:00:00"));
  // Elapsed days (format 8): the statutory counting is already in regsim's dates.
  out += fmt::format(
      "      <Duration>PT{}H0M0S</Duration>\n      <DurationFormat>8</DurationFormat>\n",
      days * 24);
  if (row.summary) out += "      <Summary>1</Summary>\n";
  out += fmt::format("      <Milestone>{}</Milestone>\n", milestone ? 1 : 0);
  out += fmt::format("      <Critical>{}</Critical>\n", timing.critical ? 1 : 0);
  out += fmt::format("      <TotalSlack>{}</TotalSlack>\n", timing.total_float_days * 480 * 10);
  if (!row.summary) {
    out += "      <ConstraintType>4</ConstraintType>\n";  // start no earlier than
    out += fmt::format("      <ConstraintDate>{}</ConstraintDate>\n",
                       date_time(row.dates.start, "08:00:00"));
  }
  for (const auto& link : links) {
    const Lag lag = mspdi_lag(link.lag);
    out += fmt::format(
        "      <PredecessorLink><PredecessorUID>{}</PredecessorUID><Type>{}</Type>"
        "<CrossProject>0</CrossProject><LinkLag>{}</LinkLag><LagFormat>{}</LagFormat>"
        "</PredecessorLink>\n",
        rows.run_uid[link.from][static_cast<std::size_t>(link.from_round - 1)],
        link_type(link.type), lag.tenths_of_minutes, lag.format);
  }
  // With a status: what MS Project calls actuals. A row of a repeated task carries them when
  // its own dates are the task's actual start (the first round) or finish (the last).
  if (timing.progress != sim::Progress::planned) {
    if (row.dates.start == timing.start) {
      out += fmt::format("      <ActualStart>{}</ActualStart>\n",
                         date_time(row.dates.start, "08:00:00"));
    }
    const bool done = timing.progress == sim::Progress::done && row.dates.finish == timing.finish;
    if (done) {
      out += fmt::format("      <ActualFinish>{}</ActualFinish>\n",
                         date_time(row.dates.finish, "08:00:00"));
    }
    out += fmt::format(
        "      <PercentComplete>{}</PercentComplete>\n",
        done ? 100 : detail::percent_complete(timing, row.dates.start, row.dates.finish, as_of));
  }
  if (!task.note.empty() && row.level == 1)
    out += fmt::format("      <Notes>{}</Notes>\n", detail::xml_escape(task.note));
  if (row.level == 1 && !timing.skipped) append_driving(out, timeline, timing);
  out += "    </Task>\n";
}

// Every task in pathway order; a repeated task as a summary row over one row per round.
void append_tasks(std::string& out, const model::Pathway& pathway, const sim::Timeline& timeline,
                  const Rows& rows) {
  const auto links = detail::run_links(pathway, timeline);
  out += "  <Tasks>\n";
  int id = 0;
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index) {
    const auto& task = pathway.tasks[index];
    const auto& timing = timeline.tasks[index];
    const int runs = detail::run_count(timing);
    const int outline = static_cast<int>(index) + 1;
    Row row{static_cast<int>(index) + 1,
            ++id,
            std::to_string(outline),
            1,
            detail::display_name(task),
            {timing.start, timing.finish},
            runs > 1};
    append_row(out, task, timeline, index, row,
               runs > 1 ? std::vector<detail::RunLink>{} : links[index][0], rows);
    for (int round = 1; runs > 1 && round <= runs; ++round) {
      const Row part{rows.run_uid[index][static_cast<std::size_t>(round - 1)],
                     ++id,
                     fmt::format("{}.{}", outline, round),
                     2,
                     fmt::format("{} (round {})", detail::display_name(task), round),
                     detail::run_dates(timing, round),
                     false};
      append_row(out, task, timeline, index, part,
                 links[index][static_cast<std::size_t>(round - 1)], rows);
    }
  }
  out += "  </Tasks>\n";
}

// Each pool a work resource with its capacity as maximum units; each run of a task that
// holds pool units an assignment of them.
void append_resources(std::string& out, const model::Pathway& pathway,
                      const sim::Timeline& timeline, const Rows& rows) {
  if (pathway.resources.empty()) return;
  out += "  <Resources>\n";
  for (std::size_t r = 0; r < pathway.resources.size(); ++r) {
    const auto& pool = pathway.resources[r];
    out += fmt::format(
        "    <Resource><UID>{0}</UID><ID>{0}</ID><Name>{1}</Name><Type>1</Type>"
        "<MaxUnits>{2}</MaxUnits><CalendarUID>1</CalendarUID></Resource>\n",
        r + 1, detail::xml_escape(pool.name.empty() ? pool.id : pool.name), pool.capacity);
  }
  out += "  </Resources>\n  <Assignments>\n";
  int uid = 0;
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index) {
    const auto& timing = timeline.tasks[index];
    if (timing.skipped) continue;
    for (const auto& need : pathway.tasks[index].needs) {
      const auto pool = std::find_if(pathway.resources.begin(), pathway.resources.end(),
                                     [&](const auto& p) { return p.id == need.pool; });
      if (pool == pathway.resources.end()) continue;
      for (int round = 1; round <= detail::run_count(timing); ++round) {
        const auto dates = detail::run_dates(timing, round);
        out += fmt::format(
            "    <Assignment><UID>{}</UID><TaskUID>{}</TaskUID><ResourceUID>{}</ResourceUID>"
            "<Units>{}</Units><Start>{}</Start><Finish>{}</Finish></Assignment>\n",
            ++uid, rows.run_uid[index][static_cast<std::size_t>(round - 1)],
            pool - pathway.resources.begin() + 1, need.units, date_time(dates.start, "08:00:00"),
            date_time(dates.finish, "08:00:00"));
      }
    }
  }
  out += "  </Assignments>\n";
}

}  // namespace

std::string render_mspdi(const analysis::ScheduledScenario& scheduled) {
  const auto& pathway = scheduled.pathway;
  const auto& timeline = scheduled.timeline;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  out += "<Project xmlns=\"http://schemas.microsoft.com/project\">\n";
  out += "  <SaveVersion>14</SaveVersion>\n";
  out += fmt::format("  <Name>{}.xml</Name>\n",
                     detail::xml_escape(detail::plain_identifier(pathway.id)));
  out += fmt::format("  <Title>{} ({})</Title>\n", detail::xml_escape(pathway.title),
                     detail::xml_escape(timeline.scenario_id));
  out += "  <ScheduleFromStart>1</ScheduleFromStart>\n";
  out += fmt::format("  <StartDate>{}</StartDate>\n", date_time(timeline.start, "08:00:00"));
  out += fmt::format("  <FinishDate>{}</FinishDate>\n", date_time(timeline.finish, "08:00:00"));
  if (timeline.as_of) {
    out += fmt::format("  <StatusDate>{}</StatusDate>\n", date_time(*timeline.as_of, "08:00:00"));
  }
  out += "  <CalendarUID>1</CalendarUID>\n";
  out += "  <DefaultStartTime>08:00:00</DefaultStartTime>\n";
  out += "  <DefaultFinishTime>17:00:00</DefaultFinishTime>\n";
  out += "  <MinutesPerDay>480</MinutesPerDay>\n  <MinutesPerWeek>2400</MinutesPerWeek>\n";
  out += "  <DaysPerMonth>20</DaysPerMonth>\n";
  append_extended_attributes(out);
  append_calendar(out, pathway, timeline);
  const Rows rows = number_rows(timeline);
  append_tasks(out, pathway, timeline, rows);
  append_resources(out, pathway, timeline, rows);
  out += "</Project>\n";
  return out;
}

}  // namespace regsim::report
