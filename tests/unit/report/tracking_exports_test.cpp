// Exports and the Gantt with a status: tests/cases/status/data/in-questions.yaml on track.yaml
// (review done 01-06..02-10, questions in progress since 02-10 with a planned end of 03-02,
// as of 03-01; hand-computed dates in tests/unit/sim/tracking_test.cpp).
#include <catch2/catch.hpp>
#include <filesystem>

#include "regsim/analysis/scheduled_scenario.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/io/status_reader.hpp"
#include "regsim/report/csv.hpp"
#include "regsim/report/exports.hpp"
#include "regsim/report/gantt.hpp"
#include "regsim/report/html.hpp"
#include "regsim/report/markdown.hpp"

using namespace regsim;

namespace {

analysis::ScheduledScenario tracked(bool with_status) {
  const auto folder = std::filesystem::path(REGSIM_TEST_DATA_DIR) / "cases" / "status" / "data";
  const auto status = io::read_status(folder / "in-questions.yaml");
  analysis::ScheduledScenario scheduled;
  scheduled.pathway = io::read_pathway(io::status_pathway_path(status));
  analysis::schedule_into(scheduled, {}, with_status ? &status : nullptr);
  return scheduled;
}

// iCalendar folds lines at 75 octets; the tests read the text unfolded.
std::string unfolded(std::string text) {
  for (auto at = text.find("\r\n "); at != std::string::npos; at = text.find("\r\n ", at))
    text.erase(at, 3);
  return text;
}

}  // namespace

TEST_CASE("TaskJuggler carries the status date and the share done", "[report][tracking]") {
  const auto tjp = report::render_taskjuggler(tracked(true));
  CHECK(tjp.find("  now 2026-03-01\n") != std::string::npos);
  // review is done; questions ran 19 of its 20 forecast days (02-10..03-02) by 03-01: 95%.
  CHECK(tjp.find("task review \"review\" {\n  complete 100\n") != std::string::npos);
  CHECK(tjp.find("task questions \"questions\" {\n  complete 95\n") != std::string::npos);
  CHECK(tjp.find("task review2 \"review2\" {\n  complete") == std::string::npos);
  CHECK(report::render_taskjuggler(tracked(false)).find("complete") == std::string::npos);
}

TEST_CASE("MSPDI carries the status date and actual start and finish", "[report][tracking]") {
  const auto xml = report::render_mspdi(tracked(true));
  CHECK(xml.find("<StatusDate>2026-03-01T08:00:00</StatusDate>") != std::string::npos);
  CHECK(xml.find("<ActualStart>2026-01-06T08:00:00</ActualStart>\n"
                 "      <ActualFinish>2026-02-10T08:00:00</ActualFinish>\n"
                 "      <PercentComplete>100</PercentComplete>") != std::string::npos);
  CHECK(xml.find("<ActualStart>2026-02-10T08:00:00</ActualStart>\n"
                 "      <PercentComplete>95</PercentComplete>") != std::string::npos);
  const auto plain = report::render_mspdi(tracked(false));
  CHECK(plain.find("Actual") == std::string::npos);
  CHECK(plain.find("StatusDate") == std::string::npos);
}

TEST_CASE("iCalendar says which dates are actual and which forecast", "[report][tracking]") {
  const auto ics = unfolded(report::render_icalendar(tracked(true)));
  const auto submission = ics.find("SUMMARY:submission");
  const auto approval = ics.find("SUMMARY:approval");
  REQUIRE(submission != std::string::npos);
  REQUIRE(approval != std::string::npos);
  CHECK(ics.find("; actual date", submission) < ics.find("END:VEVENT", submission));
  CHECK(ics.find("; forecast as of 2026-03-01", approval) < ics.find("END:VEVENT", approval));
}

