#include "regsim/report/comparison.hpp"

#include <fmt/format.h>

#include <cmath>

namespace regsim::report {

std::string format_change(int days) {
  return days > 0 ? fmt::format("+{}", days) : std::to_string(days);
}

std::string format_percent(std::optional<double> value) {
  if (!value) return "-";
  // Round half away from zero at one decimal, and never print "-0.0%".
  const double rounded = std::round(*value * 10.0) / 10.0;
  if (rounded == 0.0) return "0.0%";
  return fmt::format("{:+.1f}%", rounded);
}

}  // namespace regsim::report
