#include "regsim/report/comparison_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "regsim/error.hpp"
#include "regsim/report/timeline_json.hpp"
#include "unit/report/fixture.hpp"

using nlohmann::json;

TEST_CASE("render_comparison_json follows regsim.compare/1", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  const auto text = regsim::report::render_comparison_json(regsim::analysis::compare(
      {b.pathway, b.timeline, ""}, {{r.pathway, r.timeline, "Reformed review"}}));
  const auto doc = json::parse(text);
  CHECK(doc["schema"] == "regsim.compare/1");
  CHECK(doc["version"] == 1);
  CHECK(text.rfind("{\n  \"schema\": \"regsim.compare/1\",\n  \"version\": 1,", 0) == 0);
  CHECK(doc["pathway"] == "example/review");
  CHECK(doc["baseline"]["scenario"] == "baseline");
  CHECK(doc["baseline"]["calendar_days"] == 184);
  // Each side's whole timeline, as render_timeline_json writes it.
  CHECK(doc["baseline"]["timeline"] ==
        json::parse(regsim::report::render_timeline_json(b.timeline)));
  REQUIRE(doc["comparisons"].size() == 1);
  const auto& c = doc["comparisons"][0];
  CHECK(c["scenario"] == "reformed");
  CHECK(c["title"] == "Reformed review");
  CHECK(c["timeline"] == json::parse(regsim::report::render_timeline_json(r.timeline)));
  const auto& approval = c["milestones"][1];
  CHECK(approval["task"] == "approval");
  CHECK(approval["baseline"]["date"] == "2026-09-02");
  CHECK(approval["scenario"]["clock_days"] == 89);
  CHECK(approval["change_days"] == -63);
  CHECK(approval["change_percent"].get<double>() == Approx(-34.24));  // -63/184, 2 decimals
  CHECK(approval["change_clock_days"] == -33);
  CHECK(c["milestones"][0]["change_percent"].is_null());  // 0 baseline days
  CHECK(c["tasks"][2]["task"] == "parallel_eval");
  CHECK(c["tasks"][2]["status"] == "added");
  CHECK(c["tasks"][2]["baseline_days"].is_null());
  CHECK(c["tasks"][3]["status"] == "removed");
  CHECK(c["tasks"][1]["change_days"] == -30);
  CHECK(c["deadlines"][0]["basis"] == "clock-days");
  CHECK(c["deadlines"][0]["baseline"]["met"] == false);
  CHECK(c["deadlines"][0]["scenario"]["margin"] == 31);
  CHECK(text.back() == '\n');
}

TEST_CASE("render_comparison_json leaves timelines out when asked", "[report]") {
  const regsim::test::ReviewFixture b;
  const auto doc = json::parse(regsim::report::render_comparison_json(
      regsim::analysis::compare({b.pathway, b.timeline, ""}, {}), false));
  CHECK_FALSE(doc["baseline"].contains("timeline"));
  CHECK(doc["comparisons"].empty());
}

TEST_CASE("an embedded timeline has the bytes of the timeline document, indented", "[report]") {
  const regsim::test::ReviewFixture b;
  const std::string text = regsim::report::render_comparison_json(
      regsim::analysis::compare({b.pathway, b.timeline, ""}, {}));
  // The document's own lines, two levels deeper, follow "timeline": in the comparison.
  std::string expected;
  const std::string document = regsim::report::render_timeline_json(b.timeline);
  for (std::size_t at = 0; at < document.size() - 1;) {
    const auto end = document.find('\n', at);
    expected += (at == 0 ? "" : "\n    ") + document.substr(at, end - at);
    at = end + 1;
  }
  CHECK(text.find("\"timeline\": " + expected + "\n  }") != std::string::npos);
}
