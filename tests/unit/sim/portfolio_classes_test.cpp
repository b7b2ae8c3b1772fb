// Application classes of a portfolio (regsim/sim/portfolio.hpp, io's merge of class
// pathways): reading, drawing classes by share, per-class lead times and class priorities.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>

#include "regsim/analysis/portfolio_summary.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/sim/portfolio.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::calendar::Date;
using namespace regsim::test;
namespace sim = regsim::sim;

namespace {

// Two classes as io merges them: `fast.review` of `fast_days` and `slow.review` of
// `slow_days`, both needing the shared pool `reviewers` of `capacity` units.
regsim::model::Pathway two_classes(int fast_days, int slow_days, int capacity,
                                   regsim::model::Portfolio portfolio) {
  auto pathway = make_pathway();
  auto fast = make_task("fast.review", days(fast_days));
  fast.needs = {{"reviewers", 1}};
  auto slow = make_task("slow.review", days(slow_days));
  slow.needs = {{"reviewers", 1}};
  pathway.tasks = {fast, slow};
  pathway.resources = {{"reviewers", "Reviewers", capacity, {}, {}, {}, {}}};
  pathway.start = Date(2026, 1, 5);
  portfolio.classes = {{"fast", "fast.yaml", 0.6, 0, {}, {}},
                       {"slow", "slow.yaml", 0.4, 0, {}, {}}};
  pathway.portfolio = std::move(portfolio);
  return pathway;
}

regsim::model::Portfolio same_day(int count) {
  regsim::model::Portfolio portfolio;
  portfolio.arrivals.assign(static_cast<std::size_t>(count), Date(2026, 1, 5));
  return portfolio;
}

}  // namespace

TEST_CASE("a class is drawn by cumulative share", "[sim][portfolio]") {
  const auto pathway = two_classes(10, 30, 1, same_day(1));
  const auto& portfolio = *pathway.portfolio;
  CHECK(sim::class_of(portfolio, 0.0) == 0);
  CHECK(sim::class_of(portfolio, 0.599) == 0);
  CHECK(sim::class_of(portfolio, 0.6) == 1);
  CHECK(sim::class_of(portfolio, 0.999999) == 1);
  CHECK(sim::task_classes(pathway) == std::vector<std::int32_t>{0, 1});
}

TEST_CASE("classes: each application runs its class's tasks only", "[sim][portfolio]") {
  // Ample reviewers: nobody waits, so every fast application takes 10 days and every slow
  // one 30, whatever the draw; the counts follow the shares (0.6 of 2,000: sd 22).
  regsim::model::Portfolio portfolio;
  portfolio.count = 100;
  portfolio.interval = days(1);
  const sim::Scheduler scheduler(two_classes(10, 30, 1000, portfolio));
  sim::PortfolioOptions options;
  options.runs = 20;
  options.threads = 1;
  const auto samples = sim::run_portfolio_monte_carlo(scheduler, options);
  const auto summary = regsim::analysis::summarize(samples);
  REQUIRE(summary.classes.size() == 2);
  const auto& fast = summary.classes[0];
  const auto& slow = summary.classes[1];
  CHECK(fast.id == "fast");
  CHECK(slow.id == "slow");
  CHECK(fast.applications + slow.applications == 2000);
  CHECK(fast.applications == Approx(1200).margin(90));
  CHECK(fast.mean_days == 10);
  CHECK(fast.p10 == 10);
  CHECK(fast.p90 == 10);
  CHECK(slow.mean_days == 30);
  CHECK(slow.p50 == 30);
  CHECK(slow.mean_ci.half_width == 0);
  // One request per application: the other class's task is skipped, not queued.
  CHECK(summary.pools.front().requests == 2000);
  SECTION("the same samples whatever the threads") {
    options.threads = 3;
    const auto three = sim::run_portfolio_monte_carlo(scheduler, options);
    CHECK(three.runs == samples.runs);
    CHECK(three.class_lead_times == samples.class_lead_times);
  }
}

