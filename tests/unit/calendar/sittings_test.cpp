#include "regsim/calendar/sittings.hpp"

#include <catch2/catch.hpp>
#include <memory>

#include "regsim/error.hpp"

using regsim::calendar::Date;
using regsim::calendar::SittingCalendar;
using regsim::calendar::SittingRule;

namespace {

SittingRule nth_weekday(int nth, int weekday, std::vector<int> skip = {}) {
  SittingRule rule;
  rule.kind = SittingRule::Kind::nth_weekday;
  rule.nth = nth;
  rule.weekday = weekday;
  rule.skip_months = std::move(skip);
  return rule;
}

SittingRule full_week(int nth, int from, int to, std::vector<int> skip = {}) {
  SittingRule rule;
  rule.kind = SittingRule::Kind::nth_full_week_days;
  rule.nth = nth;
  rule.weekday = from;
  rule.last_weekday = to;
  rule.skip_months = std::move(skip);
  return rule;
}

constexpr int monday = 1, wednesday = 3, thursday = 4, friday = 5;

}  // namespace

TEST_CASE("second Wednesday of the month", "[calendar]") {
  // 1 Jan 2026 is a Thursday: Wednesdays 7 and 14; 1 Feb is a Sunday: 4 and 11.
  const SittingCalendar drec("drec", {}, {nth_weekday(2, wednesday)});
  CHECK(drec.name() == "drec");
  CHECK(drec.next_sitting_on_or_after(Date(2026, 1, 1)) == Date(2026, 1, 14));
  CHECK(drec.next_sitting_on_or_after(Date(2026, 1, 14)) == Date(2026, 1, 14));
  CHECK(drec.next_sitting_on_or_after(Date(2026, 1, 15)) == Date(2026, 2, 11));
  // Over the year end: December 2025 starts on a Monday, so the 10th; then 14 Jan 2026.
  CHECK(drec.next_sitting_on_or_after(Date(2025, 12, 11)) == Date(2026, 1, 14));
  CHECK(drec.sittings_between(Date(2026, 1, 1), Date(2026, 3, 31)) ==
        std::vector<Date>{Date(2026, 1, 14), Date(2026, 2, 11), Date(2026, 3, 11)});
}

TEST_CASE("skipped months, cancelled and extra dates", "[calendar]") {
  // July 2026 starts on a Wednesday (8th is the second); August skipped; September's
  // second Wednesday (9th) cancelled; October starts on a Thursday: the 14th.
  const SittingCalendar committee("c", {Date(2026, 3, 30)}, {nth_weekday(2, wednesday, {8})},
                                  {Date(2026, 9, 9)});
  CHECK(committee.next_sitting_on_or_after(Date(2026, 7, 1)) == Date(2026, 7, 8));
  CHECK(committee.next_sitting_on_or_after(Date(2026, 7, 9)) == Date(2026, 10, 14));
  CHECK(committee.next_sitting_on_or_after(Date(2026, 3, 12)) == Date(2026, 3, 30));
  CHECK(committee.sittings_between(Date(2026, 3, 1), Date(2026, 4, 30)) ==
        std::vector<Date>{Date(2026, 3, 11), Date(2026, 3, 30), Date(2026, 4, 8)});
  CHECK(committee.sittings_between(Date(2026, 8, 1), Date(2026, 9, 30)).empty());
}

TEST_CASE("last and fifth weekdays", "[calendar]") {
  // 28 Feb 2026 is a Saturday: the last Friday is the 27th.
  const SittingCalendar last("last", {}, {nth_weekday(-1, friday)});
  CHECK(last.next_sitting_on_or_after(Date(2026, 2, 1)) == Date(2026, 2, 27));
  // A fifth Wednesday: none in January-March 2026; April starts on a Wednesday: the 29th.
  const SittingCalendar fifth("fifth", {}, {nth_weekday(5, wednesday)});
  CHECK(fifth.next_sitting_on_or_after(Date(2026, 1, 1)) == Date(2026, 4, 29));
}

