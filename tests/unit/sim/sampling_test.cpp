#include "regsim/sim/sampling.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

namespace model = regsim::model;
namespace sim = regsim::sim;
using regsim::calendar::DurationUnit;

namespace {

model::Task task(std::string id, model::Distribution distribution, double probability = 1) {
  model::Task t;
  t.id = std::move(id);
  t.duration.unit = DurationUnit::calendar_days;
  t.duration.distribution = std::move(distribution);
  t.probability = probability;
  return t;
}

double sample_mean(const model::Distribution& distribution, int n, std::uint64_t seed) {
  sim::Engine engine(seed);
  double sum = 0;
  for (int i = 0; i < n; ++i)
    sum += sim::sample(distribution, engine);
  return sum / n;
}

}  // namespace

TEST_CASE("the engine is the standard 64-bit Mersenne Twister", "[sim][sampling]") {
  // [rand.predef]: the 10000th output of a default-constructed mt19937_64.
  sim::Engine engine;
  engine.discard(9999);
  CHECK(engine() == 9981545732273789042ULL);
}

TEST_CASE("replication seeds depend on the seed and the index only", "[sim][sampling]") {
  CHECK(sim::replication_seed(7, 3) == sim::replication_seed(7, 3));
  CHECK(sim::replication_seed(7, 3) != sim::replication_seed(7, 4));
  CHECK(sim::replication_seed(7, 3) != sim::replication_seed(8, 3));
  CHECK(sim::replication_seed(7, 3) != sim::replication_seed(8, 2));
}

TEST_CASE("triangular quantiles by hand", "[sim][sampling]") {
  const model::Triangular t{0, 5, 10};
  CHECK(sim::triangular_quantile(t, 0) == Approx(0));
  CHECK(sim::triangular_quantile(t, 0.125) == Approx(2.5));  // sqrt(0.125 * 10 * 5)
  CHECK(sim::triangular_quantile(t, 0.5) == Approx(5));
  CHECK(sim::triangular_quantile(t, 0.875) == Approx(7.5));  // 10 - sqrt(0.125 * 10 * 5)
  CHECK(sim::triangular_quantile(t, 1) == Approx(10));
  CHECK(sim::triangular_quantile({4, 4, 4}, 0.3) == Approx(4));
}

TEST_CASE("empirical quantiles follow the cumulative weights", "[sim][sampling]") {
  const model::Empirical e{{30, 45, 60, 90}, {1, 2, 2, 1}};  // total 6
  CHECK(sim::empirical_quantile(e, 0.0) == 30);
  CHECK(sim::empirical_quantile(e, 0.16) == 30);  // 0.96 < 1
  CHECK(sim::empirical_quantile(e, 0.17) == 45);  // 1.02
  CHECK(sim::empirical_quantile(e, 0.5) == 60);   // 3 is not below 3
  CHECK(sim::empirical_quantile(e, 0.99) == 90);
  const model::Empirical unweighted{{1, 2}, {}};
  CHECK(sim::empirical_quantile(unweighted, 0.49) == 1);
  CHECK(sim::empirical_quantile(unweighted, 0.5) == 2);
}

TEST_CASE("rounding sampled amounts", "[sim][sampling]") {
  CHECK(sim::round_amount(2.5) == 3);
  CHECK(sim::round_amount(2.49) == 2);
  CHECK(sim::round_amount(-1) == 0);
  CHECK(sim::round_amount(1e9) == 100000);
  CHECK(sim::round_amount(std::numeric_limits<double>::quiet_NaN()) == 0);
}

TEST_CASE("sample means match the analytic means", "[sim][sampling]") {
  // 200,000 draws: the standard error is below 0.05 for every case; 0.2 is > 4 SE.
  constexpr int n = 200000;
  SECTION("fixed") {
    CHECK(sample_mean(model::Fixed{12}, 10, 1) == 12);
  }
  SECTION("uniform: (min + max) / 2") {
    CHECK(sample_mean(model::Uniform{20, 40}, n, 1) == Approx(30).margin(0.2));
  }
  SECTION("triangular: (min + mode + max) / 3") {
    CHECK(sample_mean(model::Triangular{20, 30, 60}, n, 2) == Approx(110.0 / 3).margin(0.2));
  }
  SECTION("PERT: (min + lambda mode + max) / (lambda + 2)") {
    CHECK(sample_mean(model::Pert{20, 30, 60, 4}, n, 3) == Approx(200.0 / 6).margin(0.2));
    CHECK(sample_mean(model::Pert{0, 10, 10, 2}, n, 4) == Approx(30.0 / 4).margin(0.2));
  }
  SECTION("lognormal: exp(mu + sigma^2 / 2)") {
    const model::LogNormal ln{std::log(40.0), 0.3};
    CHECK(sample_mean(ln, n, 5) == Approx(40 * std::exp(0.045)).margin(0.2));
  }
  SECTION("empirical: the weighted mean") {
    const model::Empirical e{{30, 45, 60, 90}, {1, 2, 2, 1}};
    CHECK(sample_mean(e, n, 6) == Approx((30 + 90 + 120 + 90) / 6.0).margin(0.2));
  }
}

TEST_CASE("PERT and lognormal stay in their support", "[sim][sampling]") {
  sim::Engine engine(9);
  for (int i = 0; i < 10000; ++i) {
    const double pert = sim::sample(model::Pert{20, 30, 60, 4}, engine);
    REQUIRE(pert >= 20);
    REQUIRE(pert <= 60);
    REQUIRE(sim::sample(model::LogNormal{3, 1}, engine) > 0);
  }
}

