// Portfolio arrivals and the portfolio Monte Carlo (regsim/sim/portfolio.hpp), with the
// summary of analysis/portfolio_summary.hpp; expected values computed by hand.
#include <catch2/catch.hpp>
#include <cmath>

#include "regsim/analysis/portfolio_summary.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/sim/portfolio.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::calendar::Date;
using namespace regsim::test;
namespace sim = regsim::sim;

namespace {

// intake -> review (`review_days` fixed, one of `capacity` reviewers), with a portfolio.
regsim::model::Pathway queue(int review_days, regsim::model::Portfolio portfolio,
                             int capacity = 1) {
  auto pathway = make_pathway();
  auto review = make_task("review", days(review_days));
  review.needs = {{"reviewers", 1}};
  pathway.tasks = {make_task("intake", days(0), regsim::model::TaskKind::milestone), review};
  pathway.dependencies = {make_dependency("intake", "review")};
  pathway.resources = {{"reviewers", "Reviewers", capacity, {}, {}, {}, {}}};
  pathway.start = Date(2026, 1, 5);
  pathway.portfolio = std::move(portfolio);
  return pathway;
}

regsim::model::Portfolio every(int interval_days, int count) {
  regsim::model::Portfolio portfolio;
  portfolio.count = count;
  portfolio.interval = days(interval_days);
  return portfolio;
}

}  // namespace

TEST_CASE("regular arrivals: count, or every interval up to `until`", "[sim][portfolio]") {
  const auto pathway = queue(10, every(30, 3));
  CHECK(sim::portfolio_arrivals(pathway, *pathway.portfolio, Date(2026, 1, 5)) ==
        std::vector<Date>{Date(2026, 1, 5), Date(2026, 2, 4), Date(2026, 3, 6)});
  regsim::model::Portfolio until = every(10, 0);
  until.until = Date(2026, 1, 25);
  CHECK(sim::portfolio_arrivals(pathway, until, Date(2026, 1, 5)) ==
        std::vector<Date>{Date(2026, 1, 5), Date(2026, 1, 15), Date(2026, 1, 25)});
}

TEST_CASE("Poisson arrivals: whole days of the cumulative exponential gaps", "[sim][portfolio]") {
  regsim::model::Portfolio poisson = every(4, 20000);
  poisson.poisson = true;
  const auto pathway = queue(10, poisson);
  SECTION("deterministic mode arrives every mean interval") {
    const auto arrivals = sim::portfolio_arrivals(pathway, poisson, Date(2026, 1, 1));
    REQUIRE(arrivals.size() == 20000);
    CHECK(arrivals[1] == Date(2026, 1, 5));
  }
  SECTION("the k-th arrival is start + floor(sum of k gaps)") {
    sim::Engine random(7), replay(7);
    const auto arrivals = sim::portfolio_arrivals(pathway, poisson, Date(2026, 1, 1), &random);
    REQUIRE(arrivals.size() == 20000);
    double t = 0;
    for (int k = 0; k < 5; ++k) {
      t += sim::exponential_quantile(4, sim::uniform(replay));
      CHECK(arrivals[static_cast<std::size_t>(k)] ==
            Date(2026, 1, 1) + boost::gregorian::days(static_cast<int>(std::floor(t))));
    }
    // Mean gap 4 days; its standard error over 20,000 gaps is 4 / sqrt(20000) = 0.028.
    const double mean_gap = (arrivals.back() - arrivals.front()).days() / 19999.0;
    CHECK(mean_gap == Approx(4).margin(0.12));
  }
  SECTION("until ends the process") {
    regsim::model::Portfolio bounded = poisson;
    bounded.count = 0;
    bounded.until = Date(2026, 12, 31);
    sim::Engine random(3);
    const auto arrivals = sim::portfolio_arrivals(pathway, bounded, Date(2026, 1, 1), &random);
    REQUIRE(!arrivals.empty());
    CHECK(arrivals.back() <= Date(2026, 12, 31));
    // 365 days at one per 4: 91 expected, standard deviation sqrt(91) = 9.5.
    CHECK(std::abs(static_cast<int>(arrivals.size()) - 91) < 40);
  }
}