TEST_CASE("days of the nth full week", "[calendar]") {
  // January 2026: the first Monday is the 5th; full weeks 5-11, 12-18, 19-25 (26 Jan-1 Feb
  // is not whole). Monday to Thursday of the third full week: 19-22 January.
  const SittingCalendar chmp("chmp", {}, {full_week(3, monday, thursday, {8})});
  CHECK(chmp.next_sitting_on_or_after(Date(2026, 1, 1)) == Date(2026, 1, 19));
  CHECK(chmp.next_sitting_on_or_after(Date(2026, 1, 21)) == Date(2026, 1, 21));
  CHECK(chmp.sittings_between(Date(2026, 1, 1), Date(2026, 1, 31)) ==
        std::vector<Date>{Date(2026, 1, 19), Date(2026, 1, 20), Date(2026, 1, 21),
                          Date(2026, 1, 22)});
  // February 2026 starts on a Sunday: full weeks from the 2nd; the third is 16-22.
  CHECK(chmp.next_sitting_on_or_after(Date(2026, 1, 23)) == Date(2026, 2, 16));
  // The fourth full week does not exist in January 2026: February's (23 Feb-1 Mar) does
  // not either; March 2026 starts on a Sunday: weeks from the 2nd, the fourth 23-29.
  const SittingCalendar fourth("fourth", {}, {full_week(4, monday, thursday)});
  CHECK(fourth.next_sitting_on_or_after(Date(2026, 1, 1)) == Date(2026, 3, 23));
  const SittingCalendar last_week("last", {}, {full_week(-1, thursday, thursday)});
  CHECK(last_week.next_sitting_on_or_after(Date(2026, 1, 1)) == Date(2026, 1, 22));
}

TEST_CASE("explicit lists run out; bad rules are errors", "[calendar]") {
  const SittingCalendar listed("listed", {Date(2026, 2, 11), Date(2026, 1, 14)}, {});
  CHECK(listed.next_sitting_on_or_after(Date(2026, 1, 1)) == Date(2026, 1, 14));
  CHECK(listed.next_sitting_on_or_after(Date(2026, 2, 12)) == std::nullopt);
  CHECK(SittingCalendar().next_sitting_on_or_after(Date(2026, 1, 1)) == std::nullopt);
  // Every month skipped: the search gives up after ten years instead of looping.
  const SittingCalendar never("never", {},
                              {nth_weekday(1, monday, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})});
  CHECK(never.next_sitting_on_or_after(Date(2026, 1, 1)) == std::nullopt);
  CHECK_THROWS_AS(SittingCalendar("bad", {}, {nth_weekday(2, 7)}), regsim::Error);
  CHECK_THROWS_AS(SittingCalendar("bad", {}, {nth_weekday(6, 1)}), regsim::Error);
  CHECK_THROWS_AS(SittingCalendar("bad", {}, {nth_weekday(1, 1, {13})}), regsim::Error);
  CHECK_THROWS_AS(SittingCalendar("bad", {}, {full_week(5, 1, 4)}), regsim::Error);
}

TEST_CASE("published dates win their month; the rule projects the others", "[calendar]") {
  // Rule: second Wednesday. January has a published date (the 20th), so the rule gives
  // nothing there; February has none, so the rule's 11 Feb is projected.
  SittingCalendar chmp("chmp", {Date(2026, 1, 20)}, {nth_weekday(2, wednesday)});
  chmp.set_rules_only_in_months_without_dates(true);
  CHECK(chmp.next_sitting_on_or_after(Date(2026, 1, 1)) == Date(2026, 1, 20));
  CHECK(chmp.next_sitting_on_or_after(Date(2026, 1, 21)) == Date(2026, 2, 11));
  CHECK_FALSE(chmp.projected(Date(2026, 1, 20)));
  CHECK(chmp.projected(Date(2026, 2, 11)));
  CHECK(chmp.sittings_between(Date(2026, 1, 1), Date(2026, 2, 28)) ==
        std::vector<Date>{Date(2026, 1, 20), Date(2026, 2, 11)});
  // Without the setting, rule and dates add up (the 14 January sitting is back).
  SittingCalendar both("both", {Date(2026, 1, 20)}, {nth_weekday(2, wednesday)});
  CHECK(both.next_sitting_on_or_after(Date(2026, 1, 1)) == Date(2026, 1, 14));
}

TEST_CASE("rules give nothing before projected_from", "[calendar]") {
  SittingCalendar drec("drec", {Date(2026, 1, 5)}, {nth_weekday(2, wednesday)});
  drec.set_projected_from(Date(2026, 3, 1));
  CHECK(drec.next_sitting_on_or_after(Date(2026, 1, 6)) == Date(2026, 3, 11));
  CHECK(drec.sittings_between(Date(2026, 1, 1), Date(2026, 3, 31)) ==
        std::vector<Date>{Date(2026, 1, 5), Date(2026, 3, 11)});
}

