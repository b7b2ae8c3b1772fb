#include "regsim/io/data_directory.hpp"

#include <cstdlib>
#include <system_error>

#include "regsim/version.hpp"

namespace regsim::io {
namespace fs = std::filesystem;

fs::path data_directory_beside(const fs::path& executable) {
  if (executable.empty() || !executable.has_parent_path()) return {};
  const fs::path candidate =
      (executable.parent_path() / install_data_dir_from_bindir).lexically_normal();
  std::error_code error;
  return fs::is_directory(candidate, error) ? candidate : fs::path();
}

fs::path data_directory() {
  const char* overridden = std::getenv("REGSIM_DATA_DIR");
  if (overridden != nullptr && *overridden != '\0') return overridden;
  std::error_code error;
  // The running program's own install first: an install under another prefix (or moved,
  // or beside a source tree of another version) must read its own data.
  const fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    if (fs::path beside = data_directory_beside(executable); !beside.empty()) return beside;
  }
  if (fs::is_directory(source_data_dir, error)) return source_data_dir;
  return install_data_dir;
}

fs::path calendars_directory() {
  return data_directory() / "calendars";
}

}  // namespace regsim::io
