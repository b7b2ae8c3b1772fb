// Monte Carlo re-forecasts from a status, with fixed seeds, on
// tests/cases/status/data/stochastic.yaml: submission 2026-01-05 (day 0), review 30d,
// questions X ~ triangular(10, 20, 60) days, review2 10d, inspection 10d in parallel.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>

#include "regsim/io/pathway_reader.hpp"
#include "regsim/io/status_reader.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/sampling.hpp"
#include "regsim/sim/scheduler.hpp"
#include "regsim/sim/tracking.hpp"

using namespace regsim;

namespace {

const std::filesystem::path folder =
    std::filesystem::path(REGSIM_TEST_DATA_DIR) / "cases" / "status" / "data";

// As of 2026-03-01 (day 55) the questions, asked on 02-10 (day 36), are still open: they
// have run 19 days, so X >= 19 in every run.
const char* const open_questions = R"(regsim: 1
status: stochastic.yaml
as_of: 2026-03-01
actuals:
  - {task: submission, finish: 2026-01-05}
  - {task: review, start: 2026-01-06, finish: 2026-02-10}
  - {task: questions, start: 2026-02-10}
)";

int percentile_of(std::vector<int> days, double p) {
  std::sort(days.begin(), days.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(days.size())));
  return days[std::max<std::size_t>(rank, 1) - 1];
}

}  // namespace

TEST_CASE(
    "a Monte Carlo re-forecast never finishes before the as-of date and shifts as "
    "reasoned",
    "[sim][tracking][monte_carlo]") {
  const auto status = io::parse_status(open_questions, (folder / "status.yaml").string());
  const sim::Scheduler scheduler(io::read_pathway(io::status_pathway_path(status)));
  const auto tracking = sim::resolve_status(status, scheduler.pathway());
  sim::MonteCarloOptions options;
  options.runs = 4000;
  options.seed = 26;
  const auto plan = sim::run_monte_carlo(scheduler, options);
  options.tracking = &tracking;
  const auto forecast = sim::run_monte_carlo(scheduler, options);

  // Plan: approval = 30 + X + 10 = 40 + X; X's median solves (60 - x)^2 = 1000: 28.4.
  CHECK(percentile_of(plan.end_days, 0.5) >= 67);
  CHECK(percentile_of(plan.end_days, 0.5) <= 70);
  CHECK(*std::min_element(plan.end_days.begin(), plan.end_days.end()) < 55);
  // Forecast: questions end on day 36 + X with X >= 19 (rounded draws of at least 18.5),
  // review2 10 days later; inspection runs days 55-65. So approval = max(46 + X, 65) and
  // no run ends before day 65, ten days after the as-of date.
  CHECK(*std::min_element(forecast.end_days.begin(), forecast.end_days.end()) == 65);
  CHECK(*std::max_element(forecast.end_days.begin(), forecast.end_days.end()) <= 106);
  // Conditioned on X >= 18.5: P(X < 18.5) = 8.5^2 / (50 x 10) = 0.1445, so the median is
  // F^-1(0.1445 + 0.5 x 0.8555) = 60 - sqrt(2000 x 0.42775) = 30.75: approval near day 77.
  // Unconditioned draws (X's own median 28.4, floored at 19) would put it near day 74.
  CHECK(percentile_of(forecast.end_days, 0.5) >= 76);
  CHECK(percentile_of(forecast.end_days, 0.5) <= 78);
}

TEST_CASE("conditioned draws are reproducible for any thread count",
          "[sim][tracking][monte_carlo]") {
  const auto status = io::parse_status(open_questions, (folder / "status.yaml").string());
  const sim::Scheduler scheduler(io::read_pathway(io::status_pathway_path(status)));
  const auto tracking = sim::resolve_status(status, scheduler.pathway());
  sim::MonteCarloOptions options;
  options.runs = 2000;
  options.seed = 7;
  options.tracking = &tracking;
  options.threads = 1;
  const auto one = sim::run_monte_carlo(scheduler, options);
  options.threads = 2;
  const auto two = sim::run_monte_carlo(scheduler, options);
  CHECK(one.end_days == two.end_days);
  CHECK(one.task_amounts == two.task_amounts);
}

TEST_CASE("the sampler's minimum for a task in progress is the time it has run",
          "[sim][tracking][monte_carlo]") {
  const auto status = io::parse_status(open_questions, (folder / "status.yaml").string());
  const sim::Scheduler scheduler(io::read_pathway(io::status_pathway_path(status)));
  const auto tracking = sim::resolve_status(status, scheduler.pathway());
  sim::Sampler sampler(scheduler.compiled());
  sampler.condition_on(tracking, scheduler.compiled());
  // questions is task 2; 02-10 to 03-01 is 19 days.
  int shortest = 1000;
  for (std::uint64_t run = 0; run < 3000; ++run)
    shortest = std::min(shortest, sampler.draw(5, run).durations[2].amount);
  CHECK(shortest == 19);
}

TEST_CASE("days are counted from an actual date earlier than the start",
          "[sim][tracking][monte_carlo]") {
  // Submitted on 2025-12-29, a week before the file's start (2026-01-05); as of 2026-01-10
  // the review has not started: review 01-10 -> 02-09 (day 42 from 12-29), questions at least
  // 10 days, review2 10: no milestone before day 62, and none at a negative day.
  const auto status = io::parse_status(R"(regsim: 1
status: stochastic.yaml
as_of: 2026-01-10
actuals:
  - {task: submission, finish: 2025-12-29}
)",
                                       (folder / "status.yaml").string());
  const sim::Scheduler scheduler(io::read_pathway(io::status_pathway_path(status)));
  const auto tracking = sim::resolve_status(status, scheduler.pathway());
  sim::MonteCarloOptions options;
  options.runs = 500;
  options.seed = 11;
  options.tracking = &tracking;
  const auto samples = sim::run_monte_carlo(scheduler, options);
  CHECK(samples.origin == calendar::Date(2025, 12, 29));
  CHECK(*std::min_element(samples.milestone_days.begin(), samples.milestone_days.end()) == 0);
  CHECK(*std::min_element(samples.end_days.begin(), samples.end_days.end()) >= 62);
}