TEST_CASE("a replication's draws are reproducible", "[sim][sampling]") {
  model::Pathway pathway;
  pathway.tasks = {task("a", model::Triangular{10, 20, 40}), task("b", model::Uniform{1, 9}, 0.5)};
  const sim::Sampler one(pathway);
  const sim::Sampler two(pathway);
  const auto first = one.draw(42, 17);
  const auto again = two.draw(42, 17);
  CHECK(first.durations == again.durations);
  CHECK(first.exists == again.exists);
  CHECK(first.extra_rounds == again.extra_rounds);
  bool any_difference = false;
  for (std::uint64_t i = 0; i < 20 && !any_difference; ++i) {
    any_difference = one.draw(42, i).durations != first.durations;
  }
  CHECK(any_difference);
  REQUIRE(first.durations.size() == 2);
  CHECK(first.durations[0].unit == DurationUnit::calendar_days);
  CHECK(first.durations[0].amount >= 10);
  CHECK(first.durations[0].amount <= 40);
}

TEST_CASE("existence, branches and rework rounds have their probabilities", "[sim][sampling]") {
  model::Pathway pathway;
  pathway.tasks = {task("maybe", model::Fixed{5}, 0.3), task("approve", model::Fixed{0}),
                   task("refuse", model::Fixed{0}), task("questions", model::Fixed{30})};
  pathway.tasks[3].rework = model::Rework{0.4, 2, "", {}};
  pathway.branches = {model::Branch{"outcome", {{"approve", 0.8}, {"refuse", 0.2}}, {}}};
  const sim::Sampler sampler(pathway);
  constexpr int n = 40000;  // standard errors below 0.0025; margins are > 4 SE
  int maybe = 0, approve = 0, rounds[3] = {0, 0, 0};
  sim::Draws draws;
  for (int i = 0; i < n; ++i) {
    sampler.draw(1, static_cast<std::uint64_t>(i), draws);
    maybe += draws.exists[0];
    approve += draws.exists[1];
    REQUIRE(draws.exists[1] + draws.exists[2] == 1);  // exactly one outcome
    REQUIRE(draws.extra_rounds[3] >= 0);
    REQUIRE(draws.extra_rounds[3] <= 2);
    ++rounds[draws.extra_rounds[3]];
    REQUIRE(draws.durations[3].amount == 30);
  }
  CHECK(maybe / double(n) == Approx(0.3).margin(0.01));
  CHECK(approve / double(n) == Approx(0.8).margin(0.01));
  CHECK(rounds[0] / double(n) == Approx(0.6).margin(0.01));
  CHECK(rounds[1] / double(n) == Approx(0.24).margin(0.01));  // 0.4 x 0.6
  CHECK(rounds[2] / double(n) == Approx(0.16).margin(0.01));  // 0.4 x 0.4, capped at 2
}

TEST_CASE("a branch naming no task is an input error", "[sim][sampling]") {
  model::Pathway pathway;
  pathway.tasks = {task("a", model::Fixed{1})};
  pathway.branches = {model::Branch{"outcome", {{"a", 0.5}, {"ghost", 0.5}}, {}}};
  try {
    sim::Sampler sampler(pathway);
    FAIL("no error");
  } catch (const regsim::InputError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].id == "unknown_task");
  }
}

TEST_CASE("common random numbers: a task's draws do not depend on the other tasks",
          "[sim][sampling]") {
  model::Pathway before;
  before.tasks = {task("a", model::Triangular{10, 20, 40}), task("b", model::Uniform{1, 9}),
                  task("c", model::Triangular{100, 150, 200})};
  // The scenario makes `a` fixed (it draws no number), widens `c` and adds `z` at the end.
  model::Pathway after;
  after.tasks = {task("a", model::Fixed{25}), task("b", model::Uniform{1, 9}),
                 task("c", model::Triangular{100, 150, 250}), task("z", model::Uniform{0, 1})};
  sim::Sampler common_before(before), common_after(after);
  common_before.use_common_random_numbers();
  common_after.use_common_random_numbers();
  const sim::Sampler plain_before(before), plain_after(after);
  int plain_same = 0;
  for (std::uint64_t i = 0; i < 50; ++i) {
    const auto x = common_before.draw(7, i), y = common_after.draw(7, i);
    CHECK(y.durations[0].amount == 25);
    CHECK(x.durations[1].amount == y.durations[1].amount);  // b: the same number
    // c reads the same uniform through a wider triangle: never shorter.
    CHECK(y.durations[2].amount >= x.durations[2].amount);
    const auto p = plain_before.draw(7, i), q = plain_after.draw(7, i);
    plain_same += p.durations[1].amount == q.durations[1].amount ? 1 : 0;
  }
  // One stream read in order: b's number moved, so b mostly differs (9 values: ~1 in 9 equal).
  CHECK(plain_same < 25);
  // The task streams are not the single stream: without the switch nothing changes.
  CHECK(plain_before.draw(7, 3).durations == sim::Sampler(before).draw(7, 3).durations);
}

TEST_CASE("a task's stream is SplitMix64: the reference sequence of seed 0", "[sim]") {
  // Vigna's splitmix64.c from state 0; a changed constant or shift changes every draw.
  regsim::sim::StreamEngine engine(0);
  CHECK(engine() == 0xe220a8397b1dcdafULL);
  CHECK(engine() == 0x6e789e6aa1b965f4ULL);
  CHECK(engine() == 0x06c45d188009454fULL);
  const double u = regsim::sim::uniform(engine);
  CHECK(u >= 0.0);
  CHECK(u < 1.0);
}
