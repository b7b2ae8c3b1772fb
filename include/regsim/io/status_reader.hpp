// Reading status files (YAML, docs/status.md) into model::Status, with file:line:col diagnostics.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/status.hpp"

namespace regsim::io {

/// Reads the status file at `path` under the reader policy of every file kind (size limit,
/// text checks, duplicate keys, positions). Checks what the file alone can show and
/// collects every problem before failing: unknown_key, missing_key, wrong_type, bad_date,
/// bad_value (rounds below 1), duplicate_id (two entries for one task), finish_before_start
/// and after_as_of (an actual date later than `as_of`). Throws InputError. The pathway is
/// kept as written: resolve it with io::resolve_pathway_argument (base directory: the
/// file's folder), then check the status against it with sim::resolve_status.
model::Status read_status(const std::filesystem::path& path, const ReadLimits& limits = {});

/// Parses status YAML held in memory; `file` names it in diagnostics.
model::Status parse_status(std::string_view text, const std::string& file,
                           const ReadLimits& limits = {});

/// The pathway file `status` tracks: its `status:` resolved from the status file's folder,
/// else as a bundled name under `data_dir` (empty: io::data_directory()). Throws InputError
/// at `status:`: outside_folder when it lies outside the status file's folder tree and the
/// bundled data (io::FolderScope; an outer scope that allows it, --allow-outside, lifts
/// that), file_not_found when neither exists.
std::filesystem::path status_pathway_path(const model::Status& status,
                                          const std::filesystem::path& data_dir = {});

/// Throws InputError unknown_scenario (with a suggestion) at `scenario:` when `pathway`, as
/// read with its overlays, has no scenario of that name.
void check_status_scenario(const model::Status& status, const model::Pathway& pathway);

}  // namespace regsim::io
