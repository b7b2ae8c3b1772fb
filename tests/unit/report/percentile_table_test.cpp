#include "regsim/report/percentile_table.hpp"

#include <catch2/catch.hpp>

namespace {
regsim::analysis::SimulationSummary summary(std::string scenario, int p50, int p80) {
  regsim::analysis::SimulationSummary result;
  result.scenario_id = std::move(scenario);
  result.runs = 1000;
  result.start = regsim::calendar::Date(2026, 1, 1);
  result.end.p50 = p50;
  result.end.p80 = p80;
  return result;
}
}  // namespace

TEST_CASE("the percentile table gives P50/P80 with dates and changes against the first",
          "[report]") {
  const auto text = regsim::report::render_percentile_table(
      {summary("baseline", 400, 440), summary("reformed", 300, 330)});
  // 2026-01-01 + 400 days = 2027-02-05; + 300 = 2026-10-28; 300 - 400 = -100 = -25.0%.
  CHECK(text.find("baseline              1000   400 2027-02-05   440 2027-03-17       reference") !=
        std::string::npos);
  CHECK(text.find("reformed              1000   300 2026-10-28   330 2026-11-27   -100 (-25.0%)   "
                  "-110 (-25.0%)") != std::string::npos);
  const auto markdown = regsim::report::render_percentile_table(
      {summary("baseline", 400, 440), summary("reformed", 300, 330)}, true);
  CHECK(markdown.find("| reformed | 1000 | 300 | 2026-10-28 | 330 | 2026-11-27 | -100 (-25.0%) | "
                      "-110 (-25.0%) |") != std::string::npos);
}