TEST_CASE("a timetable: the first slot whose deadline is on or after the date", "[calendar]") {
  using regsim::calendar::Slot;
  // EMA/119185/2015 Rev.5: A1 2 Jan -> 19 Jan 2017, A2 6 Feb -> 23 Feb 2017.
  SittingCalendar standard("standard", {}, {});
  CHECK_FALSE(standard.is_timetable());
  standard.set_slots(
      {{Date(2017, 2, 6), Date(2017, 2, 23)}, {Date(2017, 1, 2), Date(2017, 1, 19)}});
  CHECK(standard.is_timetable());
  CHECK(standard.slot_on_or_after(Date(2017, 1, 2)) == Slot{Date(2017, 1, 2), Date(2017, 1, 19)});
  // One day after the deadline: the next slot, although 19 Jan is still ahead.
  CHECK(standard.slot_on_or_after(Date(2017, 1, 3)) == Slot{Date(2017, 2, 6), Date(2017, 2, 23)});
  CHECK(standard.slot_on_or_after(Date(2017, 2, 7)) == std::nullopt);
  CHECK_THROWS_AS(standard.set_slots({{Date(2017, 2, 6), Date(2017, 2, 5)}}), regsim::Error);
}

TEST_CASE("derived slots continue a timetable beyond its published slots", "[calendar]") {
  using regsim::calendar::Slot;
  using regsim::calendar::SlotDerivation;
  // Plenaries on the third Thursday; start = plenary - 119, deadline = start - 17.
  auto plenaries = std::make_shared<SittingCalendar>(
      "chmp", std::vector<Date>{}, std::vector<SittingRule>{nth_weekday(3, thursday)});
  SittingCalendar standard("standard", {}, {});
  standard.set_slots({{Date(2017, 1, 2), Date(2017, 1, 19)}},
                     SlotDerivation{plenaries, 119, 17, std::nullopt});
  // Before the published slot: the published one wins.
  CHECK(standard.slot_on_or_after(Date(2016, 12, 20)) == Slot{Date(2017, 1, 2), Date(2017, 1, 19)});
  // After it: a derived slot's deadline is on or after 3 Jan when its plenary is on or
  // after 3 Jan + 17 + 119 days = 19 May 2017. The third Thursday of May is the 18th, so
  // the plenary is 15 June: start 16 Feb 2017 (Day 120 = 15 June), deadline 30 Jan 2017.
  const auto slot = standard.slot_on_or_after(Date(2017, 1, 3));
  REQUIRE(slot);
  CHECK(slot->projected);
  CHECK(slot->start == Date(2017, 2, 16));
  CHECK(slot->deadline == Date(2017, 1, 30));
  CHECK(slot->start + boost::gregorian::days(119) == Date(2017, 6, 15));
}

TEST_CASE("a derived slot whose plenary would fall after 9999-12-31 does not exist", "[calendar]") {
  using regsim::calendar::SlotDerivation;
  // Found by the pathway fuzzer: `schedule ema/centralised --start 9999-12-01` looked for
  // a plenary on or after 9999-12-01 + 17 + 119 days, a date Boost cannot name the year
  // of (it threw bad_year, an internal error). There is no such slot: the engine then
  // reports no_sitting at the task, exit code 2.
  auto plenaries = std::make_shared<SittingCalendar>(
      "chmp", std::vector<Date>{}, std::vector<SittingRule>{nth_weekday(3, thursday)});
  SittingCalendar standard("standard", {}, {});
  standard.set_slots({}, SlotDerivation{plenaries, 119, 17, std::nullopt});
  CHECK(standard.slot_on_or_after(Date(9999, 12, 1)) == std::nullopt);
  CHECK(standard.slot_on_or_after(Date(9999, 8, 18)) == std::nullopt);  // + 136 d: year 10000
  // The last plenary is the third Thursday of December 9999, the 16th: start 119 days
  // before (9999-08-19), deadline 17 days before that (9999-08-02).
  const auto last = standard.slot_on_or_after(Date(9999, 8, 1));
  REQUIRE(last);
  CHECK(last->start == Date(9999, 8, 19));
  CHECK(last->deadline == Date(9999, 8, 2));
  CHECK(standard.slot_on_or_after(Date(9999, 8, 3)) == std::nullopt);
}

