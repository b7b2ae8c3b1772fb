#include "regsim/calendar/date.hpp"

#include <algorithm>
#include <cstdio>

#include "regsim/error.hpp"

namespace regsim::calendar {
namespace {

bool parse_digits(std::string_view text, int& value) {
  value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return !text.empty();
}

struct Civil {
  int year, month, day;
};

// Year, month and day of a date by Howard Hinnant's days-to-civil algorithm: a few
// multiplications, where Boost's year_month_day() divides its way through each field.
// Reports print a date per task; tests/unit/calendar/date_test.cpp checks every day of
// the supported years against Boost.
Civil civil_of(Date date) {
  // Unsigned: the supported years (1400..9999) all lie after 0000-03-01, day 0 here.
  constexpr unsigned long days_from_julian_to_0000_03_01 = 2440588 - 719468;
  const unsigned long z = date.day_number() - days_from_julian_to_0000_03_01;
  const unsigned long era = z / 146097;
  const unsigned long day_of_era = z - era * 146097;
  const unsigned long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned long day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned long shifted_month = (5 * day_of_year + 2) / 153;  // March = 0
  const unsigned long day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  const unsigned long month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  const unsigned long year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!parse_digits(text.substr(0, 4), year) || !parse_digits(text.substr(5, 2), month) ||
      !parse_digits(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  if (year < 1400 || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > boost::gregorian::gregorian_calendar::end_of_month_day(
                static_cast<unsigned short>(year), static_cast<unsigned short>(month))) {
    return std::nullopt;
  }
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

std::string to_iso(Date date) {
  std::string text(iso_length, '-');
  write_iso(date, text.data());
  return text;
}

char* write_iso(Date date, char* out) {
  if (date.is_special()) return std::fill_n(out, iso_length, '-');
  // By hand: reports write a date per task, and snprintf costs ten times as much.
  const auto [year, month, day] = civil_of(date);
  out[0] = static_cast<char>('0' + year / 1000);
  out[1] = static_cast<char>('0' + year / 100 % 10);
  out[2] = static_cast<char>('0' + year / 10 % 10);
  out[3] = static_cast<char>('0' + year % 10);
  out[4] = '-';
  out[5] = static_cast<char>('0' + month / 10);
  out[6] = static_cast<char>('0' + month % 10);
  out[7] = '-';
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out + iso_length;
}

int days_between(Date from, Date to) {
  return static_cast<int>((to - from).days());
}

Date add_months_clamped(Date date, int months) {
  const auto ymd = date.year_month_day();
  const long total = static_cast<long>(ymd.year) * 12 + (ymd.month - 1) + months;
  const long year = total / 12;
  const int month = static_cast<int>(total % 12) + 1;
  if (year < 1400 || year > 9999) {
    throw Error("date arithmetic leaves the supported years 1400..9999 (" + to_iso(date) +
                " plus " + std::to_string(months) + " months); use a shorter duration");
  }
  const auto last = boost::gregorian::gregorian_calendar::end_of_month_day(
      static_cast<unsigned short>(year), static_cast<unsigned short>(month));
  const unsigned short start_day = ymd.day;
  const unsigned short day = start_day < last ? start_day : last;
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), day);
}

}  // namespace regsim::calendar
