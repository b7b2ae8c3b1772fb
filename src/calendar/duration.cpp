#include "regsim/calendar/duration.hpp"

#include <cstdlib>

namespace regsim::calendar {
namespace {

constexpr int max_amount = 100000;

std::optional<DurationUnit> parse_unit(std::string_view suffix) {
  if (suffix == "d") return DurationUnit::calendar_days;
  if (suffix == "wd") return DurationUnit::working_days;
  if (suffix == "w") return DurationUnit::weeks;
  if (suffix == "mo") return DurationUnit::months;
  return std::nullopt;
}

DurationParse failure(std::string_view text, std::string why) {
  return {std::nullopt, "'" + std::string(text) + "' is not a duration: " + std::move(why) +
                            " (write e.g. 30d, 20wd, 6w or 10mo)"};
}

}  // namespace

DurationParse parse_duration(std::string_view text) {
  std::size_t position = 0;
  bool negative = false;
  if (position < text.size() && (text[position] == '+' || text[position] == '-')) {
    negative = text[position] == '-';
    ++position;
  }
  const std::size_t digits_begin = position;
  long amount = 0;
  while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
    amount = amount * 10 + (text[position] - '0');
    if (amount > max_amount) {
      return failure(text, "the amount is larger than " + std::to_string(max_amount));
    }
    ++position;
  }
  if (position == digits_begin) return failure(text, "it must start with a whole number");
  if (position < text.size() && text[position] == '.') {
    return failure(text, "amounts are whole numbers");
  }
  const auto unit = parse_unit(text.substr(position));
  if (!unit) {
    return failure(text, position == text.size() ? "the unit is missing"
                                                 : "the unit must be d, wd, w or mo");
  }
  return {Duration{static_cast<int>(negative ? -amount : amount), *unit}, {}};
}

std::string_view unit_suffix(DurationUnit unit) {
  switch (unit) {
    case DurationUnit::calendar_days: return "d";
    case DurationUnit::working_days: return "wd";
    case DurationUnit::weeks: return "w";
    case DurationUnit::months: return "mo";
  }
  return "d";
}

std::string to_string(Duration duration) {
  return std::to_string(duration.amount) + std::string(unit_suffix(duration.unit));
}

}  // namespace regsim::calendar