TEST_CASE("next_finish_after: the sitting, or the timetable slot, after a decision's",
          "[calendar]") {
  SittingCalendar drec("drec", {Date(2026, 11, 5), Date(2026, 12, 3)}, {});
  // After the sitting of 5 Nov, the next is 3 Dec; after 3 Dec, none is left.
  CHECK(drec.next_finish_after(Date(2026, 11, 5)) == Date(2026, 12, 3));
  CHECK(drec.next_finish_after(Date(2026, 11, 20)) == Date(2026, 12, 3));
  CHECK(drec.next_finish_after(Date(2026, 12, 3)) == std::nullopt);
  // A timetable (deadlines 2 Jan, 6 Feb and 6 Mar; starts 19 Jan, 23 Feb and 23 Mar): the
  // slot after the one starting 19 Jan starts 23 Feb.
  SittingCalendar standard("standard", {}, {});
  standard.set_slots({{Date(2017, 1, 2), Date(2017, 1, 19)},
                      {Date(2017, 2, 6), Date(2017, 2, 23)},
                      {Date(2017, 3, 6), Date(2017, 3, 23)}});
  CHECK(standard.next_finish_after(Date(2017, 1, 19)) == Date(2017, 2, 23));
  CHECK(standard.next_finish_after(Date(2017, 2, 23)) == Date(2017, 3, 23));
  CHECK(standard.next_finish_after(Date(2017, 3, 23)) == std::nullopt);
}

TEST_CASE("a monthly cadence: the rule on more weeks of the month, nested", "[calendar]") {
  using regsim::calendar::monthly_cadence;
  const auto weeks = [](int nth, int per_month) {
    std::vector<int> result;
    for (const auto& rule : monthly_cadence(nth_weekday(nth, wednesday), per_month))
      result.push_back(rule.nth);
    return result;
  };
  // The rule's week, the one two apart, the one after the later of those two, the last.
  CHECK(weeks(1, 4) == std::vector<int>{1, 3, 4, 2});
  CHECK(weeks(2, 4) == std::vector<int>{2, 4, 1, 3});
  CHECK(weeks(3, 4) == std::vector<int>{3, 1, 4, 2});
  CHECK(weeks(4, 4) == std::vector<int>{4, 2, 1, 3});
  CHECK(weeks(2, 1) == std::vector<int>{2});
  CHECK(weeks(2, 3) == std::vector<int>{2, 4, 1});
  // January 2026's Wednesdays are the 7th, 14th, 21st and 28th; the second (14th) sits by
  // the rule, skip_months and cancelled dates stay with the calendar.
  SittingCalendar drec("drec", {}, {nth_weekday(2, wednesday, {8})}, {Date(2026, 1, 28)});
  drec.set_rules(monthly_cadence(drec.rules().front(), 3));
  CHECK(drec.sittings_between(Date(2026, 1, 1), Date(2026, 2, 28)) ==
        std::vector<Date>{Date(2026, 1, 7), Date(2026, 1, 14), Date(2026, 2, 4), Date(2026, 2, 11),
                          Date(2026, 2, 25)});
  CHECK(drec.next_sitting_on_or_after(Date(2026, 1, 15)) == Date(2026, 2, 4));
  CHECK(drec.sittings_between(Date(2026, 8, 1), Date(2026, 8, 31)).empty());
  // Full weeks lie wholly inside the month: March 2026 has four (from the 2nd, 9th, 16th
  // and 23rd), January three (5th, 12th, 19th), so its week 4 has no sitting.
  SittingCalendar chmp("chmp", {}, {full_week(4, monday, thursday)});
  chmp.set_rules(monthly_cadence(chmp.rules().front(), 2));
  CHECK(chmp.sittings_between(Date(2026, 3, 1), Date(2026, 3, 31)) ==
        std::vector<Date>{Date(2026, 3, 9), Date(2026, 3, 10), Date(2026, 3, 11), Date(2026, 3, 12),
                          Date(2026, 3, 23), Date(2026, 3, 24), Date(2026, 3, 25),
                          Date(2026, 3, 26)});
  CHECK(chmp.sittings_between(Date(2026, 1, 1), Date(2026, 1, 31)) ==
        std::vector<Date>{Date(2026, 1, 12), Date(2026, 1, 13), Date(2026, 1, 14),
                          Date(2026, 1, 15)});
  CHECK_THROWS_AS(monthly_cadence(nth_weekday(-1, wednesday), 2), regsim::Error);
  CHECK_THROWS_AS(monthly_cadence(nth_weekday(5, wednesday), 2), regsim::Error);
  CHECK_THROWS_AS(monthly_cadence(nth_weekday(2, wednesday), 5), regsim::Error);
}
