#include "regsim/report/html.hpp"

#include <catch2/catch.hpp>
#include <regex>
#include <string>
#include <vector>

#include "export_fixture.hpp"

using regsim_test::Fixture;

namespace {

int count(const std::string& text, const std::string& needle) {
  int found = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++found;
  return found;
}

// Tags must balance for the SVG to be well-formed XML (a browser refuses to draw it
// otherwise). A small check: every <x ...> that is not self-closing has its </x>.
bool tags_balance(const std::string& svg, const std::string& tag) {
  const std::regex open("<" + tag + "[ >]");
  const std::regex self_closing("<" + tag + "[^>]*/>");
  const auto opens = std::distance(std::sregex_iterator(svg.begin(), svg.end(), open), {});
  const auto selfs = std::distance(std::sregex_iterator(svg.begin(), svg.end(), self_closing), {});
  return opens - selfs == count(svg, "</" + tag + ">");
}

}  // namespace

TEST_CASE("the SVG Gantt draws every task, clock stops, waits, milestones and deadlines",
          "[report][html]") {
  Fixture base;
  Fixture reformed;
  reformed.timeline.scenario_id = "reformed";
  reformed.timeline.tasks[1].finish = regsim::calendar::Date(2026, 4, 1);
  const std::string svg = regsim::report::render_svg_gantt(
      regsim::analysis::compare(base.scheduled(), {reformed.scheduled()}));
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  // Two scenarios: two bars per task; the two milestones of each scenario are diamonds.
  CHECK(count(svg, "<polygon class=\"milestone\"") == 4);
  CHECK(count(svg, "class=\"bar\"") == 4);          // review and decision, twice
  CHECK(count(svg, "class=\"bar stopped\"") == 2);  // the clock-stop task, hatched
  CHECK(count(svg, "fill=\"url(#stop0)\"") == 1);
  CHECK(count(svg, "class=\"sitting-wait\"") == 2);
  // Both scenarios share the deadline and its due date: one grey line, one label, and a
  // tooltip that says how each scenario fared.
  CHECK(count(svg, "class=\"deadline\"") == 1);
  CHECK(svg.find("<title>statutory: due 2026-05-31; baseline met, reformed met</title>") !=
        std::string::npos);
  CHECK(svg.find("stroke=\"#555555\"") != std::string::npos);
  CHECK(svg.find("Scientific review: quality &amp; safety") != std::string::npos);
  CHECK(svg.find("stroke=\"#b00020\"") != std::string::npos);  // critical outline
  for (const char* tag : {"svg", "rect", "text", "polygon", "line", "pattern", "defs"}) {
    INFO(tag);
    CHECK(tags_balance(svg, tag));
  }
}

TEST_CASE("SVG Gantt deadlines on different dates get a line and a label row each",
          "[report][html]") {
  Fixture base;
  Fixture later;
  later.timeline.scenario_id = "later";
  later.timeline.deadlines[0].due = regsim::calendar::Date(2026, 6, 2);  // 2 days on
  const std::string svg = regsim::report::render_svg_gantt(
      regsim::analysis::compare(base.scheduled(), {later.scheduled()}));
  CHECK(count(svg, "class=\"deadline\"") == 2);
  // Two days apart, the second label would touch the first: it goes one row (12 px) lower.
  std::vector<double> label_rows;
  for (std::size_t at = svg.find("font-size=\"10\">statutory</text>"); at != std::string::npos;
       at = svg.find("font-size=\"10\">statutory</text>", at + 1)) {
    const auto y = svg.rfind(" y=\"", at);
    label_rows.push_back(std::stod(svg.substr(y + 4)));
  }
  REQUIRE(label_rows.size() == 2);
  CHECK(label_rows[1] - label_rows[0] == 12);
}

TEST_CASE("the HTML report is one self-contained page with tables and charts", "[report][html]") {
  Fixture base;
  Fixture reformed;
  reformed.timeline.scenario_id = "reformed";
  reformed.timeline.finish = regsim::calendar::Date(2026, 5, 11);
  reformed.timeline.calendar_days = 70;
  reformed.timeline.tasks[4].finish = regsim::calendar::Date(2026, 5, 11);
  regsim::report::DistributionView view;
  view.scenario_id = "reformed";
  view.milestone = "Approval";
  view.runs = 1000;
  view.bin_width = 10;
  view.histogram = {{60, 0.2}, {70, 0.5}, {80, 0.3}};
  view.s_curve = {{60, 0.0}, {70, 0.2}, {80, 0.7}, {90, 1.0}};
  view.percentiles = {{"P50", 76}, {"P80", 83}};
  view.sensitivity = {{"Scientific review", 0.81}, {"Answer questions", -0.12}};

  const std::string html = regsim::report::render_html_report(
      regsim::analysis::compare(base.scheduled(), {reformed.scheduled()}), {view});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("</html>") != std::string::npos);
  // Self-contained: no scripts, no external references.
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("href=") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  // Summary row of the reformed scenario: 70 days against 100, -30 (-30.0%).
  CHECK(html.find(
            "<td>2026-05-11</td><td>70</td><td>68</td><td class=\"better\">-30 (-30.0%)</td>") !=
        std::string::npos);
  // The approval milestone moved from day 100 to day 70.
  CHECK(html.find("2026-05-11<br><small>day 70, -30</small>") != std::string::npos);
  CHECK(
      html.find("statutory</td><td>90 clock days</td><td>70</td><td class=\"better\">met by 20") !=
      std::string::npos);
  CHECK(count(html, "<svg") == 4);  // Gantt, histogram, S-curve, tornado
  CHECK(html.find("P80 83 days") != std::string::npos);
  CHECK(html.find("+0.81") != std::string::npos);
  CHECK(html.find("-0.12") != std::string::npos);
}
