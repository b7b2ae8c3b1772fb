#include "regsim/calendar/calendar.hpp"

#include <algorithm>
#include <bit>

#include "day_number.hpp"
#include "regsim/error.hpp"

namespace regsim::calendar {
namespace {

using detail::day_number;

// Day number 0 is a Monday; boost numbers weekdays 0 = Sunday .. 6 = Saturday.
int boost_weekday_of_offset(int offset) {
  return (offset + 1) % 7;
}

// Bits set in each byte of `x`, byte by byte (SWAR). std::popcount would be a library
// call on the baseline x86-64 the project builds for (no POPCNT instruction assumed).
std::uint64_t byte_counts(std::uint64_t x) {
  x -= (x >> 1) & 0x5555555555555555ULL;
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  return (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
}

constexpr std::uint64_t every_byte = 0x0101010101010101ULL;

int count_bits(std::uint64_t x) {
  return static_cast<int>((byte_counts(x) * every_byte) >> 56);
}

// The position of the set bit of `x` with `k` set bits below it (0 <= k < count_bits(x)).
// Working-day searches ask this for every working-day duration: clearing k bits one by
// one was a third of a Korean portfolio's time. The running sums of the bytes' counts say
// which byte holds it (bytes whose sum is <= k come before: all sums are below 128, so a
// byte-wise subtraction borrows nothing), then at most 7 bits are cleared in that byte.
int select_bit(std::uint64_t x, int k) {
  const std::uint64_t sums = byte_counts(x) * every_byte;  // byte i: bits in bytes 0..i
  const std::uint64_t at_most_k =
      ((static_cast<std::uint64_t>(k) * every_byte | 0x8080808080808080ULL) - sums) &
      0x8080808080808080ULL;
  const int byte = static_cast<int>(((at_most_k >> 7) * every_byte) >> 56);
  const int below = byte == 0 ? 0 : static_cast<int>((sums >> (8 * (byte - 1))) & 0xFF);
  auto bits = static_cast<std::uint32_t>((x >> (8 * byte)) & 0xFF);
  for (int skip = k - below; skip > 0; --skip)
    bits &= bits - 1;
  return 8 * byte + std::countr_zero(bits);
}

bool by_date(const Holiday& a, const Holiday& b) {
  return a.date < b.date;
}

std::vector<Holiday> sorted_unique(std::vector<Holiday> holidays) {
  for (const auto& holiday : holidays) {
    if (holiday.date.is_special()) throw Error("a holiday has no date: '" + holiday.name + "'");
  }
  std::stable_sort(holidays.begin(), holidays.end(), by_date);
  std::vector<Holiday> unique;
  unique.reserve(holidays.size());
  for (auto& holiday : holidays) {
    if (!unique.empty() && unique.back().date == holiday.date) {
      // Two sources naming one day (a substitute holiday that is also an election day)
      // keep both names; an exact repeat adds nothing.
      auto& kept = unique.back().name;
      if (kept != holiday.name && kept.find(holiday.name) == std::string::npos) {
        kept += " / " + holiday.name;
      }
      continue;
    }
    unique.push_back(std::move(holiday));
  }
  return unique;
}

}  // namespace

Calendar::Calendar() : Calendar("weekdays", {}, saturday_sunday) {}

Calendar::Calendar(std::string name, std::vector<Holiday> holidays, WeekendMask weekend)
    : name_(std::move(name)),
      weekend_(static_cast<WeekendMask>(weekend & 0x7F)),
      holidays_(sorted_unique(std::move(holidays))) {
  if (weekend_ == 0x7F) {
    throw Error("calendar '" + name_ + "' has no working day in the week");
  }
  per_week_ = 0;
  for (int offset = 0; offset < 7; ++offset) {
    week_prefix_[static_cast<std::size_t>(offset)] = static_cast<std::int8_t>(per_week_);
    if (((weekend_ >> boost_weekday_of_offset(offset)) & 1) == 0) {
      week_position_[static_cast<std::size_t>(per_week_)] = static_cast<std::int8_t>(offset);
      ++per_week_;
    }
  }
  week_prefix_[7] = static_cast<std::int8_t>(per_week_);
  if (holidays_.empty()) return;

  const int first_year = holidays_.front().date.year();
  const int last_year = holidays_.back().date.year();
  covered_first_ = day_number(Date(static_cast<unsigned short>(first_year), 1, 1));
  covered_end_ = day_number(Date(static_cast<unsigned short>(last_year), 12, 31)) + 1;
  const auto length = static_cast<std::size_t>(covered_end_ - covered_first_);
  working_bits_.assign((length + 63) / 64, 0);
  for (std::size_t offset = 0; offset < length; ++offset) {
    const int weekday = boost_weekday_of_offset(
        static_cast<int>((covered_first_ + static_cast<std::int64_t>(offset)) % 7));
    if (((weekend_ >> weekday) & 1) == 0) working_bits_[offset / 64] |= 1ull << (offset % 64);
  }
  for (const auto& holiday : holidays_) {
    const auto offset = static_cast<std::size_t>(day_number(holiday.date) - covered_first_);
    working_bits_[offset / 64] &= ~(1ull << (offset % 64));
  }
  working_prefix_.assign(working_bits_.size() + 1, 0);
  for (std::size_t block = 0; block < working_bits_.size(); ++block) {
    working_prefix_[block + 1] = working_prefix_[block] + count_bits(working_bits_[block]);
  }
  first_index_ = weekday_index(covered_first_);
  // The block of every 64th working day, where working_day_number's walk starts.
  for (std::int32_t rank = 0; rank < working_prefix_.back(); rank += 64) {
    rank_block_.push_back(static_cast<std::int32_t>(
        std::upper_bound(working_prefix_.begin(), working_prefix_.end(), rank) -
        working_prefix_.begin() - 1));
  }
  excluded_weekdays_ =
      weekday_index(covered_end_) - weekday_index(covered_first_) - working_prefix_.back();
}

std::int64_t Calendar::weekday_index(std::int64_t number) const {
  return (number / 7) * per_week_ + week_prefix_[static_cast<std::size_t>(number % 7)];
}

std::int64_t Calendar::working_index(std::int64_t number) const {
  if (working_bits_.empty() || number <= covered_first_) return weekday_index(number);
  if (number >= covered_end_) return weekday_index(number) - excluded_weekdays_;
  const auto offset = static_cast<std::size_t>(number - covered_first_);
  const std::uint64_t below = (1ull << (offset % 64)) - 1;
  return first_index_ + working_prefix_[offset / 64] +
         count_bits(working_bits_[offset / 64] & below);
}

std::int64_t Calendar::working_day_number(std::int64_t index) const {
  const auto weekly = [this](std::int64_t k) {
    return 7 * (k / per_week_) + week_position_[static_cast<std::size_t>(k % per_week_)];
  };
  if (working_bits_.empty()) return weekly(index);
  const std::int64_t before = first_index_;
  if (index < before) return weekly(index);
  if (index >= before + working_prefix_.back()) return weekly(index + excluded_weekdays_);
  // Inside the covered years: the block holding the working day, then the bit in it. The
  // block of the last working day numbered a multiple of 64 is known; the walk from there
  // passes only the blocks holding the working days in between (one or two with a
  // five-day week), where a binary search over a century of blocks was a sixth of a
  // Korean portfolio's time.
  const auto rank = static_cast<std::int32_t>(index - before);
  auto block = static_cast<std::size_t>(rank_block_[static_cast<std::size_t>(rank / 64)]);
  while (working_prefix_[block + 1] <= rank)
    ++block;
  return covered_first_ + static_cast<std::int64_t>(64 * block) +
         select_bit(working_bits_[block], rank - working_prefix_[block]);
}

bool Calendar::is_working_day(Date date) const {
  const std::int64_t number = day_number(date);
  if (!working_bits_.empty() && number >= covered_first_ && number < covered_end_) {
    const auto offset = static_cast<std::size_t>(number - covered_first_);
    return ((working_bits_[offset / 64] >> (offset % 64)) & 1) != 0;
  }
  return ((weekend_ >> boost_weekday_of_offset(static_cast<int>(number % 7))) & 1) == 0;
}

std::string_view Calendar::holiday_name(Date date) const {
  const auto found =
      std::lower_bound(holidays_.begin(), holidays_.end(), Holiday{date, {}}, by_date);
  if (found == holidays_.end() || found->date != date) return {};
  return found->name;
}

std::vector<Holiday> Calendar::holidays_in_year(int year) const {
  if (year < 1400 || year > 9999) return {};
  const auto y = static_cast<unsigned short>(year);
  const auto first =
      std::lower_bound(holidays_.begin(), holidays_.end(), Holiday{Date(y, 1, 1), {}}, by_date);
  const auto last = std::upper_bound(first, holidays_.end(), Holiday{Date(y, 12, 31), {}}, by_date);
  return {first, last};
}

Date Calendar::next_working_day_on_or_after(Date date) const {
  return detail::date_from_day_number(working_day_number(working_index(day_number(date))), [&] {
    return "the working day on or after " + to_iso(date);
  });
}

Date Calendar::previous_working_day_on_or_before(Date date) const {
  return detail::date_from_day_number(
      working_day_number(working_index(day_number(date) + 1) - 1),
      [&] { return "the working day on or before " + to_iso(date); });
}

int Calendar::working_days_between(Date from, Date to) const {
  return static_cast<int>(working_index(day_number(to)) - working_index(day_number(from)));
}

Date Calendar::add_working_days(Date from, int n) const {
  if (n == 0) return from;
  const std::int64_t number = day_number(from);
  // Working day k is the one with k working days before it; the first working day
  // after `from` has index working_index(from + 1).
  const std::int64_t index = n > 0 ? working_index(number + 1) + n - 1 : working_index(number) + n;
  return detail::date_from_day_number(working_day_number(index), [&] {
    return to_iso(from) + " plus " + std::to_string(n) + " working days";
  });
}

Calendar Calendar::with_closures(std::string name, const std::vector<Holiday>& closures) const {
  std::vector<Holiday> combined = holidays_;
  combined.insert(combined.end(), closures.begin(), closures.end());
  return Calendar(std::move(name), std::move(combined), weekend_);
}

}  // namespace regsim::calendar
