#include "regsim/io/folder_policy.hpp"

#include <system_error>
#include <vector>

#include "regsim/io/data_directory.hpp"

namespace regsim::io {
namespace fs = std::filesystem;
namespace {

struct Scope {
  bool active = false;
  bool allow_outside = false;
  fs::path folder;              ///< canonical folder of the top file
  std::vector<fs::path> trees;  ///< canonical folders always readable: the bundled data
};

thread_local Scope current;

// Absolute first: weakly_canonical leaves a relative path relative when its first part
// does not exist.
fs::path canonical_or_absolute(const fs::path& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path.empty() ? fs::path(".") : path, error);
  if (error) return path.lexically_normal();
  auto canonical = fs::weakly_canonical(absolute, error);
  return error ? absolute.lexically_normal() : canonical;
}

bool inside(const fs::path& path, const fs::path& tree) {
  if (tree.empty()) return false;
  const fs::path relative = path.lexically_relative(tree);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

FolderScope::FolderScope(const fs::path& top_file, bool allow_outside, const fs::path& data_dir) {
  if (current.active) return;
  owner_ = true;
  current.active = true;
  current.allow_outside = allow_outside;
  if (allow_outside) return;
  current.folder = canonical_or_absolute(top_file).parent_path();
  for (const fs::path& tree : {data_dir, data_directory(), calendars_directory()}) {
    if (!tree.empty()) current.trees.push_back(canonical_or_absolute(tree));
  }
}

FolderScope::~FolderScope() {
  if (owner_) current = Scope{};
}

std::optional<std::string> outside_folder(const fs::path& path) {
  if (!current.active || current.allow_outside) return std::nullopt;
  const fs::path target = canonical_or_absolute(path);
  if (inside(target, current.folder)) return std::nullopt;
  for (const auto& tree : current.trees) {
    if (inside(target, tree)) return std::nullopt;
  }
  return "'" + path.string() + "' is outside the folder of the file given on the command line (" +
         current.folder.string() +
         ") and outside the bundled data; files named inside a file are read only from "
         "there, so an untrusted file cannot make regsim read others: pass --allow-outside "
         "to read it";
}

}  // namespace regsim::io
