// Bundled pathways: finding `kr/biosimilar` in the data directory, and listing them all.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace regsim::io {

/// A pathway file shipped with regsim.
struct BundledPathway {
  std::string name;            ///< e.g. "kr/biosimilar" (path under the data dir, no .yaml)
  std::filesystem::path file;  ///< the file itself
};

/// The file a FILE argument (or an `include: file:`) names: `argument` itself, relative
/// to `base_directory` when that is given, if such a path exists; else the bundled
/// pathway `<data_dir>/<argument>.yaml` (or `<data_dir>/<argument>`) if that exists;
/// else the first candidate unchanged, so that reading it reports file_not_found.
/// An empty `data_dir` means io::data_directory().
std::filesystem::path resolve_pathway_argument(std::string_view argument,
                                               const std::filesystem::path& data_dir = {},
                                               const std::filesystem::path& base_directory = {});

/// Every bundled pathway: `<data_dir>/**/*.yaml` except the `calendars/` folder, sorted by
/// name. Empty when the folder does not exist.
std::vector<BundledPathway> list_bundled_pathways(const std::filesystem::path& data_dir = {});

}  // namespace regsim::io
