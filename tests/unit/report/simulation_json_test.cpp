#include "regsim/report/simulation_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace analysis = regsim::analysis;
namespace report = regsim::report;

namespace {

analysis::SimulationSummary sample_summary() {
  analysis::SimulationSummary s;
  s.pathway_id = "test/p";
  s.title = "Test";
  s.scenario_id = "reformed";
  s.seed = 42;
  s.requested_runs = 8;
  s.runs = 8;
  s.start = regsim::calendar::Date(2026, 3, 2);
  s.end = analysis::summarize_days({20, 12, 10, 15, 12, 30, 31, 40}, 8, 20);
  s.end.id = "end";
  s.end.name = "End";
  s.milestones.push_back(analysis::summarize_days({}, 8));
  s.milestones.back().id = "never";
  s.deadlines.push_back({"limit", "Limit", 25, regsim::model::ClockBasis::clock_days, 3, 0.375});
  s.tasks.resize(2);
  s.tasks[0].id = "a";
  s.tasks[0].criticality = 2.0 / 3;
  s.tasks[0].sensitivity = -1e-9;
  s.tasks[1].id = "b";
  return s;
}

}  // namespace

TEST_CASE("simulation JSON follows regsim.simulation/1", "[report][simulation_json]") {
  const auto json = nlohmann::ordered_json::parse(report::render_simulation_json(sample_summary()));
  CHECK(json["schema"] == "regsim.simulation/1");
  CHECK(json["version"] == 1);
  CHECK(json.begin().key() == "schema");
  CHECK(json["pathway"] == "test/p");
  CHECK(json["scenario"] == "reformed");
  CHECK(json["seed"] == 42);
  CHECK(json["runs"] == 8);
  CHECK(json["start"] == "2026-03-02");
  CHECK(json["percentile_method"] == "nearest-rank");
  // Sorted 10 12 12 15 20 30 31 40: P80 is rank ceil(6.4) = 7, 31 days.
  CHECK(json["end"]["percentiles"]["p80"]["days"] == 31);
  CHECK(json["end"]["percentiles"]["p80"]["date"] == "2026-04-02");
  CHECK(json["end"]["percentiles"]["p50"]["days"] == 15);
  CHECK(json["end"]["mean_days"] == 21.25);
  CHECK(json["end"]["s_curve"][0]["date"] == "2026-03-12");
  CHECK(json["end"]["s_curve"][0]["probability"] == 0.125);
  CHECK(json["milestones"][0]["reached"] == 0);
  CHECK(json["milestones"][0]["mean_days"].is_null());
  CHECK(json["deadlines"][0]["basis"] == "clock-days");
  CHECK(json["deadlines"][0]["probability"] == 0.375);
  CHECK(json["tasks"][0]["criticality"] == 0.666667);
  CHECK(json["tasks"][1]["sensitivity"].is_null());
}

TEST_CASE("simulation JSON has no negative zero", "[report][simulation_json]") {
  const std::string text = report::render_simulation_json(sample_summary());
  CHECK(text.find("-0.0") == std::string::npos);
  CHECK(text.back() == '\n');
}

TEST_CASE("simulation JSON has nlohmann::json's bytes, pretty and compact",
          "[report][simulation_json]") {
  // The documents were written by nlohmann::json before; files saved then must compare equal.
  const std::string pretty = report::render_simulation_json(sample_summary());
  CHECK(pretty == nlohmann::ordered_json::parse(pretty).dump(2) + "\n");
  const std::string compact = report::render_simulation_json(sample_summary(), -1);
  CHECK(compact == nlohmann::ordered_json::parse(compact).dump() + "\n");
  CHECK(compact.find('\n') == compact.size() - 1);
}
