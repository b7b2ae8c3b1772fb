#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <ostream>
#include <set>
#include <string>

#include "regsim/error.hpp"

namespace regsim::cli {
namespace {

std::mutex pending_mutex;
std::set<std::string>& pending_paths() {
  static std::set<std::string> paths;
  return paths;
}

[[noreturn]] void fail(const std::filesystem::path& path, const char* what, int error_number) {
  std::string hint;
  if (error_number == ENOENT || error_number == ENOTDIR) {
    hint = " (check that the directory exists)";
  } else if (error_number == EACCES || error_number == EPERM || error_number == EROFS) {
    hint = " (check that the directory is writable)";
  }
  throw Error("cannot write '" + path.string() + "': " + what + ": " + std::strerror(error_number) +
              hint);
}

std::filesystem::path directory_of(const std::filesystem::path& path) {
  return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

// The name temporaries get beside the target: hidden, and saying who made them.
std::string temporary_stem(const std::filesystem::path& path) {
  return (directory_of(path) / ("." + path.filename().string() + ".regsim-")).string();
}

// 0 on success, else the errno of the failed write.
int write_all(int fd, std::string_view content) {
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  return 0;
}

// The replacement of an existing file keeps its permission bits (a 0600 report stays
// private, a 0444 one read-only) and, where this process may set them, its owner and
// group (as root; else chown fails and the file is ours, as with any editor's save).
void keep_permissions(int fd, const OutputTarget& target) {
  if (!target.exists) return;
  // Owner first: changing the owner clears set-user-ID bits that fchmod then restores.
  [[maybe_unused]] const int ignored = ::fchown(fd, target.owner, target.group);
  ::fchmod(fd, target.mode);
}

// A device, FIFO or socket: written in place, as a shell's `>` would. Replacing it with a
// regular file would, as root, turn the system's /dev/null into a file.
void write_in_place(const std::filesystem::path& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) fail(path, "cannot open", errno);
  if (const int error = write_all(fd, content); error != 0) {
    ::close(fd);
    fail(path, "write failed", error);
  }
  if (::close(fd) != 0) fail(path, "close failed", errno);
}

// Linux: the bytes go to an unnamed file in the target's directory (O_TMPFILE), which
// gets a name only once it is complete and on disk. A process killed while writing
// (even by SIGKILL, which no cleanup can catch) therefore leaves nothing behind; only
// a kill between linkat and rename, a few microseconds, leaves a complete temporary.
// Returns false, having written nothing, where the file system or the kernel has no
// O_TMPFILE or /proc is not mounted; the caller then uses a named temporary.
bool write_through_unnamed_file(const OutputTarget& target, std::string_view content) {
#ifdef O_TMPFILE
  const std::filesystem::path& path = target.path;
  // O_TMPFILE applies the umask to the mode, so a new report gets the usual permissions.
  const int fd = ::open(directory_of(path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0) return false;
  auto abandon = [&](const char* what, int error_number) {
    ::close(fd);  // the unnamed file disappears with its last descriptor
    fail(path, what, error_number);
  };
  if (const int error = write_all(fd, content); error != 0) abandon("write failed", error);
  keep_permissions(fd, target);
  if (::fsync(fd) != 0) abandon("fsync failed", errno);
  const std::string self = "/proc/self/fd/" + std::to_string(fd);
  // rename() cannot take an unnamed file and linkat() will not replace a file, so the
  // finished file is linked under a fresh temporary name and renamed over the target.
  static std::atomic<unsigned> serial{0};
  const std::string stem = temporary_stem(path) + std::to_string(::getpid()) + "-";
  std::string temporary;
  for (;;) {
    temporary = stem + std::to_string(serial++);
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temporary.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      break;
    }
    if (errno == EEXIST) continue;
    const int saved = errno;
    ::close(fd);
    if (saved == ENOENT) return false;  // no /proc: nothing was linked
    fail(path, "cannot name the temporary file", saved);
  }
  ::close(fd);
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temporary.c_str());
    fail(path, "rename failed", saved);
  }
  return true;
#else
  (void)target;
  (void)content;
  return false;
#endif
}

