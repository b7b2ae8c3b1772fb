#include "regsim/sim/monte_carlo.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>

#include "regsim/sim/sampling.hpp"

namespace model = regsim::model;
namespace sim = regsim::sim;
namespace calendar = regsim::calendar;

namespace {

// Two parallel tasks into a milestone, played by a stand-in for the scheduler: the
// milestone falls on the later finish, and the longer task is the critical one.
model::Pathway two_paths() {
  model::Pathway pathway;
  pathway.id = "test/two";
  pathway.start = calendar::Date(2026, 3, 2);
  pathway.tasks.resize(3);
  pathway.tasks[0].id = "a";
  pathway.tasks[0].duration.distribution = model::Triangular{10, 20, 40};
  pathway.tasks[1].id = "b";
  pathway.tasks[1].duration.distribution = model::Uniform{10, 40};
  pathway.tasks[1].probability = 0.9;
  pathway.tasks[2].id = "end";
  pathway.tasks[2].kind = model::TaskKind::milestone;
  pathway.deadlines.resize(1);
  pathway.deadlines[0].id = "month";
  // The sampler compiles the pathway (graph::compile): its deadline must name tasks.
  pathway.deadlines[0].from = "a";
  pathway.deadlines[0].to = "end";
  return pathway;
}

sim::TaskTiming timing(std::string id, calendar::Date start, calendar::Date finish) {
  sim::TaskTiming task;
  task.task_id = std::move(id);
  task.ready = task.start = start;
  task.finish = finish;
  return task;
}

sim::Timeline play(const sim::Draws& draws) {
  const calendar::Date start(2026, 3, 2);
  const int a = draws.durations[0].amount;
  const int b = draws.exists[1] ? draws.durations[1].amount : 0;
  sim::Timeline t;
  t.start = start;
  t.finish = start + boost::gregorian::days(std::max(a, b));
  t.tasks.resize(3);
  t.tasks[0] = timing("a", start, start + boost::gregorian::days(a));
  t.tasks[0].critical = a >= b;
  t.tasks[1] = timing("b", start, start + boost::gregorian::days(b));
  t.tasks[1].skipped = draws.exists[1] == 0;
  t.tasks[1].critical = b >= a;
  t.tasks[2] = timing("end", t.finish, t.finish);
  t.tasks[2].critical = true;
  t.deadlines.resize(1);
  t.deadlines[0].met = std::max(a, b) <= 30;
  return t;
}

}  // namespace

TEST_CASE("Monte Carlo samples are identical for 1, 2 and 8 threads", "[sim][monte_carlo]") {
  const auto pathway = two_paths();
  sim::MonteCarloOptions options;
  options.runs = 3001;  // not a multiple of the chunk or checkpoint size
  options.seed = 11;
  options.threads = 1;
  const auto one = sim::run_monte_carlo(pathway, play, options);
  options.threads = 2;
  const auto two = sim::run_monte_carlo(pathway, play, options);
  options.threads = 8;
  const auto eight = sim::run_monte_carlo(pathway, play, options);
  CHECK(one.runs == 3001);
  CHECK(one.end_days == two.end_days);
  CHECK(one.end_days == eight.end_days);
  CHECK(one.critical == eight.critical);
  CHECK(one.task_amounts == eight.task_amounts);
  CHECK(one.milestone_days == eight.milestone_days);
  CHECK(one.deadline_met == eight.deadline_met);
  CHECK(one.happened == eight.happened);
}

TEST_CASE("Monte Carlo records one row per replication", "[sim][monte_carlo]") {
  const auto pathway = two_paths();
  sim::MonteCarloOptions options;
  options.runs = 50;
  options.seed = 5;
  const auto s = sim::run_monte_carlo(pathway, play, options);
  REQUIRE(s.milestones == std::vector<int>{2});
  const sim::Sampler sampler(pathway);
  for (std::int64_t r = 0; r < 50; ++r) {
    const auto draws = sampler.draw(5, static_cast<std::uint64_t>(r));
    const auto i = static_cast<std::size_t>(r);
    const int a = draws.durations[0].amount;
    const int b = draws.exists[1] ? draws.durations[1].amount : 0;
    REQUIRE(s.end_days[i] == std::max(a, b));
    REQUIRE(s.milestone_days[i] == std::max(a, b));
    REQUIRE(s.task_amounts[i * 3] == a);
    REQUIRE(s.task_amounts[i * 3 + 1] == b);
    REQUIRE(s.happened[i * 3 + 1] == draws.exists[1]);
    REQUIRE(s.deadline_met[i] == (std::max(a, b) <= 30 ? 1 : 0));
  }
}

