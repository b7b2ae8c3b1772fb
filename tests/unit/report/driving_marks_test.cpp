// The driving path in every renderer that marks it: each must mark a task on the driving
// path and leave unmarked one that is not (issue 22). One file for the one concern, across
// html.hpp, markdown.hpp and exports.hpp.
#include <catch2/catch.hpp>
#include <regex>
#include <string>

#include "export_fixture.hpp"
#include "regsim/report/exports.hpp"
#include "regsim/report/html.hpp"
#include "regsim/report/markdown.hpp"

using regsim::calendar::Date;
using regsim::calendar::Duration;
using regsim::calendar::DurationUnit;
namespace model = regsim::model;
namespace sim = regsim::sim;

namespace {

// The five-step review of export_fixture.hpp with its driving constraints as the scheduler
// records them, plus an inspection report (a milestone 30 days after submission) that
// nothing after it waits for: the one task off the driving path.
//   submission: the start date; review: FS on submission; questions: FS on review;
//   drec.decision: its sitting of 2026-06-10 (its start set by FS lag 2d on questions);
//   approval: FF on drec.decision; inspection_report: FS lag 30d on submission, not driving.
struct DrivingFixture : regsim_test::Fixture {
  DrivingFixture() {
    pathway.tasks.push_back(regsim_test::make_task("inspection_report", "Inspection report",
                                                   "agency", model::TaskKind::milestone));
    pathway.dependencies.push_back({"submission",
                                    "inspection_report",
                                    model::DependencyType::finish_to_start,
                                    Duration{30, DurationUnit::calendar_days},
                                    {}});
    timeline.tasks.push_back(
        regsim_test::timing("inspection_report", Date(2026, 4, 1), Date(2026, 4, 1), false));
    auto link = [](int from, model::DependencyType type, int lag) {
      sim::DrivingConstraint constraint;
      constraint.kind = sim::ConstraintKind::dependency;
      constraint.from_task = from;
      constraint.has_dependency = true;
      constraint.type = type;
      constraint.lag = Duration{lag, DurationUnit::calendar_days};
      return constraint;
    };
    using Type = model::DependencyType;
    auto& tasks = timeline.tasks;
    tasks[1].constraint = link(0, Type::finish_to_start, 0);
    tasks[2].constraint = link(1, Type::finish_to_start, 0);
    tasks[3].constraint = link(2, Type::finish_to_start, 2);
    tasks[3].constraint.kind = sim::ConstraintKind::sitting;
    tasks[3].constraint.sitting_calendar = "drec";
    tasks[4].constraint = link(3, Type::finish_to_finish, 0);
    tasks[5].constraint = link(0, Type::finish_to_start, 30);
    for (std::size_t t = 0; t < 5; ++t)
      tasks[t].driving = true;
  }
};

int count(const std::string& text, const std::string& needle) {
  int found = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++found;
  return found;
}

// The text from `from` (which must occur) to the next `to` after it.
std::string block(const std::string& text, const std::string& from, const std::string& to) {
  const auto begin = text.find(from);
  REQUIRE(begin != std::string::npos);
  return text.substr(begin, text.find(to, begin) - begin);
}

}  // namespace

TEST_CASE("the HTML and SVG Gantt underline the driving path, with a legend entry",
          "[report][html][driving]") {
  const DrivingFixture f;
  const std::string svg = regsim::report::render_svg_gantt(f.scheduled());
  // One underline per driving task (five), none for the inspection report.
  CHECK(count(svg, "<line class=\"driving\"") == 5);
  CHECK(svg.find("<title>drec.decision: On the driving path (constraint: the drec sitting of "
                 "2026-06-10)</title>") != std::string::npos);
  CHECK(svg.find("<title>approval: On the driving path (constraint: FF lag 0d on "
                 "drec.decision)</title>") != std::string::npos);
  CHECK(svg.find("inspection_report: On the driving path") == std::string::npos);
  CHECK(svg.find("driving path (underlined)") != std::string::npos);
  // The page embeds the same picture.
  const std::string html = regsim::report::render_html_report(f.scheduled(), {});
  CHECK(count(html, "<line class=\"driving\"") == 5);
  CHECK(html.find("driving path (underlined)") != std::string::npos);
}

