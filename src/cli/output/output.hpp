// Writing output files whole or not at all: the only way the CLI writes a file.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <iosfwd>
#include <string_view>

namespace regsim::cli {

/// What an output path names once symbolic links are followed, and so how it is written.
struct OutputTarget {
  std::filesystem::path path;  ///< the file written: the path asked for, links followed
  bool exists = false;         ///< something is at `path` already
  bool in_place = false;       ///< a device, FIFO or socket: written in place, never replaced
  mode_t mode = 0;             ///< permission bits of the existing file (when `exists`)
  uid_t owner = 0;
  gid_t group = 0;
};

/// Follows `path` through symbolic links (as open(2) would, at most 40) and says what is
/// there. Throws regsim::Error (exit code 2) naming the path for a link loop or a
/// directory.
OutputTarget resolve_output_target(const std::filesystem::path& path);

/// Writes `content` to `path`, the output policy of every regsim command (docs/cli.md,
/// "Output files"):
/// - a regular file, or nothing yet, is replaced atomically: the bytes go to a temporary
///   file in the same directory, which is flushed to disk and renamed over the target. A
///   reader (or a crash, or Ctrl-C) sees the old file or the new one, never a partial one.
///   On Linux the temporary has no name until it is complete (O_TMPFILE); elsewhere a
///   process killed by SIGKILL can leave a `.NAME.regsim-XXXXXX` file beside the target.
///   A file that exists keeps its permission bits and, where the process may set them,
///   its owner and group; a new file gets 0666 minus the umask.
/// - a symbolic link is followed: the file it points to is replaced, the link is kept.
/// - a device, FIFO or socket is written in place (`-o /dev/stdout`, a pipe to a reader),
///   never replaced by a regular file.
/// Throws regsim::Error (exit code 2) naming the path when it cannot be written, a write
/// error on a device (`/dev/full`) included.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Makes sure `path` can be written before any work is done: refuses a path that is one
/// of the inputs (note_input_file), creates the missing parent directories of the file
/// it names (mode 0777 minus the umask) and checks that the parent is a writable
/// directory and the target not a directory. Throws regsim::Error (exit code 2) naming
/// the path and the reason otherwise.
void prepare_output_path(const std::filesystem::path& path);

/// Records that this process reads `path` (a pathway, an include, an expectation or
/// baseline file), so that an output naming the same file (the same device and inode,
/// through any link) is refused rather than overwriting it. Paths that do not exist or
/// are not regular files are ignored.
void note_input_file(const std::filesystem::path& path);

/// Throws regsim::Error (exit code 2) when `path` names a file noted by note_input_file.
void refuse_input_as_output(const std::filesystem::path& path);

/// Forgets every noted input (for tests, whose files are deleted and their inodes reused).
void forget_input_files() noexcept;

/// Writes `text` to `out` (standard output) and flushes it; throws as
/// finish_standard_output does.
void write_standard_output(std::ostream& out, std::string_view text);

/// Flushes `out` (standard output) and throws regsim::Error (exit code 2) when any write
/// to it failed: a full disk, `> /dev/full`, a closed descriptor.
void finish_standard_output(std::ostream& out);

/// Removes temporary files this process has not yet renamed into place; safe to call
/// from a signal handler's aftermath (not from the handler itself).
void remove_pending_temporary_files() noexcept;

}  // namespace regsim::cli
