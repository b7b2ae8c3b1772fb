// Schedules as JSON (schema "regsim.timeline/1", documented in docs/json-schema.md).
#pragma once

#include <string>

#include "regsim/schemas.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report {

/// One application's schedule as a "regsim.timeline/1" document (one entry in
/// "applications", no "pools"). Pretty-printed with `indent` spaces (-1: one line),
/// ending with a newline.
std::string render_timeline_json(const sim::Timeline& timeline, int indent = 2);

/// A portfolio run as a "regsim.timeline/1" document: every application, then the
/// pools' queue statistics.
std::string render_portfolio_json(const sim::PortfolioResult& portfolio, int indent = 2);

}  // namespace regsim::report
