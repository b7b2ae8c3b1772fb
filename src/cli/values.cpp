#include "values.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <system_error>

namespace regsim::cli {
namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "'0x10' is not a whole number in decimal; use 1 to 10000000".
std::string refusal(const std::string& text, const std::string& kind, const std::string& use) {
  return "'" + text + "' is not " + kind + "; use " + use;
}

}  // namespace

CLI::Validator whole_number(std::int64_t min, std::int64_t max) {
  const std::string range = std::to_string(min) + " to " + std::to_string(max);
  // The description reads as CLI11's Range did, so --help keeps its look.
  const std::string description =
      "INT in [" + std::to_string(min) + " - " + std::to_string(max) + "]";
  return CLI::Validator(
      [min, max, range](std::string& text) -> std::string {
        const std::string_view digits = (min < 0 && !text.empty() && text[0] == '-')
                                            ? std::string_view(text).substr(1)
                                            : std::string_view(text);
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (!all_digits(digits) || error != std::errc() || end != text.data() + text.size() ||
            value < min || value > max) {
          return "'" + text + "' is not a whole number from " + range + " (written in decimal)";
        }
        text = std::to_string(value);  // CLI11 would read a leading 0 as octal: 010 is 10
        return {};
      },
      description);
}

CLI::Validator seed_number() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        std::uint64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (!all_digits(text) || error != std::errc() || end != text.data() + text.size()) {
          return refusal(text, "a seed", "a decimal number from 0 to 18446744073709551615");
        }
        text = std::to_string(value);  // CLI11 would read a leading 0 as octal: 010 is 10
        return {};
      },
      "");
}

CLI::Validator days_number(bool zero_allowed) {
  const std::string use =
      zero_allowed ? "0 or more days, e.g. 0, 3 or 2.5" : "more than 0 days, e.g. 3 or 2.5";
  return CLI::Validator(
      [zero_allowed, use](std::string& text) -> std::string {
        const auto point = text.find('.');
        const bool decimal = all_digits(text.substr(0, point)) &&
                             (point == std::string::npos || all_digits(text.substr(point + 1)));
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value,
                                                  std::chars_format::fixed);
        if (!decimal || error != std::errc() || end != text.data() + text.size() ||
            !std::isfinite(value) || value < 0 || (!zero_allowed && value == 0)) {
          return refusal(text, "a number of days", use);
        }
        return {};
      },
      "");
}

}  // namespace regsim::cli
