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
/// `day` itself; throws regsim::Error when it lies outside 1400..9999. Engine days are
/// plain integers (a calendar-day task adds its amount without making a Date), so the
/// range Boost.Date_Time can represent is checked where they are made or become dates.
std::int32_t checked_day(std::int32_t day);
/// The date of an engine day number (checked_day).
calendar::Date to_date(std::int32_t day);

}  // namespace regsim::sim::detail