TEST_CASE("the Markdown schedule has a Driving column and says what it means",
          "[report][driving]") {
  const DrivingFixture f;
  const std::string md = regsim::report::render_gantt_markdown(f.scheduled());
  CHECK(md.find("| Critical | Driving |\n") != std::string::npos);
  CHECK(md.find("| Committee decision | decision | 2026-06-02 | 2026-06-10 | 8 | 0 | 3 d for a "
                "sitting | yes | yes |\n") != std::string::npos);
  CHECK(md.find("| Inspection report | milestone | 2026-04-01 | 2026-04-01 | 0 | 0 |  |  |  |\n") !=
        std::string::npos);
  CHECK(md.find("\nCritical: no float, it cannot slip without moving the end. Driving: on the "
                "driving path") != std::string::npos);
}

TEST_CASE("the TaskJuggler export flags and notes the tasks on the driving path",
          "[report][exports][driving]") {
  const DrivingFixture f;
  const std::string tjp = regsim::report::render_taskjuggler(f.scheduled());
  // The flag is declared once, before the first task uses it.
  CHECK(tjp.find("\nflags driving\n") != std::string::npos);
  CHECK(tjp.find("\nflags driving\n") < tjp.find("\ntask "));
  const std::string decision = block(tjp, "task drec_decision ", "\n}\n");
  CHECK(decision.find("  flags driving\n") != std::string::npos);
  CHECK(decision.find("  note \"On the driving path (constraint: the drec sitting of "
                      "2026-06-10)\"\n") != std::string::npos);
  CHECK(block(tjp, "task review ", "\n}\n")
            .find("note \"On the driving path (constraint: FS "
                  "lag 0d on submission)\"") != std::string::npos);
  const std::string inspection = block(tjp, "task inspection_report ", "\n}\n");
  CHECK(inspection.find("flags") == std::string::npos);
  CHECK(inspection.find("note") == std::string::npos);
  CHECK(count(tjp, "  flags driving\n") == 5);
}

TEST_CASE("the MS Project export marks the driving path in custom text fields",
          "[report][exports][driving]") {
  const DrivingFixture f;
  const std::string xml = regsim::report::render_mspdi(f.scheduled());
  // Text1 is declared as "Driving", Text2 as "Set by", before the calendars.
  CHECK(xml.find("<ExtendedAttribute><FieldID>188743731</FieldID><FieldName>Text1</FieldName>"
                 "<Alias>Driving</Alias></ExtendedAttribute>") < xml.find("<Calendars>"));
  CHECK(xml.find("<FieldID>188743734</FieldID><FieldName>Text2</FieldName><Alias>Set by</Alias>") !=
        std::string::npos);
  const std::string driving_yes =
      "<ExtendedAttribute><FieldID>188743731</FieldID><Value>yes</Value></ExtendedAttribute>";
  const std::string decision = block(xml, "<Name>Committee decision</Name>", "</Task>");
  CHECK(decision.find(driving_yes) != std::string::npos);
  CHECK(decision.find("<Critical>1</Critical>") != std::string::npos);  // kept
  CHECK(
      decision.find("<FieldID>188743734</FieldID><Value>the drec sitting of 2026-06-10</Value>") !=
      std::string::npos);
  const std::string inspection = block(xml, "<Name>Inspection report</Name>", "</Task>");
  CHECK(inspection.find(driving_yes) == std::string::npos);
  CHECK(inspection.find("<FieldID>188743734</FieldID><Value>FS lag 30d on submission</Value>") !=
        std::string::npos);
  CHECK(count(xml, driving_yes) == 5);
}

TEST_CASE("the iCalendar export says which dates are on the driving path",
          "[report][exports][driving]") {
  const DrivingFixture f;
  const std::string ics =
      std::regex_replace(regsim::report::render_icalendar(f.scheduled()), std::regex("\r\n "), "");
  // A line of the description of its own (an escaped newline in RFC 5545 text).
  CHECK(block(ics, "UID:drec.decision.", "END:VEVENT")
            .find("\\nOn the driving path (constraint: the drec sitting of 2026-06-10)\r\n") !=
        std::string::npos);
  CHECK(block(ics, "UID:submission.", "END:VEVENT")
            .find("\\nOn the driving path (constraint: the start date)") != std::string::npos);
  CHECK(block(ics, "UID:inspection_report.", "END:VEVENT").find("driving") == std::string::npos);
}
