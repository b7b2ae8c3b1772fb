#include "regsim/report/gantt.hpp"

#include <catch2/catch.hpp>

#include "regsim/error.hpp"
#include "unit/report/fixture.hpp"
#include "unit/report/width_check.hpp"

using regsim::report::render_gantt;
using regsim::report::TextOptions;
using regsim::test::line_starting;
using regsim::test::lines_of;

namespace {

// Row layout at width 100 (hand-computed): marker, space, 30-column name, " " + 5-column
// days, " " + 5-column clock days, " ", then the chart. The span 2026-03-02..09-02 is
// 185 days in 55 columns: 4 days per column. The deadline is due 06-30, day 120: column 30.
std::string row(const std::string& marker, const std::string& name, const std::string& days,
                const std::string& clock, const std::string& chart) {
  return regsim::report::pad_right(marker, 1) + " " + regsim::report::pad_right(name, 30) + " " +
         regsim::report::pad_left(days, 5) + " " + regsim::report::pad_left(clock, 5) + " " + chart;
}

std::string spaces(int n) {
  return std::string(static_cast<std::size_t>(n), ' ');
}

std::string repeat(const char* glyph, int n) {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += glyph;
  return s;
}

}  // namespace

TEST_CASE("render_gantt draws each task's bar on the chosen axis", "[report]") {
  const regsim::test::ReviewFixture f;
  const auto lines = lines_of(render_gantt({f.pathway, f.timeline, ""}));
  CHECK(lines[0] == "A review with one question round \u2014 baseline");
  CHECK(lines[1] == "2026-03-02 \u2192 2026-09-02  184 calendar days, 122 clock days");

  SECTION("critical work with the clock running: 100 days = columns 0..24") {
    const auto* review = line_starting(lines, "! Safety");
    REQUIRE(review != nullptr);
    CHECK(*review == row("!", "Safety and efficacy review", "100", "100",
                         repeat("\u2588", 25) + spaces(5) + "\u2502"));
  }
  SECTION("a reviewer queue (14 days) before the work, and the deadline line") {
    const auto* gmp = line_starting(lines, "  GMP");
    REQUIRE(gmp != nullptr);
    // Queue days 0..13 fill columns 0..2 and tie column 3 (2 queue, 2 work): the wait wins.
    CHECK(*gmp == row("", "GMP inspection", "30", "30",
                      repeat("\u00b7", 4) + repeat("\u2588", 7) + spaces(19) + "\u2502"));
  }
  SECTION("clock stopped: 60 days from day 100 = columns 25..39, over the deadline line") {
    const auto* questions = line_starting(lines, "! Supplement");
    REQUIRE(questions != nullptr);
    CHECK(*questions == row("!", "Supplement response to the\u2026", "60", "0",
                            spaces(25) + repeat("\u2591", 15)));
  }
  SECTION("a decision: 7 days of work then 15 waiting for the sitting") {
    const auto* committee = line_starting(lines, "! Committee");
    REQUIRE(committee != nullptr);
    // Day 162 is column 40; work 162..168 (columns 40, 41 and 1 day of 42), sitting 169..183.
    CHECK(*committee ==
          row("!", "Committee decision", "22", "22",
              spaces(30) + "\u2502" + spaces(9) + repeat("\u2588", 2) + repeat("\u254c", 4)));
  }
  SECTION("milestones are diamonds with their date") {
    const auto* submission = line_starting(lines, "! Submission");
    REQUIRE(submission != nullptr);
    CHECK(*submission ==
          row("!", "Submission", "0", "0", "\u25c6 2026-03-02" + spaces(18) + "\u2502"));
    // Approval on day 184 is column 46, the last: its date goes to the left.
    const auto* approval = line_starting(lines, "! Approval");
    REQUIRE(approval != nullptr);
    CHECK(*approval ==
          row("!", "Approval", "0", "0", spaces(30) + "\u2502" + spaces(4) + "2026-09-02 \u25c6"));
  }
  SECTION("skipped tasks say so and have no figures") {
    const auto* skipped = line_starting(lines, "  Pre-decision");
    REQUIRE(skipped != nullptr);
    CHECK(*skipped ==
          row("", "Pre-decision meeting", "-", "-", "(skipped)" + spaces(21) + "\u2502"));
  }
  SECTION("the deadline is numbered under its line and explained") {
    const auto* feet = line_starting(lines, "  Deadlines");
    REQUIRE(feet != nullptr);
    CHECK(*feet == row("", "Deadlines", "", "", spaces(30) + "1"));
    CHECK(line_starting(lines,
                        "1 Statutory review period: 120 clock days, submission \u2192 "
                        "approval: used 122, MISSED by 2") != nullptr);
  }
  SECTION("a legend names every glyph and the scale") {
    CHECK(line_starting(lines, "Legend: \u2588 agency clock running  \u2591 clock stopped") !=
          nullptr);
    CHECK(line_starting(lines, "Scale: one column = 4 days (weeks)") != nullptr);
  }
}

