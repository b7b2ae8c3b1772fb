#include "regsim/report/simulation_text.hpp"

#include <catch2/catch.hpp>
#include <sstream>

namespace analysis = regsim::analysis;
namespace report = regsim::report;

namespace {

analysis::SimulationSummary sample_summary() {
  analysis::SimulationSummary s;
  s.pathway_id = "test/p";
  s.title = "Test pathway";
  s.scenario_id = "reformed";
  s.seed = 42;
  s.requested_runs = 8;
  s.runs = 8;
  s.start = regsim::calendar::Date(2026, 3, 2);
  s.end = analysis::summarize_days({20, 12, 10, 15, 12, 30, 31, 40}, 8);
  s.end.id = "end";
  s.end.name = "End (latest finish)";
  s.milestones.push_back(analysis::summarize_days({20, 12, 10, 15, 12}, 8));
  s.milestones.back().id = "Approval";
  s.milestones.back().name = "Approval certificate issued";
  s.deadlines.push_back({"Statutory limit", "Within the statutory limit", 25,
                         regsim::model::ClockBasis::clock_days, 3, 0.375});
  s.tasks.resize(2);
  s.tasks[0].id = "Review";
  s.tasks[0].name = "Review of the dossier";
  s.tasks[0].happened = 1;
  s.tasks[0].criticality = 2.0 / 3;
  s.tasks[0].driving = 0.75;
  s.tasks[0].sensitivity = 0.8;
  s.tasks[1].id = "Questions";
  s.tasks[1].happened = 0.5;
  analysis::SittingSummary sitting;
  sitting.task_id = "decision";
  sitting.calendar = "drec";
  sitting.planned = regsim::calendar::Date(2026, 11, 5);
  sitting.next = regsim::calendar::Date(2026, 12, 3);
  sitting.runs = 8;
  sitting.made_planned = 0.625;
  sitting.made_next = 0.25;
  sitting.later = 0.125;
  s.sittings.push_back(sitting);
  return s;
}

std::string line_starting(const std::string& text, const std::string& start, int skip = 0) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(start, 0) == 0 && skip-- == 0) return line;
  }
  return "";
}

}  // namespace

TEST_CASE("the simulation report gives P-days and P-dates", "[report][simulation_text]") {
  const std::string text = report::render_simulation_text(sample_summary(), {100, true, 10});
  CHECK(line_starting(text, "Monte Carlo:") == "Monte Carlo: Test pathway");
  CHECK(line_starting(text, "test/p") == "test/p, scenario reformed");
  CHECK(line_starting(text, "8 runs") == "8 runs, seed 42, start 2026-03-02");
  // Approval: 5 of 8 runs; sorted 10 12 12 15 20: P10 10, P50 12, P80 15, P90 20.
  CHECK(line_starting(text, "Approval") ==
        "Approval        62.5%     13.8     3.9     10     12     15     20");
  // Dates: start + 10, 12, 15, 20 days.
  CHECK(line_starting(text, "Approval", 1) ==
        "Approval     2026-03-12   2026-03-14   2026-03-17   2026-03-22");
  // Deadline names get their own column: 15 + 2 columns, then the share in 8.
  CHECK(line_starting(text, "Statutory limit") ==
        "Statutory limit     37.5%  within 25 clock days");
  // happened, driving, critical, sensitivity: a task with no variance shows "-".
  CHECK(line_starting(text, "Review") == "Review         100.0%     75.0%     66.7%        +0.80");
  CHECK(line_starting(text, "Questions") ==
        "Questions       50.0%      0.0%      0.0%            -");
  CHECK(text.find("Tornado") != std::string::npos);
  // The histogram gives each range's share and the share finished by its end: the last
  // run (40 days) is 1 of 8, and by then every run has finished.
  CHECK(text.find("End: share of runs finishing in each day range, then by its end") !=
        std::string::npos);
  const auto last_bin = text.find("   12.5%  100.0%  ");
  CHECK(last_bin != std::string::npos);
}

TEST_CASE("the simulation report says which sitting each decision made",
          "[report][simulation_text]") {
  auto summary = sample_summary();
  std::string text = report::render_simulation_text(summary, {});
  // After the task table, before the tornado: 5, 2 and 1 of the 8 runs.
  CHECK(text.find("Sittings: which one each decision made") > text.find("Questions"));
  CHECK(text.find("Sittings: which one each decision made") < text.find("Tornado"));
  CHECK(line_starting(text, "decision:") ==
        "decision: 62.5% make the 2026-11-05 drec sitting, 25.0% the next (2026-12-03), 12.5% "
        "later");
  // At 60 columns the sentence wraps, indented.
  text = report::render_simulation_text(summary, {60, false, 10});
  CHECK(line_starting(text, "decision:") ==
        "decision: 62.5% make the 2026-11-05 drec sitting, 25.0% the");
  CHECK(text.find("\n  next (2026-12-03), 12.5% later\n") != std::string::npos);
  // No sitting followed: no section.
  summary.sittings.clear();
  CHECK(report::render_simulation_text(summary, {}).find("Sittings") == std::string::npos);
}

TEST_CASE("the simulation report respects width and ASCII", "[report][simulation_text]") {
  auto summary = sample_summary();
  summary.tasks[0].id = "심사-review";
  for (int width : {40, 72, 80, 100}) {
    const std::string text = report::render_simulation_text(summary, {width, true, 10});
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      INFO(line);
      CHECK(static_cast<int>(line.size()) <= std::max(width, 72));
      for (char c : line)
        REQUIRE(static_cast<unsigned char>(c) < 0x80);
    }
  }
}
