// Which files a file may name: its own folder tree and the bundled data, unless allowed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace regsim::io {

/// While alive, files read because another file names them (includes, calendar and
/// sitting calendar files, an expectation's pathway) must lie in the folder tree of
/// `top_file` (the file named on the command line) or in the bundled data, unless
/// `allow_outside`: an absolute path or `..` out of that tree is the diagnostic
/// outside_folder at the line that names the file (docs/workflow-format.md, "Files a file
/// may name"). Symbolic links are resolved first. Scopes nest: an inner scope keeps the
/// outer one's folder, so a pathway read for an expectation file answers to that file's
/// folder. Per thread; readers do not share a scope across threads.
class FolderScope {
 public:
  FolderScope(const std::filesystem::path& top_file, bool allow_outside,
              const std::filesystem::path& data_dir = {});
  ~FolderScope();
  FolderScope(const FolderScope&) = delete;
  FolderScope& operator=(const FolderScope&) = delete;

 private:
  bool owner_ = false;
};

/// Why `path` may not be read under the current scope, or nullopt when it may (or when
/// no scope is active: a file named on the command line is always read).
std::optional<std::string> outside_folder(const std::filesystem::path& path);

}  // namespace regsim::io