TEST_CASE("class priorities order every pool's queue", "[sim][portfolio]") {
  // One reviewer, reviews of 10 days. The first application arrives alone on day 0 and is
  // served at once (lead time 10, whatever its class); nineteen arrive on day 1 and queue.
  // The fast class (priority 1) is served first: with h of them in the queue their lead
  // times are 19, 29, ..., 10h + 9 and the slow ones' follow, first come first served.
  regsim::model::Portfolio portfolio = same_day(1);
  portfolio.arrivals.insert(portfolio.arrivals.end(), 19, Date(2026, 1, 6));
  auto pathway = two_classes(10, 10, 1, portfolio);
  pathway.portfolio->classes[0].priority = 1;
  const sim::Scheduler scheduler(pathway);
  sim::PortfolioOptions options;
  options.runs = 1;
  options.seed = 3;
  const auto samples = sim::run_portfolio_monte_carlo(scheduler, options);
  const auto values = [](const sim::DayHistogram& histogram) {
    std::vector<int> out;
    for (std::size_t d = 0; d < histogram.counts.size(); ++d)
      out.insert(out.end(), static_cast<std::size_t>(histogram.counts[d]), static_cast<int>(d));
    return out;
  };
  auto fast = values(samples.class_lead_times[0]);
  auto slow = values(samples.class_lead_times[1]);
  REQUIRE(fast.size() + slow.size() == 20);
  auto& first = !fast.empty() && fast.front() == 10 ? fast : slow;
  REQUIRE(first.front() == 10);
  first.erase(first.begin());
  REQUIRE(!fast.empty());
  REQUIRE(!slow.empty());
  std::vector<int> expected_fast, expected_slow;
  for (int k = 1; k <= std::ssize(fast); ++k)
    expected_fast.push_back(10 * k + 9);
  for (int k = std::ssize(fast) + 1; k <= 19; ++k)
    expected_slow.push_back(10 * k + 9);
  CHECK(fast == expected_fast);
  CHECK(slow == expected_slow);
}

TEST_CASE("the reader merges class pathways and shares the portfolio's pools", "[io][portfolio]") {
  const auto folder = std::filesystem::path(REGSIM_TEST_DATA_DIR) / "cases";
  regsim::io::ReadOptions read;
  read.data_dir = REGSIM_WORKFLOWS_DIR;
  const auto pathway =
      regsim::io::read_pathway_from_string(R"(regsim: 1
id: classes
title: Two classes sharing reviewers
start: 2026-01-05
resources:
  - {id: reviewers, capacity: 3}
portfolio:
  classes:
    - {id: small, pathway: classes/review.yaml, share: 0.25, priority: 2}
    - {id: large, pathway: classes/review.yaml, share: 0.75}
  count: 10
)",
                                           (folder / "classes.yaml").string(), read);
  REQUIRE(pathway.tasks.size() == 2);
  CHECK(pathway.tasks[0].id == "small.review");
  CHECK(pathway.tasks[1].id == "large.review");
  CHECK(pathway.tasks[1].needs.front().pool == "reviewers");
  // The class pathway's own `reviewers` (capacity 1) gave way to the shared one.
  REQUIRE(pathway.resources.size() == 1);
  CHECK(pathway.resources.front().capacity == 3);
  REQUIRE(pathway.portfolio->classes.size() == 2);
  CHECK(pathway.portfolio->classes[0].priority == 2);
  CHECK(pathway.portfolio->classes[1].share == 0.75);
}

