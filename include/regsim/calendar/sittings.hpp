// Committee sitting calendars: when a committee (DREC, CHMP) actually meets.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"

namespace regsim::calendar {

/// A recurring sitting rule, evaluated month by month.
struct SittingRule {
  enum class Kind {
    nth_weekday,        ///< the `nth` `weekday` of the month ("second Wednesday"); nth = -1: last
    nth_full_week_days  ///< `weekday`..`last_weekday` of the `nth` full week (Mon-Sun) of the month
  };
  Kind kind = Kind::nth_weekday;
  int nth = 1;                   ///< 1..5, or -1 for the last
  int weekday = 3;               ///< 0 = Sunday .. 6 = Saturday (boost numbering)
  int last_weekday = 3;          ///< for nth_full_week_days: the last sitting day of that week
  std::vector<int> skip_months;  ///< months (1..12) without a sitting, e.g. {8}

  friend bool operator==(const SittingRule&, const SittingRule&) = default;
};

/// One slot of a published timetable: what is received by `deadline` starts on `start`
/// (EMA: the submission deadline and the start of the procedure, Day 1; or the deadline for
/// responses and the restart of the clock).
struct Slot {
  Date deadline;
  Date start;
  /// Not published: derived from a sitting (start = sitting - offset, deadline = start -
  /// lead), so the deadline is an estimate and, when the sitting is itself projected, so
  /// is the start.
  bool projected = false;

  friend bool operator==(const Slot&, const Slot&) = default;
};

/// The rule's sittings `per_month` times a month (1..4), for a committee that sits more
/// often: one rule per week of the month, the rule's own week (`nth`, 1..4) first, then the
/// week two apart, then the week after the later of those two (it splits the longer gap,
/// across the month's end), then the last. Each count's weeks include the smaller count's,
/// so a decision never waits longer with more sittings. Throws regsim::Error for an `nth`
/// outside 1..4 (the last, or a fifth, has no place in that order) or a count outside 1..4.
std::vector<SittingRule> monthly_cadence(const SittingRule& rule, int per_month);

class SittingCalendar;

/// Slots derived from a committee's sittings, for the years without a published timetable:
/// for each sitting S on or after `from`, start = S - `offset_days`, deadline = start -
/// `lead_days` (EMA designs its timetables so that Day N falls on a plenary).
struct SlotDerivation {
  std::shared_ptr<const SittingCalendar> sittings;
  int offset_days = 0;
  int lead_days = 0;
  std::optional<Date> from;
};

/// When a committee sits: explicit (published) dates, rules, or both; plus cancelled dates.
/// Rules may be limited to dates on or after `projected_from` (they project the calendar
/// beyond the published dates). A calendar with slots is a timetable (see slot_on_or_after).
class SittingCalendar {
 public:
  SittingCalendar() = default;
  SittingCalendar(std::string name, std::vector<Date> dates, std::vector<SittingRule> rules,
                  std::vector<Date> cancelled = {});

  const std::string& name() const noexcept { return name_; }
  /// The recurring rules (empty for a calendar of dates only).
  const std::vector<SittingRule>& rules() const noexcept { return rules_; }
  /// Replaces the rules, checked as the constructor checks them (a goal's sitting-cadence
  /// lever); dates, cancellations and the projection settings stay.
  void set_rules(std::vector<SittingRule> rules);

  /// Rules give no date before `from` (nullopt: rules apply everywhere).
  void set_projected_from(std::optional<Date> from) { projected_from_ = from; }
  /// When set, rules give dates only in months without a published date: the rule
  /// projects the months that the published list does not cover.
  void set_rules_only_in_months_without_dates(bool value) { rules_fill_gaps_ = value; }
  /// Published slots (sorted by deadline here) and slots derived from sittings beyond them.
  void set_slots(std::vector<Slot> slots, std::optional<SlotDerivation> derivation = {});

  /// Whether this calendar is a timetable of slots rather than a list of sittings.
  bool is_timetable() const noexcept { return !slots_.empty() || derivation_.has_value(); }
  /// The first slot whose deadline is on or after `date` (published slots first; a derived
  /// slot only when it comes earlier or no published slot is left), or nullopt.
  std::optional<Slot> slot_on_or_after(Date date) const;
  /// Whether `sitting` (a date this calendar gives) comes from a rule rather than from the
  /// list of published dates.
  bool projected(Date sitting) const;

  /// The first sitting day on or after `date`, or nullopt when none exists (an explicit
  /// list that has run out and no rule). Never loops forever: rules are searched at most
  /// 10 years ahead.
  std::optional<Date> next_sitting_on_or_after(Date date) const;
  /// Every sitting day in [from, to], sorted.
  std::vector<Date> sittings_between(Date from, Date to) const;
  /// The first day after `day` on which a task waiting on this calendar can finish: the
  /// next sitting, or for a timetable the start of the first slot starting after `day`
  /// (slots start in the order of their deadlines). The sitting after the one a decision
  /// made on `day`; nullopt when there is none.
  std::optional<Date> next_finish_after(Date day) const;

 private:
  /// Whether rules may give a date in this month.
  bool rule_month(int year, int month) const;

  std::string name_;
  std::vector<Date> dates_;  // sorted
  std::vector<SittingRule> rules_;
  std::vector<Date> cancelled_;  // sorted
  std::optional<Date> projected_from_;
  bool rules_fill_gaps_ = false;
  std::vector<Slot> slots_;  // sorted by deadline
  std::optional<SlotDerivation> derivation_;
};

}  // namespace regsim::calendar
