#include "regsim/calendar/duration.hpp"

#include <catch2/catch.hpp>

using regsim::calendar::Duration;
using regsim::calendar::DurationUnit;
using regsim::calendar::parse_duration;

TEST_CASE("parse_duration reads every unit", "[calendar]") {
  CHECK(parse_duration("30d").value == Duration{30, DurationUnit::calendar_days});
  CHECK(parse_duration("20wd").value == Duration{20, DurationUnit::working_days});
  CHECK(parse_duration("6w").value == Duration{6, DurationUnit::weeks});
  CHECK(parse_duration("10mo").value == Duration{10, DurationUnit::months});
  CHECK(parse_duration("-5d").value == Duration{-5, DurationUnit::calendar_days});
  CHECK(parse_duration("+2wd").value == Duration{2, DurationUnit::working_days});
  CHECK(parse_duration("0d").value == Duration{0, DurationUnit::calendar_days});
}

TEST_CASE("parse_duration rejects malformed text with a reason", "[calendar]") {
  for (const char* bad : {"", "d", "30", "30x", "3.5d", "30 d", " 30d", "30D", "-wd", "30dd",
                          "100001d", "99999999999999999999d"}) {
    INFO(bad);
    const auto result = parse_duration(bad);
    CHECK_FALSE(result.value);
    CHECK_FALSE(result.error.empty());
  }
  CHECK(parse_duration("30x").error.find("unit must be d, wd, w or mo") != std::string::npos);
  CHECK(parse_duration("3.5d").error.find("whole numbers") != std::string::npos);
}

TEST_CASE("a duration prints back to the text it was parsed from", "[calendar]") {
  for (const char* text : {"30d", "20wd", "6w", "10mo", "-5d", "0d"}) {
    CHECK(regsim::calendar::to_string(*parse_duration(text).value) == text);
  }
}
