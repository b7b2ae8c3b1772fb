#include "regsim/io/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <set>
#include <string>

#include "regsim/error.hpp"

namespace regsim::io {
namespace {

std::mutex pending_mutex;
std::set<std::string>& pending_paths() {
  static std::set<std::string> paths;
  return paths;
}

[[noreturn]] void fail(const std::filesystem::path& path, const char* what, int error_number) {
  throw Error("cannot write '" + path.string() + "': " + what + ": " + std::strerror(error_number) +
              " (check that the directory exists and is writable)");
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  const auto directory = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string temporary =
      (directory / ("." + path.filename().string() + ".regsim-XXXXXX")).string();
  // mkstemp rather than a fixed name: two regsim processes writing the same report
  // must not clobber each other's temporary file.
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) fail(path, "cannot create a temporary file", errno);
  {
    std::lock_guard lock(pending_mutex);
    pending_paths().insert(temporary);
  }
  auto abandon = [&](const char* what) {
    const int saved = errno;
    ::close(fd);
    ::unlink(temporary.c_str());
    std::lock_guard lock(pending_mutex);
    pending_paths().erase(temporary);
    fail(path, what, saved);
  };
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      abandon("write failed");
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  // Files made by mkstemp are 0600; give the report the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::fsync(fd) != 0) abandon("fsync failed");
  if (::close(fd) != 0) {
    const int saved = errno;
    ::unlink(temporary.c_str());
    fail(path, "close failed", saved);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temporary.c_str());
    std::lock_guard lock(pending_mutex);
    pending_paths().erase(temporary);
    fail(path, "rename failed", saved);
  }
  std::lock_guard lock(pending_mutex);
  pending_paths().erase(temporary);
}

void remove_pending_temporary_files() noexcept {
  std::lock_guard lock(pending_mutex);
  for (const auto& temporary : pending_paths())
    ::unlink(temporary.c_str());
  pending_paths().clear();
}

}  // namespace regsim::io