TEST_CASE("the Gantt draws actual work and the as-of line", "[report][tracking]") {
  report::TextOptions options;
  options.ascii = true;
  options.width = 100;
  const auto gantt = report::render_gantt(tracked(true), options);
  CHECK(gantt.find("as of 2026-03-01: actual dates up to it, forecast after it") !=
        std::string::npos);
  CHECK(gantt.find("A actual (before the as-of date)") != std::string::npos);
  CHECK(gantt.find(": as-of date") != std::string::npos);
  // Rows start with the critical-path mark (or a blank) and the task's name.
  const auto row_of = [&gantt](const std::string& name) {
    for (std::size_t at = 0; at < gantt.size(); at = gantt.find('\n', at) + 1) {
      const auto line = gantt.substr(at, gantt.find('\n', at) - at);
      if (line.size() > 2 && line.compare(2, name.size() + 1, name + " ") == 0) return line;
      if (gantt.find('\n', at) == std::string::npos) break;
    }
    return std::string();
  };
  // The inspection had not started: its row has no actual work, only the as-of line.
  const auto inspection = row_of("inspection");
  REQUIRE_FALSE(inspection.empty());
  CHECK(inspection.find('A') == std::string::npos);
  CHECK(inspection.find('#') != std::string::npos);
  // The review, done, is actual work from end to end: no clock glyph left in its row.
  const auto review = row_of("review");
  REQUIRE_FALSE(review.empty());
  CHECK(review.find("AAAA") != std::string::npos);
  CHECK(review.find('#') == std::string::npos);
  // questions ran 19 days before 03-01 (actual), its last day is forecast (clock stopped).
  const auto questions = row_of("questions");
  CHECK(questions.find(std::string(19, 'A') + "=") != std::string::npos);
  CHECK(report::render_gantt(tracked(false), options).find("as-of") == std::string::npos);
}

TEST_CASE("CSV adds the status columns only with a status", "[report][tracking]") {
  const auto csv = report::render_csv(tracked(true));
  CHECK(csv.find(",rounds,driving,constraint,constraint_from,status,actual_start,"
                 "actual_finish,as_of\r\n") != std::string::npos);
  CHECK(csv.find(",review,") != std::string::npos);
  CHECK(csv.find(",1,false,actual,,done,2026-01-06,2026-02-10,2026-03-01\r\n") !=
        std::string::npos);
  CHECK(csv.find(",1,true,actual,,in_progress,2026-02-10,,2026-03-01\r\n") != std::string::npos);
  // The inspection, not started by the as-of date, could start no earlier.
  CHECK(csv.find(",1,false,status_date,,planned,,,2026-03-01\r\n") != std::string::npos);
  CHECK(report::render_csv(tracked(false)).find("status") == std::string::npos);
}

TEST_CASE("the SVG Gantt draws the as-of line and the actual work", "[report][tracking]") {
  const auto svg = report::render_svg_gantt(tracked(true));
  CHECK(svg.find("<line class=\"as-of\"") != std::string::npos);
  CHECK(svg.find(
            ">as of 2026-03-01: actual work (dark band) before the line, forecast after</text>") !=
        std::string::npos);
  // submission and no_advice are points; review and questions have actual work.
  CHECK(svg.find("<title>review: actual from 2026-01-06</title>") != std::string::npos);
  CHECK(svg.find("<title>questions: actual from 2026-02-10</title>") != std::string::npos);
  CHECK(svg.find("<title>review2: actual") == std::string::npos);
  CHECK(report::render_svg_gantt(tracked(false)).find("as-of") == std::string::npos);
}

TEST_CASE("Markdown says which dates are actual", "[report][tracking]") {
  const auto md = report::render_gantt_markdown(tracked(true), {});
  CHECK(md.find("As of 2026-03-01: actual dates up to it, forecast after it.") !=
        std::string::npos);
  CHECK(md.find("| Waits | Critical | Driving | Status |\n") != std::string::npos);
  // The driving path ends at questions, whose start is an actual date: review, done before
  // it, set nothing after it.
  CHECK(md.find("| review | task | 2026-01-06 | 2026-02-10 | 35 | 35 |  | yes |  | done "
                "(actual) |") != std::string::npos);
  CHECK(md.find("| questions | clock-stop | 2026-02-10 | 2026-03-02 | 20 | 0 |  | yes | yes | in "
                "progress |") != std::string::npos);
  CHECK(md.find("| inspection | task | 2026-03-01 | 2026-03-11 | 10 | 9 |  |  |  | forecast |") !=
        std::string::npos);
  CHECK(report::render_gantt_markdown(tracked(false), {}).find("Status") == std::string::npos);
}
