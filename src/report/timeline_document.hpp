// Internal: the timeline document, written into another document (comparisons embed one).
#pragma once

#include "json_writer.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report::detail {

/// Writes `timeline` as a whole "regsim.timeline/1" object at the writer's position.
void write_timeline_document(JsonWriter& out, const sim::Timeline& timeline,
                             const sim::Timeline* plan = nullptr);

}  // namespace regsim::report::detail
