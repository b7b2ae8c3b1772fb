#include "regsim/io/data_directory.hpp"

#include <cstdlib>

#include "regsim/version.hpp"

namespace regsim::io {

std::filesystem::path data_directory() {
  const char* overridden = std::getenv("REGSIM_DATA_DIR");
  if (overridden != nullptr && *overridden != '\0') return overridden;
  std::error_code error;
  if (std::filesystem::is_directory(source_data_dir, error)) return source_data_dir;
  return install_data_dir;
}

std::filesystem::path calendars_directory() {
  return data_directory() / "calendars";
}

}  // namespace regsim::io
