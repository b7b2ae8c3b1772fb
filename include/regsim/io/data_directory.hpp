// Where the bundled data (pathways, calendars) is: $REGSIM_DATA_DIR, beside the installed
// executable, the source tree or the configured install prefix.
#pragma once

#include <filesystem>

namespace regsim::io {

/// The directory of bundled workflows, the first of: the environment variable
/// REGSIM_DATA_DIR when it is set and not empty; data_directory_beside() the running
/// executable (`/proc/self/exe`), so an install under any prefix reads its own data;
/// regsim::source_data_dir when that directory exists (a build used in place);
/// regsim::install_data_dir (the prefix configured at build time).
std::filesystem::path data_directory();

/// The bundled workflows of an install whose executable is `executable`: the folder
/// regsim::install_data_dir_from_bindir ("../share/regsim/workflows") from the
/// executable's folder, or an empty path when there is no such directory.
std::filesystem::path data_directory_beside(const std::filesystem::path& executable);

/// The bundled calendar files: data_directory() / "calendars".
std::filesystem::path calendars_directory();

}  // namespace regsim::io