TEST_CASE("exponential durations: mean and median", "[sim][portfolio]") {
  CHECK(sim::exponential_quantile(56, 0.5) == Approx(56 * std::log(2.0)));
  sim::Engine engine(11);
  double sum = 0;
  for (int i = 0; i < 100000; ++i)
    sum += sim::sample(regsim::model::Exponential{56}, engine);
  // Standard error 56 / sqrt(100000) = 0.18.
  CHECK(sum / 100000 == Approx(56).margin(0.9));
  CHECK(regsim::model::point_estimate(regsim::model::Exponential{56}) == 56);
}

TEST_CASE("nearest-rank percentiles of a day histogram", "[analysis][portfolio]") {
  sim::DayHistogram histogram;
  for (int d : {5, 0, 1, 0})
    histogram.add(d);
  CHECK(regsim::analysis::percentile(histogram, 10) == 0);  // rank 1
  CHECK(regsim::analysis::percentile(histogram, 50) == 0);  // rank 2
  CHECK(regsim::analysis::percentile(histogram, 60) == 1);  // rank 3
  CHECK(regsim::analysis::percentile(histogram, 80) == 5);  // rank 4
  CHECK(histogram.sum == 6);
}

TEST_CASE("portfolio Monte Carlo of a deterministic queue, figures by hand", "[sim][portfolio]") {
  // Arrivals on days 0, 5, 10, 15, 20; reviews of 10 days, one reviewer: starts 0, 10, 20,
  // 30, 40, waits 0, 5, 10, 15, 20, lead times 10 .. 30, finishes 10 .. 50.
  const sim::Scheduler scheduler(queue(10, every(5, 5)));
  sim::PortfolioOptions options;
  options.runs = 3;
  const auto samples = sim::run_portfolio_monte_carlo(scheduler, options);
  const auto summary = regsim::analysis::summarize(samples);
  REQUIRE(summary.pools.size() == 1);
  const auto& pool = summary.pools.front();
  CHECK(pool.requests == 15);
  CHECK(pool.mean_wait_days == 10);
  CHECK(pool.p_wait == Approx(0.8));
  CHECK(pool.p80_wait_days == 15);  // rank ceil(0.8 x 15) = 12 of 0,0,0,5,5,5,...,20,20,20
  CHECK(pool.max_wait_days == 20);
  CHECK(pool.utilisation == 1.0);  // 50 busy days over the 50 days from first arrival
  CHECK(pool.wait_ci.half_width == 0);
  REQUIRE(summary.classes.size() == 1);
  const auto& lead = summary.classes.front();
  CHECK(lead.id == "test/pathway");  // no classes: one, named after the pathway
  CHECK(lead.mean_days == 20);
  CHECK(lead.p10 == 10);
  CHECK(lead.p50 == 20);
  CHECK(lead.p90 == 30);
  // On day 20 (the last arrival) three are unfinished; two finished within 20 days.
  CHECK(summary.backlog_at_end == 3);
  CHECK(summary.throughput_per_year == Approx(2 * 365.25 / 20));
  SECTION("a warm-up leaves out the applications arriving before its end") {
    options.warmup_days = 10;
    const auto later =
        regsim::analysis::summarize(sim::run_portfolio_monte_carlo(scheduler, options));
    CHECK(later.classes.front().applications == 9);   // days 10, 15, 20 in 3 runs
    CHECK(later.pools.front().mean_wait_days == 15);  // waits 10, 15, 20
  }
}

