#include "regsim/report/comparison.hpp"

#include <catch2/catch.hpp>

#include "unit/report/fixture.hpp"
#include "unit/report/width_check.hpp"

using regsim::report::format_change;
using regsim::report::format_percent;
using regsim::report::ScheduledRun;
using regsim::test::day;
using regsim::test::line_starting;
using regsim::test::lines_of;

TEST_CASE("pair_tasks keeps the baseline order and slots added tasks in", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  const auto pairs =
      regsim::report::pair_tasks({b.pathway, b.timeline, ""}, {r.pathway, r.timeline, ""});
  std::vector<std::string> ids;
  for (const auto& pair : pairs)
    ids.push_back(pair.task_id);
  CHECK(ids == std::vector<std::string>{"submission", "review", "parallel_eval", "gmp", "questions",
                                        "pre_meeting", "committee", "approval"});
  CHECK(pairs[2].baseline == nullptr);  // added
  CHECK(pairs[3].scenario == nullptr);  // removed
  CHECK(pairs[1].baseline->calendar_days == 100);
  CHECK(pairs[1].scenario->calendar_days == 70);
}

TEST_CASE("milestone_deltas: dates, days, clock days, change and percent", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  const auto deltas =
      regsim::report::milestone_deltas({b.pathway, b.timeline, ""}, {r.pathway, r.timeline, ""});
  // Approval ends both runs, so there is no separate whole-pathway row.
  REQUIRE(deltas.size() == 2);
  CHECK(deltas[0].task_id == "submission");
  CHECK(deltas[0].change_days() == 0);
  CHECK_FALSE(deltas[0].change_percent().has_value());  // 0 baseline days
  const auto& approval = deltas[1];
  CHECK(approval.name == "Approval");
  CHECK(approval.baseline->date == day("2026-09-02"));
  CHECK(approval.scenario->date == day("2026-07-01"));
  CHECK(approval.baseline->calendar_days == 184);
  CHECK(approval.scenario->calendar_days == 121);
  CHECK(approval.baseline->clock_days == 122);  // 184 - 60 stopped - 2 idle
  CHECK(approval.scenario->clock_days == 89);   // 121 - 30 stopped - 2 idle
  CHECK(approval.change_days() == -63);
  CHECK(approval.change_clock_days() == -33);
  CHECK(approval.change_percent().value() == Approx(-34.239).epsilon(1e-4));        // -63 / 184
  CHECK(approval.change_clock_percent().value() == Approx(-27.049).epsilon(1e-4));  // -33 / 122
}

TEST_CASE("milestone_deltas adds a whole-pathway row when no milestone ends both runs",
          "[report]") {
  regsim::test::ReviewFixture b;
  regsim::test::ReformedFixture r;
  b.timeline.tasks.pop_back();  // no approval milestone
  r.timeline.tasks.pop_back();
  const auto deltas =
      regsim::report::milestone_deltas({b.pathway, b.timeline, ""}, {r.pathway, r.timeline, ""});
  REQUIRE(deltas.size() == 2);
  CHECK(deltas[1].name == "End of pathway");
  CHECK(deltas[1].task_id.empty());
  CHECK(deltas[1].baseline->clock_days == 122);  // the timeline's own total
  CHECK(deltas[1].change_days() == -63);
}

TEST_CASE("changes and percentages are signed", "[report]") {
  CHECK(format_change(3) == "+3");
  CHECK(format_change(-28) == "-28");
  CHECK(format_change(0) == "0");
  CHECK(format_percent(-34.239) == "-34.2%");
  CHECK(format_percent(12.25) == "+12.3%");
  CHECK(format_percent(-0.04) == "0.0%");
  CHECK(format_percent(std::nullopt) == "-");
}

TEST_CASE("render_comparison: two bars per task and the milestone table", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  const auto text = regsim::report::render_comparison({b.pathway, b.timeline, ""},
                                                      {{r.pathway, r.timeline, "Reformed review"}});
  const auto lines = lines_of(text);
  CHECK(lines[0] == "A review with one question round: baseline vs Reformed review");
  CHECK(lines[2].rfind("Reformed review 2026-03-02 \u2192 2026-07-01  121 calendar days, 89 clock "
                       "days  (-63 days, -34.2%)",
                       0) == 0);
  // The review's baseline row and, right below, its reformed row with the change.
  std::size_t review = 0;
  while (review < lines.size() && lines[review].rfind("! Safety", 0) != 0)
    ++review;
  REQUIRE(review + 1 < lines.size());
  CHECK(lines[review].find("  100   100        \u2588") != std::string::npos);
  CHECK(lines[review + 1].rfind("!  ", 0) == 0);
  CHECK(lines[review + 1].find("   70    70    -30 \u2588") != std::string::npos);
  CHECK(line_starting(lines, "Approval ")
            ->find("2026-09-02 2026-07-01    184   121    -63  "
                   "-34.2%    122    89    -33  -27.0%") != std::string::npos);
  CHECK(text.find("(removed)") != std::string::npos);
  CHECK(text.find("(added)") != std::string::npos);
  CHECK(line_starting(lines, "  Reformed review: used 89, met with 31 to spare") != nullptr);
}

TEST_CASE("render_comparison fits every width and is pure ASCII when asked", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  for (const int width : {40, 60, 89, 90, 100, 150, 300}) {
    for (const bool ascii : {false, true}) {
      INFO("width " << width << " ascii " << ascii);
      const auto text = regsim::report::render_comparison(
          {b.pathway, b.timeline, ""}, {{r.pathway, r.timeline, "Reformed review"}},
          {width, ascii, !ascii});
      CHECK(regsim::test::widest_line(text) <= width);
      if (ascii) CHECK(regsim::test::is_ascii(text));
    }
  }
}

TEST_CASE("render_comparison has one section per scenario", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  const auto text = regsim::report::render_comparison(
      {b.pathway, b.timeline, ""},
      {{r.pathway, r.timeline, "Reformed"}, {b.pathway, b.timeline, "Unchanged"}});
  CHECK(text.find("baseline vs Reformed\n") != std::string::npos);
  CHECK(text.find("baseline vs Unchanged\n") != std::string::npos);
  CHECK(text.find(std::string(100, '=')) != std::string::npos);
}
