#include "regsim/analysis/statistics.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace analysis = regsim::analysis;

TEST_CASE("nearest-rank percentiles of hand-computed samples", "[analysis][statistics]") {
  // The worked examples of the nearest-rank method (rank = ceil(p/100 n)).
  const std::vector<double> five{15, 20, 35, 40, 50};
  CHECK(analysis::percentile(five, 5) == 15);    // rank 1
  CHECK(analysis::percentile(five, 30) == 20);   // rank ceil(1.5) = 2
  CHECK(analysis::percentile(five, 40) == 20);   // rank 2
  CHECK(analysis::percentile(five, 50) == 35);   // rank ceil(2.5) = 3
  CHECK(analysis::percentile(five, 100) == 50);  // rank 5
  CHECK(analysis::percentile(five, 0) == 15);    // rank at least 1
  const std::vector<int> ten{3, 6, 7, 8, 8, 10, 13, 15, 16, 20};
  CHECK(analysis::percentile(ten, 25) == 7);   // rank ceil(2.5) = 3
  CHECK(analysis::percentile(ten, 50) == 8);   // rank 5
  CHECK(analysis::percentile(ten, 75) == 15);  // rank ceil(7.5) = 8
  CHECK(analysis::percentile(ten, 80) == 15);  // rank 8
  CHECK(analysis::percentile(ten, 90) == 16);  // rank 9
}

TEST_CASE("a whole-number rank is not pushed up by rounding", "[analysis][statistics]") {
  std::vector<int> values(1000);
  std::iota(values.begin(), values.end(), 1);
  CHECK(analysis::percentile(values, 80) == 800);
  CHECK(analysis::percentile(values, 10) == 100);
  CHECK(analysis::percentile(values, 90) == 900);
  std::vector<int> seven(7);
  std::iota(seven.begin(), seven.end(), 1);
  CHECK(analysis::percentile(seven, 80) == 6);  // ceil(5.6)
}

TEST_CASE("percentiles reject empty input and p outside [0, 100]", "[analysis][statistics]") {
  const std::vector<double> none;
  const std::vector<double> one{1};
  CHECK_THROWS_AS(analysis::percentile(none, 50), std::invalid_argument);
  CHECK_THROWS_AS(analysis::percentile(one, -1), std::invalid_argument);
  CHECK_THROWS_AS(analysis::percentile(one, 100.5), std::invalid_argument);
}

TEST_CASE("mean and sample standard deviation", "[analysis][statistics]") {
  const std::vector<double> values{2, 4, 4, 4, 5, 5, 7, 9};  // sum of squares 32
  CHECK(analysis::mean(values) == Approx(5));
  CHECK(analysis::standard_deviation(values) == Approx(std::sqrt(32.0 / 7)));
  CHECK(analysis::standard_deviation(std::vector<double>{3}) == 0);
  CHECK(analysis::mean(std::vector<double>{}) == 0);
}

TEST_CASE("ties get average ranks", "[analysis][statistics]") {
  CHECK(analysis::average_ranks(std::vector<double>{5, 7, 7, 9}) ==
        std::vector<double>{1, 2.5, 2.5, 4});
  CHECK(analysis::average_ranks(std::vector<double>{3, 1, 2}) == std::vector<double>{3, 1, 2});
  CHECK(analysis::average_ranks(std::vector<double>{4, 4, 4}) == std::vector<double>{2, 2, 2});
  CHECK(analysis::average_ranks(std::vector<int>{9, 7, 5, 7}) ==
        std::vector<double>{4, 2.5, 1, 2.5});
  CHECK(analysis::average_ranks(std::vector<int>{3, 3, 1, 3, 2}) ==
        std::vector<double>{4, 4, 1, 4, 2});
}

TEST_CASE("Spearman rank correlation on hand-computed data", "[analysis][statistics]") {
  SECTION("with a tie") {
    // y ranks 1, 2, 3.5, 5, 3.5; sxy = 8, sxx = 10, syy = 9.5.
    const std::vector<double> x{1, 2, 3, 4, 5};
    const std::vector<double> y{5, 6, 7, 8, 7};
    CHECK(*analysis::spearman(x, y) == Approx(8 / std::sqrt(95.0)));
  }
  SECTION("monotone but not linear is 1, reversed is -1") {
    const std::vector<double> x{1, 2, 3, 4};
    CHECK(*analysis::spearman(x, std::vector<double>{1, 10, 100, 1000}) == Approx(1));
    CHECK(*analysis::spearman(x, std::vector<double>{9, 4, 1, 0}) == Approx(-1));
  }
  SECTION("undefined for constant data or mismatched sizes") {
    const std::vector<double> x{1, 2, 3};
    CHECK_FALSE(analysis::spearman(x, std::vector<double>{2, 2, 2}).has_value());
    CHECK_FALSE(analysis::spearman(x, std::vector<double>{1, 2}).has_value());
  }
}

TEST_CASE("Pearson correlation by hand", "[analysis][statistics]") {
  // x deviations -1, 0, 1; y deviations -2, 1, 1: sxy = 3, sxx = 2, syy = 6.
  const std::vector<double> x{1, 2, 3};
  const std::vector<double> y{0, 3, 3};
  CHECK(*analysis::pearson(x, y) == Approx(3 / std::sqrt(12.0)));
}
