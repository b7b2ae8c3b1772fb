#include "regsim/report/exports.hpp"

#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "export_fixture.hpp"

using regsim::calendar::Date;
using regsim::calendar::Duration;
using regsim::calendar::DurationUnit;
using regsim_test::Fixture;
namespace model = regsim::model;
namespace sim = regsim::sim;

namespace {

std::vector<std::string> lines_of(const std::string& text, const std::string& separator = "\n") {
  std::vector<std::string> lines;
  std::size_t position = 0;
  while (position < text.size()) {
    const auto end = text.find(separator, position);
    lines.push_back(text.substr(position, end - position));
    if (end == std::string::npos) break;
    position = end + separator.size();
  }
  return lines;
}

}  // namespace

TEST_CASE("mermaid export has absolute dates, crit and milestone tags, sections by owner",
          "[report][exports]") {
  const Fixture fixture;
  const std::string chart = regsim::report::render_mermaid(fixture.scheduled());
  CHECK(chart.rfind("gantt\n", 0) == 0);
  CHECK(chart.find("dateFormat YYYY-MM-DD") != std::string::npos);
  CHECK(chart.find(
            "section Applicant\n    Submission :crit, milestone, submission, 2026-03-02, 0d") !=
        std::string::npos);
  // ':' in a name would end the name in Mermaid; it is replaced.
  CHECK(chart.find("Scientific review - quality & safety :crit, review, 2026-03-02, 2026-05-01") !=
        std::string::npos);
  CHECK(chart.find("section Committee\n    Committee decision :crit, drec_decision, 2026-06-02, "
                   "2026-06-10") != std::string::npos);
  CHECK(chart.find("statutory (met) :milestone, deadline_statutory, 2026-05-31, 0d") !=
        std::string::npos);
  // The applicant's two tasks share one section, in pathway order.
  CHECK(chart.find("section Applicant") == chart.rfind("section Applicant"));
}

TEST_CASE("iCalendar export follows RFC 5545 framing", "[report][exports]") {
  const Fixture fixture;
  const std::string ics = regsim::report::render_icalendar(fixture.scheduled());
  // Every line ends with CRLF and none is longer than 75 octets.
  CHECK(ics.size() > 2);
  CHECK(ics.substr(ics.size() - 2) == "\r\n");
  for (const auto& line : lines_of(ics.substr(0, ics.size() - 2), "\r\n")) {
    INFO(line);
    CHECK(line.size() <= 75);
    CHECK(line.find('\n') == std::string::npos);
  }
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//regsim//regsim ", 0) == 0);
  CHECK(ics.find("END:VCALENDAR\r\n") == ics.size() - 15);
  // Milestones and decisions become all-day events; the review task does not.
  CHECK(ics.find("DTSTART;VALUE=DATE:20260610\r\nDTEND;VALUE=DATE:20260611") != std::string::npos);
  CHECK(ics.find("SUMMARY:Scientific review") == std::string::npos);
  CHECK(ics.find("UID:approval.example_review.baseline@regsim") != std::string::npos);
  // Text escaping: ';' and ',' in the title are escaped in the calendar name.
  const auto unfolded = std::regex_replace(ics, std::regex("\r\n "), "");
  CHECK(unfolded.find("X-WR-CALNAME:Review\\; with \"quotes\"\\, commas (baseline)") !=
        std::string::npos);
  CHECK(unfolded.find("SUMMARY:Deadline: Statutory limit (90 clock days)") != std::string::npos);
  CHECK(unfolded.find("DTSTART;VALUE=DATE:20260531") != std::string::npos);
  int events = 0;
  for (std::size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos;
       at = ics.find("BEGIN:VEVENT", at + 1)) {
    ++events;
  }
  CHECK(events == 4);  // submission, decision, approval, deadline
}

TEST_CASE("icalendar events give the clock days from the start the schedule counted",
          "[report][exports]") {
  // Issue 27: the events printed each milestone's own clock days (0 for a milestone)
  // instead of the clock from the start of the pathway.
  const Fixture fixture;
  const auto unfolded = std::regex_replace(regsim::report::render_icalendar(fixture.scheduled()),
                                           std::regex("\r\n "), "");
  // iCalendar text escapes ',' as '\,'.
  CHECK(unfolded.find("Approval (100 calendar days\\, 68 clock days from the start of the "
                      "pathway)") != std::string::npos);
  CHECK(unfolded.find("Submission (0 calendar days\\, 0 clock days from") != std::string::npos);
  // The clock record, not the task: end the second run four days earlier and
  // the figure follows.
  Fixture shorter;
  shorter.timeline.clock.runs[1].to = Date(2026, 6, 6);
  const auto changed = std::regex_replace(regsim::report::render_icalendar(shorter.scheduled()),
                                          std::regex("\r\n "), "");
  CHECK(changed.find("Approval (100 calendar days\\, 64 clock days from") != std::string::npos);
}

TEST_CASE("iCalendar folding never splits a UTF-8 character", "[report][exports]") {
  Fixture fixture;
  fixture.pathway.tasks[0].name = std::string(30, 'x') + "의약품 품목허가 신청서 제출 및 접수 확인";
  const std::string ics = regsim::report::render_icalendar(fixture.scheduled());
  for (const auto& line : lines_of(ics, "\r\n")) {
    if (line.empty()) continue;
    const auto first = static_cast<unsigned char>(line[line[0] == ' ' ? 1 : 0]);
    CHECK((first & 0xC0) != 0x80);  // no line starts inside a multi-byte sequence
  }
  const auto unfolded = std::regex_replace(ics, std::regex("\r\n "), "");
  CHECK(unfolded.find("의약품 품목허가 신청서 제출 및 접수 확인") != std::string::npos);
}

