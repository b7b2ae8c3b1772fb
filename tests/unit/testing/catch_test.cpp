#include "regsim/testing/catch.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "regsim/io/pathway_reader.hpp"
#include "regsim/sim/scheduler.hpp"
#include "unit/file_text.hpp"
#include "unit/timeline_fixture.hpp"

using regsim::calendar::Date;
using namespace regsim::testing;

// 2026-03-02 + 406 days = 2027-04-12 (365 days to 2027-03-02, then 29 + 12);
// 2026-03-02 + 295 days = 2026-12-22 (274 days to 2026-12-01, then 21).
const auto old_rules = regsim::test::review_timeline("baseline", 406);
const auto reformed = regsim::test::review_timeline("reformed", 295);

TEST_CASE("FinishesWithin matches a milestone within N days of the start", "[testing]") {
  REQUIRE_THAT(reformed, FinishesWithin("approval", 295));
  REQUIRE_THAT(old_rules, FinishesWithin("approval", 406));
  REQUIRE_THAT(old_rules, !FinishesWithin("approval", 405));
  REQUIRE_THAT(old_rules, FinishesWithin("review", 100) && !FinishesWithin("review", 99));
  CHECK_FALSE(FinishesWithin("questions", 1000).match(old_rules));  // skipped
  CHECK_FALSE(FinishesWithin("nonesuch", 1000).match(old_rules));
}

TEST_CASE("FinishesOnOrBefore matches a milestone by a date", "[testing]") {
  REQUIRE_THAT(old_rules, FinishesOnOrBefore("approval", Date(2027, 4, 12)));
  REQUIRE_THAT(old_rules, !FinishesOnOrBefore("approval", Date(2027, 4, 11)));
  REQUIRE_THAT(reformed, FinishesOnOrBefore("", Date(2026, 12, 22)));
}

TEST_CASE("FasterThan compares two scenarios by N days", "[testing]") {
  REQUIRE_THAT(reformed, FasterThan(old_rules, 111, "approval"));
  REQUIRE_THAT(reformed, !FasterThan(old_rules, 112, "approval"));
  REQUIRE_THAT(reformed, FasterThan(old_rules, 111));  // the end
  REQUIRE_THAT(old_rules, !FasterThan(reformed, 0));
}

TEST_CASE("MeetsDeadline reads the timeline's deadline results", "[testing]") {
  auto timeline = reformed;
  timeline.deadlines.push_back({"statutory", 295, 295, 0, true, Date(2026, 12, 22), {}});
  timeline.deadlines.push_back({"goal", 250, 295, -45, false, Date(2026, 11, 7), {}});
  REQUIRE_THAT(timeline, MeetsDeadline("statutory"));
  REQUIRE_THAT(timeline, !MeetsDeadline("goal"));
  REQUIRE_THAT(timeline, !MeetsDeadline("nonesuch"));
}

TEST_CASE("a failing matcher describes expected and actual", "[testing]") {
  const auto within = FinishesWithin("approval", 295);
  REQUIRE_FALSE(within.match(old_rules));
  CHECK(within.describe() ==
        "finishes approval within 295 days of the start (actual: 406 days, on 2027-04-12)");

  const auto by = FinishesOnOrBefore("approval", Date(2027, 1, 31));
  REQUIRE_FALSE(by.match(old_rules));
  CHECK(by.describe() == "finishes approval on or before 2027-01-31 (actual: 2027-04-12)");

  const auto faster = FasterThan(old_rules, 120, "approval");
  REQUIRE_FALSE(faster.match(reformed));
  CHECK(faster.describe() ==
        "reaches approval at least 120 days faster than kr/biosimilar [baseline] "
        "(actual: 295 against 406 days, 111 days faster)");

  const auto skipped = FinishesWithin("questions", 10);
  REQUIRE_FALSE(skipped.match(old_rules));
  CHECK(skipped.describe() ==
        "finishes questions within 10 days of the start (actual: questions was skipped)");

  CHECK(Catch::StringMaker<regsim::sim::Timeline>::convert(reformed) ==
        "kr/biosimilar [reformed] 2026-03-02 to 2026-12-22 (295 days)");
}

// The message the guide and this header's comment quote is what the matchers print for
// the bundled kr/biosimilar pathway, so neither can go stale.
TEST_CASE("the documented failure message is the matcher's own", "[testing]") {
  const auto pathway =
      regsim::io::read_pathway(std::string(REGSIM_WORKFLOWS_DIR) + "/kr/biosimilar.yaml");
  const auto biosimilar = regsim::sim::schedule(pathway);
  const auto within = FinishesWithin("certificate", 295);
  REQUIRE_FALSE(within.match(biosimilar));
  const std::string message =
      Catch::StringMaker<regsim::sim::Timeline>::convert(biosimilar) + " " + within.describe();
  // Both documents wrap the message over lines; compare with runs of space and comment
  // markers collapsed to one space.
  const auto flatten = [](const std::string& text) {
    std::string flat;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || text[i] == ' ' ||
          (text[i] == '/' && (flat.empty() || flat.back() == ' '))) {
        if (!flat.empty() && flat.back() != ' ') flat += ' ';
        continue;
      }
      flat += text[i];
    }
    return flat;
  };
  const std::filesystem::path root = std::filesystem::path(REGSIM_TEST_DATA_DIR).parent_path();
  CHECK_THAT(flatten(regsim::test::file_text(root / "docs" / "guide.md")),
             Catch::Contains("`" + message + "`"));
  CHECK_THAT(
      flatten(regsim::test::file_text(root / "include" / "regsim" / "testing" / "catch.hpp")),
      Catch::Contains(message));
}
