// Schedules as JSON (schema "regsim.timeline/1", documented in docs/json-schema.md).
#pragma once

#include <string>

#include "regsim/schemas.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report {

/// One application's schedule as a "regsim.timeline/1" document (one entry in
/// "applications", no "pools"). Pretty-printed with `indent` spaces (-1: one line),
/// ending with a newline. A timeline re-forecast from a status (as_of set) adds the as-of
/// date and per task `status`, `actual_start`, `actual_finish`; with `plan`, the same
/// scenario scheduled without the status, also the variance against it (docs/status.md).
std::string render_timeline_json(const sim::Timeline& timeline, int indent = 2,
                                 const sim::Timeline* plan = nullptr);

/// A portfolio run as a "regsim.timeline/1" document: every application, then the
/// pools' queue statistics.
std::string render_portfolio_json(const sim::PortfolioResult& portfolio, int indent = 2);

}  // namespace regsim::report
