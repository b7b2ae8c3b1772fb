#include <fmt/format.h>

#include <map>

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

// The project's one calendar: its working week and, for the years the schedule touches,
// its holidays (a calendar's full data would swamp the file).
void append_calendar(std::string& out, const model::Pathway& pathway,
                     const sim::Timeline& timeline) {
  out += "  <Calendars>\n    <Calendar>\n      <UID>1</UID>\n";
  out += fmt::format("      <Name>{}</Name>\n", detail::xml_escape(pathway.calendar));
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

// One task with its dates and its predecessor links (`index_of`: task positions by id).
void append_task(std::string& out, const model::Pathway& pathway, std::size_t index,
                 const sim::TaskTiming& timing,
                 const std::map<std::string, std::size_t, std::less<>>& index_of) {
  const auto& task = pathway.tasks[index];
  const int uid = static_cast<int>(index) + 1;
  const bool milestone = task.kind == model::TaskKind::milestone || timing.start == timing.finish;
  const int days = calendar::days_between(timing.start, timing.finish);
  out += "    <Task>\n";
  out += fmt::format("      <UID>{0}</UID>\n      <ID>{0}</ID>\n", uid);
  out += fmt::format("      <Name>{}</Name>\n", detail::xml_escape(detail::display_name(task)));
  out += "      <Type>1</Type>\n      <IsNull>0</IsNull>\n";
  out += fmt::format(
      "      <OutlineNumber>{}</OutlineNumber>\n      <OutlineLevel>1</OutlineLevel>\n", uid);
  out += fmt::format("      <Start>{}</Start>\n", date_time(timing.start, "08:00:00"));
  out += fmt::format("      <Finish>{}</Finish>\n", date_time(timing.finish, "08:00:00"));
  // Elapsed days (format 8): the statutory counting is already in regsim's dates.
  out += fmt::format(
      "      <Duration>PT{}H0M0S</Duration>\n      <DurationFormat>8</DurationFormat>\n",
      days * 24);
  out += fmt::format("      <Milestone>{}</Milestone>\n", milestone ? 1 : 0);
  out += fmt::format("      <Critical>{}</Critical>\n", timing.critical ? 1 : 0);
  out += fmt::format("      <TotalSlack>{}</TotalSlack>\n", timing.total_float_days * 480 * 10);
  out += "      <ConstraintType>4</ConstraintType>\n";  // start no earlier than
  out += fmt::format("      <ConstraintDate>{}</ConstraintDate>\n",
                     date_time(timing.start, "08:00:00"));
  for (const auto& link : pathway.dependencies) {
    if (link.to != task.id) continue;
    const Lag lag = mspdi_lag(link.lag);
    out += fmt::format(
        "      <PredecessorLink><PredecessorUID>{}</PredecessorUID><Type>{}</Type>"
        "<CrossProject>0</CrossProject><LinkLag>{}</LinkLag><LagFormat>{}</LagFormat>"
        "</PredecessorLink>\n",
        index_of.at(link.from) + 1, link_type(link.type), lag.tenths_of_minutes, lag.format);
  }
  if (!task.note.empty())
    out += fmt::format("      <Notes>{}</Notes>\n", detail::xml_escape(task.note));
  out += "    </Task>\n";
}

}  // namespace

std::string render_mspdi(const analysis::ScheduledScenario& scheduled) {
  const auto& pathway = scheduled.pathway;
  const auto& timeline = scheduled.timeline;
  std::map<std::string, std::size_t, std::less<>> index_of;
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index) {
    index_of[pathway.tasks[index].id] = index;
  }

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
  out += "  <CalendarUID>1</CalendarUID>\n";
  out += "  <DefaultStartTime>08:00:00</DefaultStartTime>\n";
  out += "  <DefaultFinishTime>17:00:00</DefaultFinishTime>\n";
  out += "  <MinutesPerDay>480</MinutesPerDay>\n  <MinutesPerWeek>2400</MinutesPerWeek>\n";
  out += "  <DaysPerMonth>20</DaysPerMonth>\n";
  append_calendar(out, pathway, timeline);
  out += "  <Tasks>\n";
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index)
    append_task(out, pathway, index, timeline.tasks[index], index_of);
  out += "  </Tasks>\n</Project>\n";
  return out;
}

}  // namespace regsim::report
