// Catch2 v2 matchers for users' own timeline regression tests (REQUIRE_THAT on sim::Timeline).
//
//   auto old_rules = regsim::sim::schedule(pathway);
//   auto reformed = regsim::sim::schedule(regsim::graph::apply_scenario(pathway, "reformed"));
//   REQUIRE_THAT(reformed, regsim::testing::FinishesWithin("approval", 295));
//   REQUIRE_THAT(reformed, regsim::testing::FasterThan(old_rules, 100));
//
// Include after <catch2/catch.hpp>. Failure messages state the actual value, e.g. for the
// bundled kr/biosimilar (a unit test keeps this example true):
//   kr/biosimilar [baseline] 2026-03-03 to 2027-04-13 (406 days) finishes certificate
//   within 295 days of the start (actual: 406 days, on 2027-04-13)
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <utility>

#include "regsim/calendar/date.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::testing {

namespace detail {

/// Calendar days from the timeline's start to the finish of `milestone` (to the timeline's
/// finish when `milestone` is empty); false with a reason in `why` when it cannot be measured.
inline bool elapsed(const sim::Timeline& timeline, const std::string& milestone, int& days,
                    calendar::Date& finish, std::string& why) {
  if (milestone.empty()) {
    finish = timeline.finish;
    days = calendar::days_between(timeline.start, timeline.finish);
    return true;
  }
  const sim::TaskTiming* timing = timeline.find(milestone);
  if (timing == nullptr) {
    why = "no task '" + milestone + "'";
    return false;
  }
  if (timing->skipped) {
    why = milestone + " was skipped";
    return false;
  }
  finish = timing->finish;
  days = calendar::days_between(timeline.start, timing->finish);
  return true;
}

inline std::string what(const std::string& milestone) {
  return milestone.empty() ? std::string("the end") : milestone;
}

}  // namespace detail

/// Matches a timeline whose `milestone` finishes at most `days` calendar days after the
/// timeline's start.
class FinishesWithinMatcher : public Catch::MatcherBase<sim::Timeline> {
 public:
  FinishesWithinMatcher(std::string milestone, int days)
      : milestone_(std::move(milestone)), days_(days) {}

  bool match(const sim::Timeline& timeline) const override {
    int days = 0;
    calendar::Date finish;
    std::string why;
    if (!detail::elapsed(timeline, milestone_, days, finish, why)) {
      actual_ = why;
      return false;
    }
    actual_ = std::to_string(days) + " days, on " + calendar::to_iso(finish);
    return days <= days_;
  }

  std::string describe() const override {
    std::string text = "finishes " + detail::what(milestone_) + " within " + std::to_string(days_) +
                       " days of the start";
    return actual_.empty() ? text : text + " (actual: " + actual_ + ")";
  }

 private:
  std::string milestone_;
  int days_;
  mutable std::string actual_;  // filled by match(), which Catch calls before describe()
};

/// Matches a timeline whose `milestone` finishes on or before `date`.
class FinishesOnOrBeforeMatcher : public Catch::MatcherBase<sim::Timeline> {
 public:
  FinishesOnOrBeforeMatcher(std::string milestone, calendar::Date date)
      : milestone_(std::move(milestone)), date_(date) {}

  bool match(const sim::Timeline& timeline) const override {
    int days = 0;
    calendar::Date finish;
    std::string why;
    if (!detail::elapsed(timeline, milestone_, days, finish, why)) {
      actual_ = why;
      return false;
    }
    actual_ = calendar::to_iso(finish);
    return finish <= date_;
  }

  std::string describe() const override {
    std::string text =
        "finishes " + detail::what(milestone_) + " on or before " + calendar::to_iso(date_);
    return actual_.empty() ? text : text + " (actual: " + actual_ + ")";
  }

 private:
  std::string milestone_;
  calendar::Date date_;
  mutable std::string actual_;
};

