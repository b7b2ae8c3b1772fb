// Writing output files whole or not at all: the only way the CLI writes a file.
#pragma once

#include <filesystem>
#include <string_view>

namespace regsim::cli {

/// Writes `content` to `path` atomically: the bytes go to a temporary file in the
/// same directory, which is flushed to disk and then renamed over `path`. A reader
/// (or a crash, or Ctrl-C) sees the old file or the new one, never a partial one.
/// On Linux the temporary has no name until it is complete (O_TMPFILE), so even a
/// process killed while writing leaves no temporary behind; elsewhere a killed process
/// can leave a `.NAME.regsim-XXXXXX` file beside the target. The new file gets mode
/// 0666 minus the umask. Throws regsim::Error (exit code 2) naming the path when it
/// cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Makes sure `path` can be written before any work is done: creates its missing parent
/// directories (mode 0777 minus the umask) and checks that the parent is a writable
/// directory and `path` itself is not a directory. Throws regsim::Error (exit code 2)
/// naming the path and the reason otherwise.
void prepare_output_path(const std::filesystem::path& path);

/// Removes temporary files this process has not yet renamed into place; safe to call
/// from a signal handler's aftermath (not from the handler itself).
void remove_pending_temporary_files() noexcept;

}  // namespace regsim::cli
