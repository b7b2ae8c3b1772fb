#include "regsim/report/comparison_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "regsim/error.hpp"
#include "unit/report/fixture.hpp"

using nlohmann::json;

TEST_CASE("render_comparison_json follows regsim.compare/1", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  const auto text = regsim::report::render_comparison_json(
      {b.pathway, b.timeline, ""}, {{r.pathway, r.timeline, "Reformed review"}},
      {R"({"schema": "regsim.timeline/1", "n": 1})", R"({"schema": "regsim.timeline/1", "n": 2})"});
  const auto doc = json::parse(text);
  CHECK(doc["schema"] == "regsim.compare/1");
  CHECK(doc["version"] == 1);
  CHECK(text.rfind("{\n  \"schema\": \"regsim.compare/1\",\n  \"version\": 1,", 0) == 0);
  CHECK(doc["pathway"] == "example/review");
  CHECK(doc["baseline"]["scenario"] == "baseline");
  CHECK(doc["baseline"]["calendar_days"] == 184);
  CHECK(doc["baseline"]["timeline"]["n"] == 1);
  REQUIRE(doc["comparisons"].size() == 1);
  const auto& c = doc["comparisons"][0];
  CHECK(c["scenario"] == "reformed");
  CHECK(c["title"] == "Reformed review");
  CHECK(c["timeline"]["n"] == 2);
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

TEST_CASE("render_comparison_json leaves timelines out when none are given", "[report]") {
  const regsim::test::ReviewFixture b;
  const auto doc =
      json::parse(regsim::report::render_comparison_json({b.pathway, b.timeline, ""}, {}));
  CHECK_FALSE(doc["baseline"].contains("timeline"));
  CHECK(doc["comparisons"].empty());
}

TEST_CASE("render_comparison_json rejects a wrong number of timeline documents", "[report]") {
  const regsim::test::ReviewFixture b;
  CHECK_THROWS_AS(
      regsim::report::render_comparison_json({b.pathway, b.timeline, ""}, {}, {"{}", "{}"}),
      regsim::Error);
}
