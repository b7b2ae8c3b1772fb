#include "regsim/io/bundled.hpp"

#include <algorithm>
#include <system_error>

#include "regsim/io/data_directory.hpp"

namespace regsim::io {
namespace fs = std::filesystem;

fs::path resolve_pathway_argument(std::string_view argument, const fs::path& data_dir,
                                  const fs::path& base_directory) {
  const fs::path given(argument);
  const fs::path local =
      base_directory.empty() || given.is_absolute() ? given : base_directory / given;
  std::error_code error;
  if (fs::exists(local, error) || argument.empty() || given.is_absolute()) return local;
  const fs::path root = data_dir.empty() ? data_directory() : data_dir;
  for (const fs::path& candidate : {root / (std::string(argument) + ".yaml"), root / given}) {
    if (fs::is_regular_file(candidate, error)) return candidate;
  }
  return local;
}

std::vector<BundledPathway> list_bundled_pathways(const fs::path& data_dir) {
  const fs::path root = data_dir.empty() ? data_directory() : data_dir;
  std::vector<BundledPathway> found;
  std::error_code error;
  if (!fs::is_directory(root, error)) return found;
  for (fs::recursive_directory_iterator
           it(root, fs::directory_options::skip_permission_denied, error),
       end;
       !error && it != end; it.increment(error)) {
    const fs::path relative = it->path().lexically_relative(root);
    if (it->is_directory(error) && relative == fs::path("calendars")) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(error) || it->path().extension() != ".yaml") continue;
    std::string name = relative.generic_string();
    name.resize(name.size() - 5);
    found.push_back({std::move(name), it->path()});
  }
  std::sort(found.begin(), found.end(),
            [](const BundledPathway& a, const BundledPathway& b) { return a.name < b.name; });
  return found;
}

}  // namespace regsim::io
