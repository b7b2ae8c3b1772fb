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

void throw_outside_supported_years(std::int32_t day) {
  const std::string beyond =
      day > last_supported_day
          ? std::to_string(day - last_supported_day) + " days after 9999-12-31"
          : std::to_string(first_supported_day - day) + " days before 1400-01-01";
  throw Error("the schedule reaches " + beyond +
              ", outside the supported years 1400..9999; use another start or shorter "
              "durations");
}

calendar::Date to_date(std::int32_t day) {
  return engine_epoch + boost::gregorian::days(checked_day(day));
}

}  // namespace regsim::sim::detail
