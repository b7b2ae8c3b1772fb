// Writing schedules as JSON (schema "regsim.timeline/1", documented in docs/json-schema.md).
#pragma once

#include <string>

#include "regsim/sim/timeline.hpp"

namespace regsim::io {

/// The schema name and version every timeline document carries in its "schema" field.
inline constexpr const char* timeline_schema = "regsim.timeline/1";

/// One application's schedule as a "regsim.timeline/1" document (one entry in
/// "applications", no "pools"). Pretty-printed with `indent` spaces (-1: one line),
/// ending with a newline.
std::string timeline_to_json(const sim::Timeline& timeline, int indent = 2);

/// A portfolio run as a "regsim.timeline/1" document: every application, then the
/// pools' queue statistics.
std::string portfolio_to_json(const sim::PortfolioResult& portfolio, int indent = 2);

}  // namespace regsim::io
