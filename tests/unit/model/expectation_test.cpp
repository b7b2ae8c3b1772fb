#include "regsim/model/expectation.hpp"

#include <catch2/catch.hpp>

using namespace regsim::model;
using regsim::calendar::Date;

TEST_CASE("a tolerance is absolute or a percentage of the expected value",
          "[model][expectations]") {
  CHECK(Tolerance{3, false}.slack(406) == 3);
  CHECK(Tolerance{2, true}.slack(406) == Approx(8.12));
  CHECK(Tolerance{}.slack(406) == 0);
}

TEST_CASE("describe says what an assertion checks", "[model][expectations]") {
  Assertion assertion;
  assertion.pathway = "kr/biosimilar";
  assertion.scenario = "reformed";
  assertion.tolerance = {2, true};
  assertion.check = MilestoneCheck{"approval", "submission", MilestoneMeasure::calendar_days,
                                   Expected{Comparison::at_most, 295, std::nullopt}};
  CHECK(describe(assertion) ==
        "kr/biosimilar [reformed]: approval calendar days from submission at most 295 "
        "(tolerance 2%)");

  assertion.tolerance = {};
  assertion.check =
      PercentileCheck{80, "approval", Expected{Comparison::at_most, 0, Date(2027, 6, 30)}, 2000, 7};
  CHECK(describe(assertion) ==
        "kr/biosimilar [reformed]: P80 of approval date (2000 runs, seed 7) at most 2027-06-30");

  assertion.check = ProbabilityCheck{"statutory",
                                     "",
                                     std::nullopt,
                                     std::nullopt,
                                     Expected{Comparison::at_least, 0.8, std::nullopt},
                                     1000,
                                     1};
  CHECK(describe(assertion) ==
        "kr/biosimilar [reformed]: probability of meeting deadline statutory (1000 runs, seed 1) "
        "at least 0.8");

  assertion.check = FasterCheck{"baseline", "approval", "", ClockBasis::calendar_days, 100};
  CHECK(describe(assertion) ==
        "kr/biosimilar [reformed]: approval faster than baseline in calendar days by at least "
        "100 days");

  assertion.tolerance = {5, false};
  assertion.check = NoTaskAfterCheck{Date(2028, 1, 31)};
  CHECK(describe(assertion) ==
        "kr/biosimilar [reformed]: latest task finish on or before 2028-01-31 (tolerance 5 days)");
}