TEST_CASE("render_gantt never exceeds the width", "[report]") {
  const regsim::test::ReviewFixture f;
  for (const int width : {40, 41, 57, 64, 80, 99, 100, 133, 200, 400}) {
    for (const bool ascii : {false, true}) {
      for (const bool color : {false, true}) {
        INFO("width " << width << " ascii " << ascii << " colour " << color);
        const auto text = render_gantt({f.pathway, f.timeline, ""}, {width, ascii, color});
        CHECK(regsim::test::widest_line(text) <= width);
      }
    }
  }
}

TEST_CASE("render_gantt lines up Korean names by terminal columns", "[report]") {
  regsim::test::ReviewFixture f;
  // 안전성 유효성 심사: 8 syllables (16 columns) and 2 spaces, 18 columns in 50 bytes.
  const std::string review =
      "\xec\x95\x88\xec\xa0\x84\xec\x84\xb1 \xec\x9c\xa0\xed\x9a\xa8"
      "\xec\x84\xb1 \xec\x8b\xac\xec\x82\xac";
  f.pathway.tasks[1].name = review;
  // 20 syllables (40 columns) in a 30-column name field: 14 syllables and the ellipsis.
  std::string long_name;
  for (int i = 0; i < 20; ++i)
    long_name += "\xea\xb0\x80";  // 가
  f.pathway.tasks[2].name = long_name;
  const auto text = render_gantt({f.pathway, f.timeline, ""});
  const auto lines = lines_of(text);

  const auto* review_row = line_starting(lines, "! " + review);
  REQUIRE(review_row != nullptr);
  // The name field is 30 columns: 18 taken, 12 spaces; the chart starts where it does in
  // the ASCII rows of the first test.
  CHECK(*review_row ==
        "! " + review + spaces(12) + "   100   100 " + repeat("\u2588", 25) + spaces(5) + "\u2502");
  std::string shortened;
  for (int i = 0; i < 14; ++i)
    shortened += "\xea\xb0\x80";
  const auto* gmp_row = line_starting(lines, "  " + shortened + "\u2026");
  REQUIRE(gmp_row != nullptr);
  CHECK(*gmp_row == "  " + shortened + "\u2026" + spaces(1) + "    30    30 " +
                        repeat("\u00b7", 4) + repeat("\u2588", 7) + spaces(19) + "\u2502");
  for (const int width : {40, 64, 100}) {
    INFO("width " << width);
    CHECK(regsim::test::widest_line(
              render_gantt({f.pathway, f.timeline, ""}, {width, false, false})) <= width);
  }
}

TEST_CASE("render_gantt in ASCII mode is pure ASCII", "[report]") {
  regsim::test::ReviewFixture f;
  f.pathway.tasks[1].name = "\xec\x8b\xac\xec\x82\xac \u2014 review";  // 심사 — review
  const auto text = render_gantt({f.pathway, f.timeline, ""}, {100, true, false});
  CHECK(regsim::test::is_ascii(text));
  const auto lines = lines_of(text);
  CHECK(line_starting(lines, "! ?? - review") != nullptr);
  CHECK(line_starting(lines,
                      "Legend: # agency clock running  = clock stopped  . waiting for a "
                      "reviewer  ~ waiting for a sitting") != nullptr);
}

TEST_CASE("render_gantt in ASCII mode sizes the name field for the '?' it prints", "[report]") {
  regsim::test::ReviewFixture f;
  for (auto& task : f.pathway.tasks)
    task.name = "Step";
  // 12 syllables: 24 columns in UTF-8, 12 question marks in ASCII.
  std::string korean;
  for (int i = 0; i < 12; ++i)
    korean += "\xea\xb0\x80";  // 가
  f.pathway.tasks[1].name = korean;
  const auto ascii = lines_of(render_gantt({f.pathway, f.timeline, ""}, {100, true, false}));
  CHECK(line_starting(ascii, "! " + std::string(12, '?') + "   100   100 ") != nullptr);
  const auto utf8 = lines_of(render_gantt({f.pathway, f.timeline, ""}, {100, false, false}));
  CHECK(line_starting(utf8, "! " + korean + "   100   100 ") != nullptr);
}

TEST_CASE("render_gantt colours only when asked", "[report]") {
  const regsim::test::ReviewFixture f;
  const auto plain = render_gantt({f.pathway, f.timeline, ""}, {100, false, false});
  const auto coloured = render_gantt({f.pathway, f.timeline, ""}, {100, false, true});
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(coloured.find("\x1b[31m") != std::string::npos);  // critical bars in red
  CHECK(coloured.find("\x1b[1;31m!") != std::string::npos);
}

TEST_CASE("render_gantt rejects widths outside the supported range", "[report]") {
  const regsim::test::ReviewFixture f;
  CHECK_THROWS_AS(render_gantt({f.pathway, f.timeline, ""}, {39, false, false}), regsim::Error);
  CHECK_THROWS_AS(render_gantt({f.pathway, f.timeline, ""}, {1001, false, false}), regsim::Error);
}

TEST_CASE("render_gantt of an empty timeline says so", "[report]") {
  regsim::test::ReviewFixture f;
  f.timeline.tasks.clear();
  f.timeline.deadlines.clear();
  const auto lines = lines_of(render_gantt({f.pathway, f.timeline, "Reformed"}));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "A review with one question round \u2014 Reformed");
  CHECK(lines[1] == "No task is scheduled.");
}
