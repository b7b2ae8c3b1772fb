// Engine day numbers, and the compiled graph (graph::compile) the engine runs, named
// in sim::detail.
#pragma once

#include <cstdint>

#include "regsim/calendar/date.hpp"
#include "regsim/graph/compiled_pathway.hpp"

namespace regsim::sim::detail {

using graph::CompiledPathway;
using graph::CompiledTask;
using graph::Instance;
using graph::Link;
using graph::Need;

/// Days are counted from 1970-01-01 inside the engine.
std::int32_t to_day(calendar::Date date);
/// The engine days of 1400-01-01 and 9999-12-31, the supported years (a unit test checks
/// them against to_day). Constants, so that checked_day, called for every date the engine
/// makes, is two comparisons inline.
inline constexpr std::int32_t first_supported_day = -208'188;
inline constexpr std::int32_t last_supported_day = 2'932'896;

/// Throws regsim::Error saying how far `day` lies outside the supported years.
[[noreturn]] void throw_outside_supported_years(std::int32_t day);

/// `day` itself; throws regsim::Error when it lies outside 1400..9999. Engine days are
/// plain integers (a calendar-day task adds its amount without making a Date), so the
/// range Boost.Date_Time can represent is checked where they are made or become dates.
inline std::int32_t checked_day(std::int32_t day) {
  if (day < first_supported_day || day > last_supported_day) throw_outside_supported_years(day);
  return day;
}
/// The date of an engine day number (checked_day).
calendar::Date to_date(std::int32_t day);

}  // namespace regsim::sim::detail
