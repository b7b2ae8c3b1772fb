// The one way a name that a file uses and a pathway lacks is reported (unknown_task, ...).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "regsim/error.hpp"

namespace regsim::graph {

/// What a looked-up name should have been.
enum class NameKind { task, pool };

/// "`subject` has no task 'name' (did you mean 'x'?)" at `where`, with the id of the kind
/// (unknown_task, unknown_pool). For the files that name a pathway's tasks and pools from
/// outside it: status files, expectations, goals. The pathway's own names are checked by
/// check_references and the compiler, in graph too, so each of these ids has one home.
Diagnostic unknown_name(NameKind kind, const SourceLocation& where, std::string_view subject,
                        std::string_view name, std::span<const std::string> known);
/// unknown_name over views.
Diagnostic unknown_name(NameKind kind, const SourceLocation& where, std::string_view subject,
                        std::string_view name, std::span<const std::string_view> known);

}  // namespace regsim::graph
