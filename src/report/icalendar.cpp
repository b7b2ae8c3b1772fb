#include <fmt/format.h>

#include "export_text.hpp"
#include "regsim/report/exports.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/version.hpp"

namespace regsim::report {
namespace {

// RFC 5545 3.3.11: backslash, semicolon and comma are escaped; newlines become \n.
std::string ical_text(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') {
      escaped += '\\';
      escaped += c;
    } else if (c == '\n') {
      escaped += "\\n";
    } else if (c != '\r') {
      escaped += c;
    }
  }
  return escaped;
}

// RFC 5545 3.1: lines longer than 75 octets are folded with CRLF + one space, never
// inside a UTF-8 sequence (a continuation byte is 10xxxxxx).
void append_folded(std::string& out, const std::string& line) {
  std::size_t position = 0;
  std::size_t limit = 75;
  while (line.size() - position > limit) {
    std::size_t cut = position + limit;
    while (cut > position && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
      --cut;
    out.append(line, position, cut - position);
    out += "\r\n ";
    position = cut;
    limit = 74;  // the leading space counts toward the 75 octets
  }
  out.append(line, position, std::string::npos);
  out += "\r\n";
}

std::string compact_date(calendar::Date date) {
  std::string iso = calendar::to_iso(date);
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string uid_base(const sim::Timeline& timeline) {
  return detail::plain_identifier(timeline.pathway_id) + "." +
         detail::plain_identifier(timeline.scenario_id);
}

void append_event(std::string& out, const std::string& uid, const std::string& stamp,
                  calendar::Date date, const std::string& summary, const std::string& description,
                  const std::string& category) {
  append_folded(out, "BEGIN:VEVENT");
  append_folded(out, "UID:" + uid);
  append_folded(out, "DTSTAMP:" + stamp);
  append_folded(out, "DTSTART;VALUE=DATE:" + compact_date(date));
  append_folded(out, "DTEND;VALUE=DATE:" + compact_date(date + boost::gregorian::days(1)));
  append_folded(out, "SUMMARY:" + ical_text(summary));
  if (!description.empty()) append_folded(out, "DESCRIPTION:" + ical_text(description));
  append_folded(out, "CATEGORIES:" + ical_text(category));
  append_folded(out, "TRANSP:TRANSPARENT");
  append_folded(out, "END:VEVENT");
}

}  // namespace

std::string render_icalendar(const analysis::ScheduledScenario& scheduled) {
  const auto& pathway = scheduled.pathway;
  const auto& timeline = scheduled.timeline;
  // DTSTAMP is required; taking it from the schedule keeps the output reproducible.
  const std::string stamp = compact_date(timeline.start) + "T000000Z";
  const std::string base = uid_base(timeline);

  std::string out;
  append_folded(out, "BEGIN:VCALENDAR");
  append_folded(out, "VERSION:2.0");
  append_folded(out, std::string("PRODID:-//regsim//regsim ") + version_string + "//EN");
  append_folded(out, "CALSCALE:GREGORIAN");
  append_folded(out, "METHOD:PUBLISH");
  append_folded(out,
                "X-WR-CALNAME:" + ical_text(pathway.title + " (" + timeline.scenario_id + ")"));
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index) {
    const auto& task = pathway.tasks[index];
    const auto& timing = timeline.tasks[index];
    const bool milestone = task.kind == model::TaskKind::milestone;
    const bool decision = task.kind == model::TaskKind::decision;
    if (timing.skipped || !(milestone || decision)) continue;
    std::string description = fmt::format(
        "{}: {} ({} calendar days, {} clock days from the start of the pathway)", pathway.title,
        detail::display_name(task), calendar::days_between(timeline.start, timing.finish),
        timeline.clock.days_between(timeline.start, timing.finish));
    if (timing.sitting_wait_days > 0) {
      description +=
          fmt::format("; waited {} days for the committee sitting", timing.sitting_wait_days);
    }
    if (timeline.as_of) {
      // With a status, a date is a fact or a forecast: say which.
      description += timing.progress == sim::Progress::done
                         ? "; actual date"
                         : fmt::format("; forecast as of {}", calendar::to_iso(*timeline.as_of));
    }
    // A line of its own: what set the date, for the dates that set the end.
    if (timing.driving) description += "\n" + detail::driving_sentence(timeline, timing);
    append_event(out, task.id + "." + base + "@regsim", stamp, timing.finish,
                 detail::display_name(task), description, milestone ? "Milestone" : "Decision");
  }
  for (std::size_t index = 0; index < timeline.deadlines.size(); ++index) {
    const auto& result = timeline.deadlines[index];
    const auto& deadline = pathway.deadlines[index];
    const auto basis = describe(result.basis);
    const std::string summary =
        fmt::format("Deadline: {} ({} {})", deadline.name.empty() ? deadline.id : deadline.name,
                    result.limit, basis);
    const std::string description = fmt::format(
        "{} {} used of {}: {} by {} {}", result.used, basis, result.limit,
        result.met ? "met" : "missed", result.margin >= 0 ? result.margin : -result.margin, basis);
    append_event(out, "deadline." + deadline.id + "." + base + "@regsim", stamp, result.due,
                 summary, description, "Deadline");
  }
  append_folded(out, "END:VCALENDAR");
  return out;
}

}  // namespace regsim::report