TEST_CASE("portfolio Monte Carlo: the same samples whatever the threads", "[sim][portfolio]") {
  regsim::model::Portfolio poisson = every(4, 500);
  poisson.poisson = true;
  auto pathway = queue(10, poisson, 3);
  pathway.tasks[1].duration.distribution = regsim::model::Exponential{10};
  const sim::Scheduler scheduler(pathway);
  sim::PortfolioOptions options;
  options.runs = 9;
  options.seed = 5;
  options.threads = 1;
  const auto one = sim::run_portfolio_monte_carlo(scheduler, options);
  options.threads = 3;
  const auto three = sim::run_portfolio_monte_carlo(scheduler, options);
  CHECK(one.runs == three.runs);
  CHECK(one.lead_times == three.lead_times);
  CHECK(one.waits == three.waits);
  // Durations differ between applications: the lead times are not all one value.
  CHECK(regsim::analysis::percentile(one.lead_times, 90) >
        regsim::analysis::percentile(one.lead_times, 10));
}

TEST_CASE("the reader takes exponential durations and Poisson arrivals", "[io][portfolio]") {
  const auto pathway = regsim::io::read_pathway_from_string(R"(regsim: 1
id: q
title: Q
start: 2026-01-01
tasks:
  - {id: review, duration: {exponential: 56d}}
portfolio:
  arrivals: {poisson: 2w}
  until: 2027-01-01
)",
                                                            "q.yaml");
  CHECK(std::get<regsim::model::Exponential>(pathway.tasks[0].duration.distribution).mean == 56);
  REQUIRE(pathway.portfolio);
  CHECK(pathway.portfolio->poisson);
  CHECK(pathway.portfolio->interval ==
        regsim::calendar::Duration{2, regsim::calendar::DurationUnit::weeks});
  CHECK(pathway.portfolio->until == Date(2027, 1, 1));
  CHECK(pathway.portfolio->count == 0);
}

TEST_CASE("month by month: backlog and queue at each month's end, waits by ready month",
          "[sim][portfolio]") {
  // One reviewer, 30-day reviews, arrivals on 10 Jan, 20 Jan and 15 Feb 2026:
  //   A: 10 Jan - 9 Feb (no wait); B: ready 20 Jan, starts 9 Feb (20 days), ends 11 Mar;
  //   C: ready 15 Feb, starts 11 Mar (24 days), ends 10 Apr.
  // At the end of January (1 Feb): A and B in the system, B waiting. End of February
  // (1 Mar): B and C in the system, C waiting. End of March: C alone, served. End of
  // April: nobody. Waits by ready month: January A 0 and B 20 (mean 10), February C 24.
  regsim::model::Portfolio explicit_dates;
  explicit_dates.arrivals = {Date(2026, 1, 10), Date(2026, 1, 20), Date(2026, 2, 15)};
  const auto pathway = queue(30, explicit_dates);
  const sim::Scheduler scheduler(pathway);
  sim::PortfolioOptions options;
  options.runs = 3;  // identical runs: the means are one run's figures
  options.threads = 2;
  const auto samples = sim::run_portfolio_monte_carlo(scheduler, options);
  const auto summary = regsim::analysis::summarize(samples);
  REQUIRE(summary.months.size() == 4);
  CHECK(summary.months[0].month == Date(2026, 1, 1));
  CHECK(summary.months[3].month == Date(2026, 4, 1));
  std::vector<double> backlog, queue_length, mean_wait;
  std::vector<std::int64_t> requests;
  for (const auto& month : summary.months) {
    backlog.push_back(month.backlog);
    queue_length.push_back(month.pools.at(0).queue);
    mean_wait.push_back(month.pools.at(0).mean_wait_days);
    requests.push_back(month.pools.at(0).requests);
  }
  CHECK(backlog == std::vector<double>{2, 2, 1, 0});
  CHECK(queue_length == std::vector<double>{1, 1, 0, 0});
  CHECK(requests == std::vector<std::int64_t>{6, 3, 0, 0});  // over three runs
  CHECK(mean_wait == std::vector<double>{10, 24, 0, 0});
}

