// Where the bundled data (pathways, calendars) is: $REGSIM_DATA_DIR, the source tree or the
// install.
#pragma once

#include <filesystem>

namespace regsim::io {

/// The directory of bundled workflows: the environment variable REGSIM_DATA_DIR when it
/// is set and not empty; else regsim::source_data_dir when that directory exists (a build
/// used in place); else regsim::install_data_dir (after `cmake --install`).
std::filesystem::path data_directory();

/// The bundled calendar files: data_directory() / "calendars".
std::filesystem::path calendars_directory();

}  // namespace regsim::io