// Elsewhere: a named temporary from mkstemp, renamed over the target when complete. A
// process killed while writing leaves that temporary behind (never the target partial);
// errors and Ctrl-C remove it (remove_pending_temporary_files).
void write_through_named_file(const OutputTarget& target, std::string_view content) {
  const std::filesystem::path& path = target.path;
  std::string temporary = temporary_stem(path) + "XXXXXX";
  // mkstemp rather than a fixed name: two regsim processes writing the same report
  // must not clobber each other's temporary file.
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) fail(path, "cannot create a temporary file", errno);
  {
    std::lock_guard lock(pending_mutex);
    pending_paths().insert(temporary);
  }
  auto forget = [&] {
    ::unlink(temporary.c_str());
    std::lock_guard lock(pending_mutex);
    pending_paths().erase(temporary);
  };
  auto abandon = [&](const char* what, int error_number) {
    ::close(fd);
    forget();
    fail(path, what, error_number);
  };
  if (const int error = write_all(fd, content); error != 0) abandon("write failed", error);
  // Files made by mkstemp are 0600; give the report the usual permissions.
  if (!target.exists) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  keep_permissions(fd, target);
  if (::fsync(fd) != 0) abandon("fsync failed", errno);
  if (::close(fd) != 0) {
    const int saved = errno;
    forget();
    fail(path, "close failed", saved);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    forget();
    fail(path, "rename failed", saved);
  }
  std::lock_guard lock(pending_mutex);
  pending_paths().erase(temporary);
}

}  // namespace

OutputTarget resolve_output_target(const std::filesystem::path& path) {
  OutputTarget target{path};
  struct stat status {};
  // Follow links one at a time (as open(2) does, at most 40) so that the file replaced is
  // the one the link points to, in that file's directory, and the link stays.
  for (int links = 0;; ++links) {
    if (::lstat(target.path.c_str(), &status) != 0) return target;  // nothing there yet
    if (!S_ISLNK(status.st_mode)) break;
    if (links == 40) fail(path, "cannot follow the link", ELOOP);
    std::error_code error;
    const std::filesystem::path link = std::filesystem::read_symlink(target.path, error);
    if (error) fail(path, "cannot follow the link", error.value());
    target.path = link.is_absolute() ? link : directory_of(target.path) / link;
  }
  if (S_ISDIR(status.st_mode))
    throw Error("cannot write '" + path.string() + "': it is a directory");
  target.exists = true;
  target.in_place = !S_ISREG(status.st_mode);
  target.mode = status.st_mode & 07777;
  target.owner = status.st_uid;
  target.group = status.st_gid;
  return target;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  const OutputTarget target = resolve_output_target(path);
  if (target.in_place) {
    write_in_place(target.path, content);
  } else if (!write_through_unnamed_file(target, content)) {
    write_through_named_file(target, content);
  }
}

void prepare_output_path(const std::filesystem::path& path) {
  refuse_input_as_output(path);
  const OutputTarget target = resolve_output_target(path);
  if (target.in_place) return;
  const std::filesystem::path directory = directory_of(target.path);
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    throw Error("cannot write '" + path.string() + "': cannot create the directory '" +
                directory.string() + "': " + error.message());
  }
  if (::access(directory.c_str(), W_OK | X_OK) != 0) fail(path, "directory not writable", errno);
}

void write_standard_output(std::ostream& out, std::string_view text) {
  errno = 0;  // the failed write's reason, not an older one
  out << text;
  finish_standard_output(out);
}

void finish_standard_output(std::ostream& out) {
  if (out) out.flush();
  if (out) return;
  int error_number = errno;
  // A write that failed earlier leaves no reason behind; a closed descriptor still says so.
  if (error_number == 0 && ::fcntl(STDOUT_FILENO, F_GETFD) == -1) error_number = errno;
  throw Error(std::string("cannot write to standard output: ") +
              (error_number != 0 ? std::strerror(error_number) : "a write failed"));
}

void remove_pending_temporary_files() noexcept {
  std::lock_guard lock(pending_mutex);
  for (const auto& temporary : pending_paths())
    ::unlink(temporary.c_str());
  pending_paths().clear();
}

}  // namespace regsim::cli
