#include "regsim/report/baseline_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "regsim/io/baseline_reader.hpp"
#include "unit/timeline_fixture.hpp"

using namespace regsim;
using calendar::Date;

TEST_CASE("a baseline round-trips the task dates", "[report][baseline]") {
  auto timeline = test::review_timeline("reformed", 295);
  timeline.clock_days = 280;
  timeline.tasks[1].clock_days = 100;
  const std::string text = report::render_baseline_json(timeline);
  CHECK(text.find("\"schema\": \"regsim-baseline\"") != std::string::npos);
  CHECK(text.find("\"version\": 1") != std::string::npos);
  CHECK(text.find("\"finish\": \"2026-12-22\"") != std::string::npos);
  CHECK(text.back() == '\n');
  // The bytes nlohmann::json writes for the same document, as baseline files always had.
  CHECK(text == nlohmann::ordered_json::parse(text).dump(2) + "\n");

  const auto back = io::parse_baseline_json(text, "base.json");
  CHECK(back.pathway_id == "kr/biosimilar");
  CHECK(back.scenario_id == "reformed");
  CHECK(back.start == Date(2026, 3, 2));
  CHECK(back.finish == Date(2026, 12, 22));
  CHECK(back.calendar_days == 295);
  CHECK(back.clock_days == 280);
  REQUIRE(back.tasks.size() == 4);
  CHECK(back.tasks[1].task_id == "review");
  CHECK(back.tasks[1].finish == Date(2026, 6, 10));  // 2026-03-02 + 100 days
  CHECK(back.tasks[1].calendar_days == 100);
  CHECK(back.tasks[1].clock_days == 100);
  CHECK(back.tasks[2].skipped);
  CHECK_FALSE(back.tasks[3].skipped);
}