TEST_CASE("throughput counts departures in the window, whenever they arrived", "[sim][portfolio]") {
  // 30-day reviews, ample reviewers, arrivals 5 Jan, 15 Jan, 14 Feb, 6 Mar; a 20-day
  // warm-up: the window runs from 25 Jan to the last arrival, 6 Mar (40 days). Finishes:
  // 4 Feb and 14 Feb (both arrived in the warm-up), 16 Mar and 5 Apr (after the window).
  // Two departures in 40 days: 2 x 365.25 / 40 = 18.2625 a year. (Counting only the
  // applications that arrived in the window gave none.)
  regsim::model::Portfolio explicit_dates;
  explicit_dates.arrivals = {Date(2026, 1, 5), Date(2026, 1, 15), Date(2026, 2, 14),
                             Date(2026, 3, 6)};
  const sim::Scheduler scheduler(queue(30, explicit_dates, 10));
  sim::PortfolioOptions options;
  options.runs = 1;
  options.warmup_days = 20;
  const auto samples = sim::run_portfolio_monte_carlo(scheduler, options);
  CHECK(samples.runs.front().finished_in_window == 2);
  CHECK(samples.runs.front().window_days == 40);
  CHECK(samples.runs.front().applications == 2);  // lead times: the two after the warm-up
  CHECK(regsim::analysis::summarize(samples).throughput_per_year == Approx(18.2625));
}

TEST_CASE("empirical gaps: each drawn with equal chance; the plan every mean gap",
          "[sim][portfolio]") {
  regsim::model::Portfolio empirical = every(1, 4);
  empirical.gaps = {2, 4, 12};
  const auto pathway = queue(10, empirical);
  // The plan: every mean gap (6 days) from the start, the first on it.
  CHECK(
      sim::portfolio_arrivals(pathway, empirical, Date(2026, 1, 1)) ==
      std::vector<Date>{Date(2026, 1, 1), Date(2026, 1, 7), Date(2026, 1, 13), Date(2026, 1, 19)});
  // Drawn: the k-th after the sum of k gaps, gap floor(3u) of the list for each uniform u.
  sim::Engine random(11), replay(11);
  const auto arrivals = sim::portfolio_arrivals(pathway, empirical, Date(2026, 1, 1), &random);
  REQUIRE(arrivals.size() == 4);
  const double gaps[] = {2, 4, 12};
  int day = 0;
  for (const auto& arrival : arrivals) {
    day += static_cast<int>(gaps[static_cast<int>(sim::uniform(replay) * 3)]);
    CHECK(arrival == Date(2026, 1, 1) + boost::gregorian::days(day));
  }
}

TEST_CASE("monthly rates: a Poisson process whose rate follows the month", "[sim][portfolio]") {
  // 31 expected in January (one a day), none in February, 31 in March: the plan puts the
  // k-th where the expected count reaches k, so 1..31 January, then 1 and 2 March.
  regsim::model::Portfolio monthly = every(1, 33);
  monthly.monthly = {31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const auto pathway = queue(10, monthly);
  const auto plan = sim::portfolio_arrivals(pathway, monthly, Date(2026, 1, 1));
  REQUIRE(plan.size() == 33);
  CHECK(plan[0] == Date(2026, 1, 1));
  CHECK(plan[30] == Date(2026, 1, 31));
  CHECK(plan[31] == Date(2026, 3, 1));
  CHECK(plan[32] == Date(2026, 3, 2));
  // Drawn over ten years: no arrival in any February, and about 31 a month otherwise
  // (330 expected a year: 3,300 over ten, sd 57; within 4 sd).
  regsim::model::Portfolio drawn = monthly;
  drawn.count = 0;
  drawn.until = Date(2035, 12, 31);
  sim::Engine random(5);
  const auto arrivals = sim::portfolio_arrivals(pathway, drawn, Date(2026, 1, 1), &random);
  CHECK(std::none_of(arrivals.begin(), arrivals.end(),
                     [](const Date& date) { return date.month() == 2; }));
  CHECK(std::abs(static_cast<double>(arrivals.size()) - 3317.0) < 4 * 57.6);
}
