// fmt::formatter specialisations for domain types, so reports can write fmt::format("{}", x).
#pragma once

#include <fmt/format.h>

#include <string_view>

#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/model/task.hpp"

namespace regsim::report {

/// "task", "milestone", "clock-stop" or "decision", as written in pathway files.
std::string_view to_string(model::TaskKind kind) noexcept;

/// "calendar days", "working days" or "clock days", for sentences.
std::string_view describe(model::ClockBasis basis) noexcept;

}  // namespace regsim::report

/// Dates format as ISO 8601 (`2026-03-02`); not-a-date formats as "-".
template <>
struct fmt::formatter<regsim::calendar::Date> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const regsim::calendar::Date& date, FormatContext& context) const {
    const std::string text = date.is_special() ? std::string("-") : regsim::calendar::to_iso(date);
    return fmt::formatter<std::string_view>::format(text, context);
  }
};

/// Task kinds format as in pathway files (`clock-stop`).
template <>
struct fmt::formatter<regsim::model::TaskKind> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(regsim::model::TaskKind kind, FormatContext& context) const {
    return fmt::formatter<std::string_view>::format(regsim::report::to_string(kind), context);
  }
};

/// Clock bases format as in pathway files (`clock-days`).
template <>
struct fmt::formatter<regsim::model::ClockBasis> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(regsim::model::ClockBasis basis, FormatContext& context) const {
    return fmt::formatter<std::string_view>::format(regsim::model::to_string(basis), context);
  }
};