TEST_CASE("TaskJuggler export encodes links, gaps and pinned starts", "[report][exports]") {
  const Fixture fixture;
  const std::string tjp = regsim::report::render_taskjuggler(fixture.scheduled());
  CHECK(tjp.find(
            "project example_review \"Review; with 'quotes', commas (baseline)\" 2026-03-02 - ") !=
        std::string::npos);
  CHECK(tjp.find("leaves holiday \"Children's Day\" 2026-05-05") != std::string::npos);
  // The first task has no predecessor: its start is given.
  CHECK(tjp.find("task submission \"Submission\" {\n  start 2026-03-02\n  milestone\n}") !=
        std::string::npos);
  // A plain FS link reproduces the start: no pin.
  CHECK(tjp.find("task review \"Scientific review: quality & safety\" {\n  depends submission\n"
                 "  duration 60d\n}") != std::string::npos);
  // The 2-day lag is a gap; the decision's duration includes its sitting wait.
  CHECK(tjp.find(
            "task drec_decision \"Committee decision\" {\n  depends questions { gapduration 2d }\n"
            "  duration 8d\n}") != std::string::npos);
  CHECK(tjp.find("#   drec.decision -> drec_decision") != std::string::npos);
  // FF cannot be said in tj3: the link is noted and the start pinned.
  CHECK(
      tjp.find("task approval \"Approval\" {\n  # not expressible in tj3: FF drec.decision lag 0d\n"
               "  start 2026-06-10\n  milestone\n}") != std::string::npos);
}

TEST_CASE("MS Project XML export has the required elements and round-trips links",
          "[report][exports]") {
  Fixture fixture;
  fixture.pathway.dependencies.push_back({"submission",
                                          "questions",
                                          model::DependencyType::start_to_start,
                                          Duration{3, DurationUnit::working_days},
                                          {}});
  fixture.pathway.dependencies.push_back({"review",
                                          "approval",
                                          model::DependencyType::start_to_finish,
                                          Duration{-2, DurationUnit::weeks},
                                          {}});
  const std::string xml = regsim::report::render_mspdi(fixture.scheduled());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                  "<Project xmlns=\"http://schemas.microsoft.com/project\">",
                  0) == 0);
  for (const char* element :
       {"<Calendars>", "<WeekDays>", "<Exceptions>", "<Tasks>", "<UID>", "<Start>", "<Finish>",
        "<Duration>", "<Milestone>1</Milestone>", "</Project>"}) {
    INFO(element);
    CHECK(xml.find(element) != std::string::npos);
  }
  CHECK(xml.find("<FromDate>2026-05-05T00:00:00</FromDate>") != std::string::npos);
  CHECK(xml.find("<Name>Children&apos;s Day</Name>") != std::string::npos);
  CHECK(xml.find("<Title>Review; with &quot;quotes&quot;, commas (baseline)</Title>") !=
        std::string::npos);
  // Saturday (DayType 7) and Sunday (1) are not working days.
  CHECK(xml.find("<DayType>1</DayType><DayWorking>0</DayWorking>") != std::string::npos);
  CHECK(xml.find("<DayType>7</DayType><DayWorking>0</DayWorking>") != std::string::npos);
  CHECK(xml.find("<DayType>2</DayType><DayWorking>1</DayWorking>") != std::string::npos);

  // Parse every link back and compare with the pathway's dependencies.
  const std::regex link_pattern(
      "<PredecessorUID>(\\d+)</PredecessorUID><Type>(\\d)</Type><CrossProject>0</CrossProject>"
      "<LinkLag>(-?\\d+)</LinkLag><LagFormat>(\\d+)</LagFormat>");
  struct Parsed {
    std::string from;
    model::DependencyType type;
    Duration lag;
  };
  std::vector<Parsed> parsed;
  for (std::sregex_iterator it(xml.begin(), xml.end(), link_pattern), end; it != end; ++it) {
    const auto& match = *it;
    const std::string from = fixture.pathway.tasks[std::stoul(match[1]) - 1].id;
    const int type = std::stoi(match[2]);
    const long lag = std::stol(match[3]);
    const int format = std::stoi(match[4]);
    const model::DependencyType types[] = {
        model::DependencyType::finish_to_finish, model::DependencyType::finish_to_start,
        model::DependencyType::start_to_finish, model::DependencyType::start_to_start};
    Duration duration;
    if (format == 8) duration = {static_cast<int>(lag / 14400), DurationUnit::calendar_days};
    if (format == 7) duration = {static_cast<int>(lag / 4800), DurationUnit::working_days};
    if (format == 9) duration = {static_cast<int>(lag / 24000), DurationUnit::weeks};
    if (format == 11) duration = {static_cast<int>(lag / 96000), DurationUnit::months};
    parsed.push_back({from, types[type], duration});
  }
  REQUIRE(parsed.size() == fixture.pathway.dependencies.size());
  for (const auto& link : fixture.pathway.dependencies) {
    INFO(link.from << " -> " << link.to);
    const bool found = std::any_of(parsed.begin(), parsed.end(), [&](const Parsed& p) {
      return p.from == link.from && p.type == link.type && p.lag == link.lag;
    });
    CHECK(found);
  }
}
