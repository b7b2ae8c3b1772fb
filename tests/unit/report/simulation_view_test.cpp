#include "regsim/report/simulation_view.hpp"

#include <catch2/catch.hpp>

TEST_CASE("distribution_view turns counts into shares and orders the tornado by |r|",
          "[report][html]") {
  regsim::analysis::SimulationSummary summary;
  summary.scenario_id = "reformed";
  summary.runs = 200;
  summary.end.histogram = {{100, 110, 50}, {110, 120, 150}};
  summary.end.s_curve = {{100, 0.1}, {119, 1.0}};
  summary.end.p10 = 101;
  summary.end.p50 = 112;
  summary.end.p80 = 116;
  summary.end.p90 = 118;
  regsim::analysis::TaskSummary small, large, constant, negative;
  small.id = "a";
  small.sensitivity = 0.2;
  large.id = "b";
  large.name = "Review";
  large.sensitivity = 0.7;
  constant.id = "c";  // no sensitivity: its amount never varied
  negative.id = "d";
  negative.sensitivity = -0.5;
  summary.tasks = {small, large, constant, negative};

  const auto view = regsim::report::distribution_view(summary);
  CHECK(view.runs == 200);
  CHECK(view.bin_width == 10);
  REQUIRE(view.histogram.size() == 2);
  CHECK(view.histogram[0] == std::pair<double, double>{100, 0.25});
  CHECK(view.histogram[1] == std::pair<double, double>{110, 0.75});
  CHECK(view.s_curve.back() == std::pair<double, double>{119, 1.0});
  REQUIRE(view.percentiles.size() == 4);
  CHECK(view.percentiles[2] == std::pair<std::string, double>{"P80", 116});
  REQUIRE(view.sensitivity.size() == 3);
  CHECK(view.sensitivity[0].first == "Review");
  CHECK(view.sensitivity[1].first == "d");
  CHECK(view.sensitivity[1].second == -0.5);
  CHECK(view.sensitivity[2].first == "a");
}
