#include "days.hpp"

#include <string>

#include "regsim/error.hpp"

namespace regsim::sim::detail {
namespace {

const calendar::Date engine_epoch(1970, 1, 1);

}  // namespace

std::int32_t to_day(calendar::Date date) {
  return static_cast<std::int32_t>((date - engine_epoch).days());
}

std::int32_t checked_day(std::int32_t day) {
  static const std::int32_t first_day = to_day(calendar::Date(1400, 1, 1));
  static const std::int32_t last_day = to_day(calendar::Date(9999, 12, 31));
  if (day < first_day || day > last_day) {
    const std::string beyond = day > last_day
                                   ? std::to_string(day - last_day) + " days after 9999-12-31"
                                   : std::to_string(first_day - day) + " days before 1400-01-01";
    throw Error("the schedule reaches " + beyond +
                ", outside the supported years 1400..9999; use another start or shorter "
                "durations");
  }
  return day;
}

calendar::Date to_date(std::int32_t day) {
  return engine_epoch + boost::gregorian::days(checked_day(day));
}

}  // namespace regsim::sim::detail
