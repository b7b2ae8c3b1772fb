#include "regsim/model/distribution.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "regsim/error.hpp"

using namespace regsim::model;
using regsim::calendar::Duration;
using regsim::calendar::DurationUnit;

TEST_CASE("point estimates follow the documented rule per shape", "[model]") {
  CHECK(point_estimate(Fixed{30}) == 30);
  CHECK(point_estimate(Uniform{20, 40}) == 30);
  CHECK(point_estimate(Triangular{20, 25, 60}) == 25);
  CHECK(point_estimate(Pert{20, 25, 60, 4}) == 25);
  CHECK(point_estimate(LogNormal{std::log(45.0), 0.5}) == Approx(45));
}

TEST_CASE("the empirical point estimate is the weighted median, lower on a tie", "[model]") {
  SECTION("odd count, unsorted values") {
    CHECK(point_estimate(Empirical{{90, 30, 60}, {}}) == 60);
  }
  SECTION("even count with equal weights takes the lower middle value") {
    CHECK(point_estimate(Empirical{{30, 45, 60, 90}, {}}) == 45);
  }
  SECTION("weights 1,2,2,1: cumulative 1,3,5,6 reaches half of 6 at 45") {
    CHECK(point_estimate(Empirical{{30, 45, 60, 90}, {1, 2, 2, 1}}) == 45);
  }
  SECTION("a heavy last value pulls the median up") {
    CHECK(point_estimate(Empirical{{30, 45, 60, 90}, {1, 1, 1, 5}}) == 90);
  }
  SECTION("fractional weights that sum to exactly half in decimal") {
    // 0.1 + 0.2 + 0.2 = 0.5 of a total 1.0: the third value is the lower median.
    CHECK(point_estimate(Empirical{{1, 2, 3, 4}, {0.1, 0.2, 0.2, 0.5}}) == 3);
  }
  SECTION("an empty sample is an error, not a value") {
    CHECK_THROWS_AS(point_estimate(Empirical{}), regsim::Error);
  }
}

TEST_CASE("means are the closed forms", "[model]") {
  CHECK(mean(Fixed{7}) == 7);
  CHECK(mean(Uniform{20, 41}) == Approx(30.5));
  CHECK(mean(Triangular{20, 30, 60}) == Approx(110.0 / 3));
  // PERT: (min + lambda mode + max) / (lambda + 2) = (20 + 120 + 60) / 6.
  CHECK(mean(Pert{20, 30, 60, 4}) == Approx(200.0 / 6));
  CHECK(mean(Pert{0, 10, 20, 1}) == Approx(10));
  CHECK(mean(LogNormal{0, 1}) == Approx(std::exp(0.5)));
  CHECK(mean(Empirical{{30, 45, 60, 90}, {1, 2, 2, 1}}) == Approx(330.0 / 6));
  CHECK(mean(Empirical{{1, 2, 3, 4}, {}}) == Approx(2.5));
}

TEST_CASE("lognormal from median and p90", "[model]") {
  // mu = ln(median); sigma = ln(p90 / median) / z_0.9 with z_0.9 = 1.28155 (normal table).
  const LogNormal d = lognormal_from_median_p90(45, 90);
  CHECK(d.mu == Approx(3.806662).epsilon(1e-6));
  CHECK(d.sigma == Approx(0.693147 / 1.28155).epsilon(1e-5));
  const LogNormal e = lognormal_from_median_p90(10, 30);
  CHECK(e.mu == Approx(2.302585).epsilon(1e-6));
  CHECK(e.sigma == Approx(1.098612 / 1.28155).epsilon(1e-5));
  CHECK(point_estimate(e) == Approx(10));

  CHECK_THROWS_AS(lognormal_from_median_p90(0, 10), regsim::Error);
  CHECK_THROWS_AS(lognormal_from_median_p90(10, 10), regsim::Error);
  CHECK_THROWS_AS(lognormal_from_median_p90(10, 5), regsim::Error);
}

TEST_CASE("lognormal from mean and standard deviation", "[model]") {
  // sigma^2 = ln(1 + sd^2/mean^2) = ln(1.16); mu = ln(50) - sigma^2 / 2.
  const LogNormal d = lognormal_from_mean_sd(50, 20);
  CHECK(d.sigma * d.sigma == Approx(0.1484200).epsilon(1e-6));
  CHECK(d.mu == Approx(3.912023 - 0.0742100).epsilon(1e-6));
  // Back through the closed forms: E = exp(mu + s^2/2), Var = (exp(s^2) - 1) E^2.
  CHECK(mean(d) == Approx(50));
  CHECK((std::exp(d.sigma * d.sigma) - 1) * 50 * 50 == Approx(400));

  CHECK_THROWS_AS(lognormal_from_mean_sd(0, 1), regsim::Error);
  CHECK_THROWS_AS(lognormal_from_mean_sd(10, 0), regsim::Error);
  CHECK_THROWS_AS(lognormal_from_mean_sd(-10, 3), regsim::Error);
}

TEST_CASE("deterministic durations round the point estimate in the spec's unit", "[model]") {
  CHECK(deterministic_duration({DurationUnit::working_days, Fixed{20}}) ==
        Duration{20, DurationUnit::working_days});
  CHECK(deterministic_duration({DurationUnit::calendar_days, Uniform{20, 41}}) ==
        Duration{31, DurationUnit::calendar_days});  // 30.5 rounds up
  CHECK(deterministic_duration({DurationUnit::months, Uniform{2, 3}}) ==
        Duration{3, DurationUnit::months});  // 2.5 rounds up
  CHECK(deterministic_duration({DurationUnit::calendar_days, Uniform{20, 40.8}}) ==
        Duration{30, DurationUnit::calendar_days});  // 30.4 rounds down
  CHECK(deterministic_duration({DurationUnit::weeks, Triangular{1, 4, 9}}) ==
        Duration{4, DurationUnit::weeks});
  CHECK(deterministic_duration({DurationUnit::calendar_days, lognormal_from_median_p90(45, 90)}) ==
        Duration{45, DurationUnit::calendar_days});
  CHECK(deterministic_duration({DurationUnit::calendar_days, Fixed{-3}}) ==
        Duration{0, DurationUnit::calendar_days});
}
