// The names a pathway file uses (tasks, pools, sittings, sources, scenarios), checked once.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "regsim/error.hpp"
#include "regsim/model/pathway.hpp"

namespace regsim::graph {

/// What a name in a file must refer to.
enum class ReferenceKind { task, pool, sittings, calendar, source };

/// A name used somewhere in a pathway file, with where it was used (io records them while
/// reading, since the model keeps no position for most names).
struct Reference {
  ReferenceKind kind = ReferenceKind::task;
  std::string name;
  SourceLocation where;
  int units = 0;             ///< for pool references from `needs`: units needed
  std::string used_by;       ///< e.g. "dependency", "task 'review'"
  bool in_scenario = false;  ///< made by an overlay (capacities may differ there)
};

/// Every name check of a pathway whose includes are flattened, in this order: duplicate
/// ids (tasks, pools, deadlines, branches), dependencies (unknown_task, self_dependency),
/// `references` (unknown_task, unknown_pool, needs_exceed_capacity, unknown_sittings,
/// unknown_source; calendars are resolved by io when it loads them), then the overlays:
/// extends chains (unknown_scenario, scenario_cycle, extends_too_deep past
/// `max_extends_depth`, in time linear in the number of scenarios) and the tasks,
/// dependencies and pools they name. The compiler raises the same ids for a pathway built
/// in code; these are the reader's, with the positions of the names.
std::vector<Diagnostic> check_references(const model::Pathway& pathway,
                                         const std::vector<Reference>& references,
                                         std::size_t max_extends_depth);

}  // namespace regsim::graph
