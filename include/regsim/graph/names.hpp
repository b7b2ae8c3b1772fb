// The one way a name that a file uses and a pathway lacks is reported (unknown_task, ...).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "regsim/error.hpp"

namespace regsim::graph {

/// What a looked-up name should have been, and the diagnostic id a missing one raises.
enum class NameKind {
  task,      ///< unknown_task, "task"
  pool,      ///< unknown_pool, "pool"
  branch,    ///< unknown_outcome, "branch": an outcome is named by its branch first
  outcome,   ///< unknown_outcome, "outcome" (a task the branch does not lead to)
  sittings,  ///< unknown_sittings, "sitting calendar"
};

/// "`subject` has no task 'name' (did you mean 'x'?)" at `where`, with the id of the kind
/// (unknown_task, unknown_pool, unknown_outcome, unknown_sittings; the noun is the kind's:
/// "has no branch", "has no sitting calendar"). For the files that name a pathway's tasks,
/// pools, branches and sitting calendars from outside it: status files, expectations,
/// goals. The pathway's own names are checked by check_references and the compiler, in
/// graph too, so each of these ids has one home.
Diagnostic unknown_name(NameKind kind, const SourceLocation& where, std::string_view subject,
                        std::string_view name, std::span<const std::string> known);
/// unknown_name over views.
Diagnostic unknown_name(NameKind kind, const SourceLocation& where, std::string_view subject,
                        std::string_view name, std::span<const std::string_view> known);

}  // namespace regsim::graph
