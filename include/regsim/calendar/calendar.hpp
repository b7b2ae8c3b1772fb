// Working-day calendars: a weekend pattern plus named holidays (closure days).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/calendar/date.hpp"

namespace regsim::calendar {

/// A day on which the calendar's offices are closed, with its name ("Chuseok").
struct Holiday {
  Date date;
  std::string name;

  friend bool operator==(const Holiday&, const Holiday&) = default;
};

/// Which weekdays are weekend days: bit `d` set means day_of_week `d` (0 = Sunday,
/// 6 = Saturday, as boost::gregorian numbers them) is not a working day.
using WeekendMask = std::uint8_t;
/// Saturday and Sunday.
inline constexpr WeekendMask saturday_sunday = (1u << 0) | (1u << 6);

/// An immutable working-day calendar. Working-day queries are O(1) or O(log n)
/// inside the years covered by holiday data and stay correct (weekends only) outside.
/// Copies share nothing mutable, so one Calendar can serve many threads.
class Calendar {
 public:
  /// Monday to Friday, no holidays; named "weekdays".
  Calendar();
  /// `holidays` in any order; duplicates on one date are kept once (first name wins,
  /// further names are appended with " / ").
  Calendar(std::string name, std::vector<Holiday> holidays, WeekendMask weekend = saturday_sunday);

  /// The calendar's name as used in pathway files ("kr", "us-federal").
  const std::string& name() const noexcept { return name_; }
  WeekendMask weekend() const noexcept { return weekend_; }

  /// Not a weekend day and not a holiday.
  bool is_working_day(Date date) const;
  /// The holiday's name on `date`, or an empty view.
  std::string_view holiday_name(Date date) const;
  /// All holidays, sorted by date.
  const std::vector<Holiday>& holidays() const noexcept { return holidays_; }
  /// Holidays in one year, sorted.
  std::vector<Holiday> holidays_in_year(int year) const;

  /// `date` itself when it is a working day, else the next working day.
  Date next_working_day_on_or_after(Date date) const;
  /// `date` itself when it is a working day, else the previous working day.
  Date previous_working_day_on_or_before(Date date) const;
  /// Working days in the half-open range [from, to); negative when `to` < `from`.
  int working_days_between(Date from, Date to) const;
  /// The `n`-th working day after `from` (`from` itself not counted); for n < 0 the
  /// |n|-th working day before `from`; n == 0 gives `from`.
  Date add_working_days(Date from, int n) const;

  /// A copy with extra closure days added (a user's office closures), named `name`.
  Calendar with_closures(std::string name, const std::vector<Holiday>& closures) const;

 private:
  // The "working index" of a day number: working days from day number 0 up to it
  // (exclusive). Monotone, so counting is a subtraction and adding is a search.
  std::int64_t working_index(std::int64_t day_number) const;
  std::int64_t weekday_index(std::int64_t day_number) const;
  // The day number of the working day whose working index is `index`.
  std::int64_t working_day_number(std::int64_t index) const;

  std::string name_;
  WeekendMask weekend_ = saturday_sunday;
  std::vector<Holiday> holidays_;  // sorted, unique dates
  // Weekly pattern: working days per week, working days before each weekday offset
  // (offset 0 = Monday, the weekday of day number 0), and the offset of the j-th one.
  int per_week_ = 5;
  std::array<std::int8_t, 8> week_prefix_{};
  std::array<std::int8_t, 7> week_position_{};
  // Covered range [covered_first_, covered_end_) in day numbers: whole years from the
  // first to the last holiday. One bit per covered day (set = working) and prefix counts
  // of working days per 64-day block, for O(1) counting in a few kilobytes per century.
  std::int64_t covered_first_ = 0;
  std::int64_t covered_end_ = 0;
  std::int64_t excluded_weekdays_ = 0;  // holidays in the covered range not on a weekend
  std::int64_t first_index_ = 0;        // weekday_index(covered_first_)
  std::vector<std::uint64_t> working_bits_;
  std::vector<std::int32_t> working_prefix_;
  std::vector<std::int32_t> rank_block_;  // the block holding working day 64 j, for each j
};

}  // namespace regsim::calendar
