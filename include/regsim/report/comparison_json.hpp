// The comparison as JSON: schema "regsim.compare/1" (docs/json-schema.md).
#pragma once

#include <string>
#include <vector>

#include "regsim/report/scheduled_run.hpp"
#include "regsim/schemas.hpp"

namespace regsim::report {

/// A "regsim.compare/1" document: the baseline and, per scenario, its milestone deltas,
/// task pairs and deadline results. `timeline_documents` are the runs' timelines as
/// "regsim.timeline/1" JSON text (render_timeline_json), baseline first then one per
/// scenario, embedded under "timeline" (re-indented, not re-parsed: pass the text
/// render_timeline_json wrote, with its default indentation); pass none to leave timelines
/// out. Pretty-printed with two spaces, ending with a newline. Throws regsim::Error when
/// `timeline_documents` is neither empty nor one per run, or one is not a JSON object.
std::string render_comparison_json(const ScheduledRun& baseline,
                                   const std::vector<ScheduledRun>& scenarios,
                                   const std::vector<std::string>& timeline_documents = {});

}  // namespace regsim::report
