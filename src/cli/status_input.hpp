// `--status FILE`: reading a status file and the pathway it tracks, for every command.
#pragma once

#include <optional>
#include <string>

#include "regsim/model/pathway.hpp"
#include "regsim/model/status.hpp"
#include "regsim/sim/tracking.hpp"

namespace regsim::cli {

/// What --status brings to a command: the status as read and, once the scenario is
/// applied, the status resolved against it.
struct StatusInput {
  model::Status status;
  std::optional<sim::Tracking> tracking;
};

/// Reads `path` (empty: no status) and notes it as an input.
std::optional<StatusInput> read_status_input(const std::string& path);

/// The pathway argument of a command with --status: `file` when given, which must then be
/// the file the status tracks (UsageError otherwise), else the status's `status:`
/// (resolved from the status file's folder, then as a bundled name).
std::string tracked_pathway_argument(const std::string& file, const StatusInput* input);

/// The scenario to run: the status's `scenario:` when it has one (UsageError when
/// `option`, the --scenario given, names another one than the baseline), else `option`.
/// Checks that `pathway` (as read) has it.
std::string tracked_scenario(const std::string& option, const StatusInput* input,
                             const model::Pathway& pathway);

/// Resolves the status against `applied` (the scenario applied) and keeps it in `input`;
/// returns it for RunOptions::tracking. Throws InputError (sim::resolve_status).
const sim::Tracking& resolve_tracking(StatusInput& input, const model::Pathway& applied);

}  // namespace regsim::cli