TEST_CASE("the stop rule is asked at fixed checkpoints", "[sim][monte_carlo]") {
  const auto pathway = two_paths();
  sim::MonteCarloOptions options;
  options.runs = 10000;
  options.check_every = 1000;
  std::vector<std::int64_t> asked, told;
  options.stop = [&asked](std::span<const int> end) {
    asked.push_back(static_cast<std::int64_t>(end.size()));
    return end.size() >= 3000;
  };
  options.progress = [&told](std::int64_t done, std::int64_t total) {
    CHECK(total == 10000);
    told.push_back(done);
  };
  for (int threads : {1, 3}) {
    asked.clear();
    told.clear();
    options.threads = threads;
    const auto s = sim::run_monte_carlo(pathway, play, options);
    CHECK(s.runs == 3000);
    CHECK(s.stopped_early);
    CHECK(s.end_days.size() == 3000);
    CHECK(asked == std::vector<std::int64_t>{1000, 2000, 3000});
    CHECK(told == std::vector<std::int64_t>{1000, 2000, 3000});
  }
}

TEST_CASE("a cancelled run throws Interrupted", "[sim][monte_carlo]") {
  const auto pathway = two_paths();
  std::atomic<bool> cancel{true};
  sim::MonteCarloOptions options;
  options.cancel = &cancel;
  options.threads = 2;
  CHECK_THROWS_AS(sim::run_monte_carlo(pathway, play, options), regsim::Interrupted);
}

TEST_CASE("the first failing replication's error is rethrown", "[sim][monte_carlo]") {
  const auto pathway = two_paths();
  const sim::Sampler sampler(pathway);
  // Fail on replications 37 and 900, recognised by their draws.
  const auto d37 = sampler.draw(1, 37);
  const auto d900 = sampler.draw(1, 900);
  const sim::Replicate failing = [&](const sim::Draws& draws) {
    if (draws.durations == d37.durations && draws.exists == d37.exists) {
      throw std::runtime_error("run 37");
    }
    if (draws.durations == d900.durations && draws.exists == d900.exists) {
      throw std::runtime_error("run 900");
    }
    return play(draws);
  };
  sim::MonteCarloOptions options;
  options.threads = 4;
  options.seed = 1;
  CHECK_THROWS_WITH(sim::run_monte_carlo(pathway, failing, options), "run 37");
}

TEST_CASE("runs below 1 are refused", "[sim][monte_carlo]") {
  sim::MonteCarloOptions options;
  options.runs = 0;
  CHECK_THROWS_AS(sim::run_monte_carlo(two_paths(), play, options), regsim::Error);
}

TEST_CASE("runs whose samples exceed 1 GiB are refused before any runs", "[sim][monte_carlo]") {
  // two_paths: per run 4 (end) + 3 tasks x (1 + 1 + 1 + 4) + 1 milestone x 4 + 1 deadline
  // x 1 = 30 bytes (happened, critical, driving, amount per task), so 2^30 / 30 =
  // 35,791,394.1 runs fit.
  const auto pathway = two_paths();
  CHECK(sim::sample_bytes_per_run(pathway) == 30);
  CHECK(sim::max_runs(pathway) == 35791394);
  sim::MonteCarloOptions options;
  options.runs = 35791395;
  int played = 0;
  const sim::Replicate counting = [&](const sim::Draws& draws) {
    ++played;
    return play(draws);
  };
  CHECK_THROWS_WITH(sim::run_monte_carlo(pathway, counting, options),
                    "the samples of 35791395 runs of this 3-task pathway would take about 1025 "
                    "MiB, more than the limit of 1024 MiB; at most 35791394 runs fit");
  CHECK(played == 0);
}
