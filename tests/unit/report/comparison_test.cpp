#include "regsim/report/comparison.hpp"

#include <catch2/catch.hpp>

#include "unit/report/fixture.hpp"
#include "unit/report/width_check.hpp"

using regsim::report::format_change;
using regsim::report::format_percent;
using regsim::test::line_starting;
using regsim::test::lines_of;

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
  const auto text = regsim::report::render_comparison(regsim::analysis::compare(
      {b.pathway, b.timeline, ""}, {{r.pathway, r.timeline, "Reformed review"}}));
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
          regsim::analysis::compare({b.pathway, b.timeline, ""},
                                    {{r.pathway, r.timeline, "Reformed review"}}),
          {width, ascii, !ascii});
      CHECK(regsim::test::widest_line(text) <= width);
      if (ascii) CHECK(regsim::test::is_ascii(text));
    }
  }
}

TEST_CASE("render_comparison has one section per scenario", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  const auto text = regsim::report::render_comparison(regsim::analysis::compare(
      {b.pathway, b.timeline, ""},
      {{r.pathway, r.timeline, "Reformed"}, {b.pathway, b.timeline, "Unchanged"}}));
  CHECK(text.find("baseline vs Reformed\n") != std::string::npos);
  CHECK(text.find("baseline vs Unchanged\n") != std::string::npos);
  CHECK(text.find(std::string(100, '=')) != std::string::npos);
}
