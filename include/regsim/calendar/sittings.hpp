// Committee sitting calendars: when a committee (DREC, CHMP) actually meets.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"

namespace regsim::calendar {

/// A recurring sitting rule, evaluated month by month.
struct SittingRule {
  enum class Kind {
    nth_weekday,       ///< the `nth` `weekday` of the month ("second Wednesday"); nth = -1: last
    nth_full_week_days ///< `weekday`..`last_weekday` of the `nth` full week (Mon-Sun) of the month
  };
  Kind kind = Kind::nth_weekday;
  int nth = 1;              ///< 1..5, or -1 for the last
  int weekday = 3;          ///< 0 = Sunday .. 6 = Saturday (boost numbering)
  int last_weekday = 3;     ///< for nth_full_week_days: the last sitting day of that week
  std::vector<int> skip_months;  ///< months (1..12) without a sitting, e.g. {8}

  friend bool operator==(const SittingRule&, const SittingRule&) = default;
};

/// When a committee sits: explicit dates, rules, or both; plus cancelled dates.
class SittingCalendar {
 public:
  SittingCalendar() = default;
  SittingCalendar(std::string name, std::vector<Date> dates, std::vector<SittingRule> rules,
                  std::vector<Date> cancelled = {});

  const std::string& name() const noexcept { return name_; }

  /// The first sitting day on or after `date`, or nullopt when none exists (an explicit
  /// list that has run out and no rule). Never loops forever: rules are searched at most
  /// 10 years ahead.
  std::optional<Date> next_sitting_on_or_after(Date date) const;
  /// Every sitting day in [from, to], sorted.
  std::vector<Date> sittings_between(Date from, Date to) const;

 private:
  std::string name_;
  std::vector<Date> dates_;  // sorted
  std::vector<SittingRule> rules_;
  std::vector<Date> cancelled_;  // sorted
};

}  // namespace regsim::calendar