/// Matches a timeline that reaches `milestone` (its end when empty) at least `days`
/// calendar days sooner, counted from each timeline's start, than `other` does.
class FasterThanMatcher : public Catch::MatcherBase<sim::Timeline> {
 public:
  FasterThanMatcher(sim::Timeline other, int days, std::string milestone)
      : other_(std::move(other)), days_(days), milestone_(std::move(milestone)) {}

  bool match(const sim::Timeline& timeline) const override {
    int mine = 0, theirs = 0;
    calendar::Date finish;
    std::string why;
    if (!detail::elapsed(timeline, milestone_, mine, finish, why) ||
        !detail::elapsed(other_, milestone_, theirs, finish, why)) {
      actual_ = why;
      return false;
    }
    const int gain = theirs - mine;
    actual_ = std::to_string(mine) + " against " + std::to_string(theirs) + " days, " +
              (gain >= 0 ? std::to_string(gain) + " days faster"
                         : std::to_string(-gain) + " days slower");
    return gain >= days_;
  }

  std::string describe() const override {
    std::string text = "reaches " + detail::what(milestone_) + " at least " +
                       std::to_string(days_) + " days faster than " + other_.pathway_id + " [" +
                       other_.scenario_id + "]";
    return actual_.empty() ? text : text + " (actual: " + actual_ + ")";
  }

 private:
  sim::Timeline other_;
  int days_;
  std::string milestone_;
  mutable std::string actual_;
};

/// Matches a timeline whose deadline `deadline_id` was met.
class MeetsDeadlineMatcher : public Catch::MatcherBase<sim::Timeline> {
 public:
  explicit MeetsDeadlineMatcher(std::string deadline_id) : deadline_id_(std::move(deadline_id)) {}

  bool match(const sim::Timeline& timeline) const override {
    for (const auto& deadline : timeline.deadlines) {
      if (deadline.deadline_id != deadline_id_) continue;
      actual_ = "used " + std::to_string(deadline.used) + " of " + std::to_string(deadline.limit);
      return deadline.met;
    }
    actual_ = "no deadline '" + deadline_id_ + "'";
    return false;
  }

  std::string describe() const override {
    std::string text = "meets deadline " + deadline_id_;
    return actual_.empty() ? text : text + " (actual: " + actual_ + ")";
  }

 private:
  std::string deadline_id_;
  mutable std::string actual_;
};

/// `milestone` finishes within `days` calendar days of the timeline's start.
inline FinishesWithinMatcher FinishesWithin(std::string milestone, int days) {
  return {std::move(milestone), days};
}

/// `milestone` finishes on or before `date`.
inline FinishesOnOrBeforeMatcher FinishesOnOrBefore(std::string milestone, calendar::Date date) {
  return {std::move(milestone), date};
}

/// The timeline reaches `milestone` (its end when empty) at least `days` days sooner than
/// `other`, each counted from its own start.
inline FasterThanMatcher FasterThan(sim::Timeline other, int days, std::string milestone = {}) {
  return {std::move(other), days, std::move(milestone)};
}

/// The timeline met the pathway deadline `deadline_id`.
inline MeetsDeadlineMatcher MeetsDeadline(std::string deadline_id) {
  return MeetsDeadlineMatcher(std::move(deadline_id));
}

}  // namespace regsim::testing

namespace Catch {

/// How a timeline appears in a failed REQUIRE_THAT: pathway [scenario] start to finish (days).
template <>
struct StringMaker<regsim::sim::Timeline> {
  static std::string convert(const regsim::sim::Timeline& timeline) {
    return timeline.pathway_id + " [" + timeline.scenario_id + "] " +
           regsim::calendar::to_iso(timeline.start) + " to " +
           regsim::calendar::to_iso(timeline.finish) + " (" +
           std::to_string(regsim::calendar::days_between(timeline.start, timeline.finish)) +
           " days)";
  }
};

}  // namespace Catch