namespace {

// Four applications on 2026-01-05 (day 0), reviews of 10 days, `capacity` reviewers, then
// `plan_capacity` from 2026-01-10 (day 5).
sim::PortfolioSamples planned(int capacity, int plan_capacity) {
  auto pathway = make_pathway();
  auto review = make_task("review", days(10));
  review.needs = {{"reviewers", 1}};
  pathway.tasks = {review};
  pathway.resources = {{"reviewers", "Reviewers", capacity, {}, {}, {}, {}}};
  pathway.resources.front().plan = {{Date(2026, 1, 10), plan_capacity, {}}};
  pathway.start = Date(2026, 1, 5);
  pathway.portfolio = same_day(4);
  const sim::Scheduler scheduler(pathway);
  sim::PortfolioOptions options;
  options.runs = 1;
  return sim::run_portfolio_monte_carlo(scheduler, options);
}

}  // namespace

TEST_CASE("a capacity plan: the capacity in force on each day", "[sim][portfolio]") {
  SECTION("hiring serves the queue on the day of the step") {
    // Day 0: one starts (finishes day 10). Day 5: three reviewers, two more start (finish
    // 15). Day 10: the last starts (finishes 20). Lead times 10, 15, 15, 20.
    const auto samples = planned(1, 3);
    CHECK(samples.lead_times.total == 4);
    CHECK(samples.lead_times.sum == 60);
    CHECK(samples.lead_times.counts[15] == 2);
    // 40 busy unit-days over 1 x 5 + 3 x 15 = 50 offered from day 0 to day 20.
    CHECK(samples.runs.front().pools.front().utilisation == Approx(0.8));
  }
  SECTION("a unit beyond a lowered capacity finishes its task, then goes") {
    // Day 0: two start (finish 10); day 5: capacity 1, both keep working. Day 10: one
    // starts (finish 20); day 20: the last (finish 30). Lead times 10, 10, 20, 30.
    const auto samples = planned(2, 1);
    CHECK(samples.lead_times.sum == 70);
    CHECK(samples.lead_times.counts[10] == 2);
    CHECK(std::ssize(samples.lead_times.counts) - 1 == 30);
    // 40 busy unit-days over 2 x 5 + 1 x 25 = 35 offered: above 1 while units finish.
    CHECK(samples.runs.front().pools.front().utilisation == Approx(40.0 / 35.0));
  }
}

TEST_CASE("a deterministic schedule gives each class its share in arrival order",
          "[sim][portfolio]") {
  // Shares 0.6 and 0.4: each application goes to the class furthest behind its share.
  // Owed after k applications (share x k - given): 1st fast (.6 vs .4), 2nd slow (.2 vs
  // .8), 3rd fast (.8 vs .2), 4th slow (.4 vs .6), 5th fast (1 vs 0), 6th fast (.6 vs .4),
  // then the same five again: F S F S F F S F S F.
  const auto pathway = two_classes(10, 30, 1, same_day(10));
  CHECK(sim::planned_classes(*pathway.portfolio, 10) ==
        std::vector<std::int32_t>{0, 1, 0, 1, 0, 0, 1, 0, 1, 0});
  // One reviewer, all ten arriving on 5 Jan, priorities equal: first come, first served.
  // Fast reviews take 10 days and slow ones 30, each application only its class's task:
  // finishes 15 Jan (F), 14 Feb (S), 24 Feb (F), 26 Mar (S), 5 Apr (F), ...
  const sim::Scheduler scheduler(pathway);
  const auto result = scheduler.run_portfolio(pathway.portfolio->arrivals);
  REQUIRE(result.classes.size() == 10);
  CHECK(result.classes[0] == "fast");
  CHECK(result.classes[1] == "slow");
  const auto& first = result.applications[0];
  CHECK(first.finish == Date(2026, 1, 15));
  CHECK(first.tasks[1].skipped);  // slow.review: not this application's class
  CHECK(result.applications[1].finish == Date(2026, 2, 14));
  CHECK(result.applications[1].tasks[0].skipped);
  CHECK(result.applications[2].finish == Date(2026, 2, 24));
  CHECK(result.applications[3].finish == Date(2026, 3, 26));
  CHECK(result.applications[4].finish == Date(2026, 4, 5));
  // One request per application: skipped tasks never queue.
  CHECK(result.pools.front().requests == 10);
}
