// The files a command reads, so that no output overwrites one of them.
#include <sys/stat.h>

#include <mutex>
#include <string>
#include <vector>

#include "output.hpp"
#include "regsim/error.hpp"

namespace regsim::cli {
namespace {

struct InputFile {
  dev_t device;
  ino_t inode;
  std::string path;
};

std::mutex inputs_mutex;
std::vector<InputFile>& inputs() {
  static std::vector<InputFile> files;
  return files;
}

}  // namespace

void note_input_file(const std::filesystem::path& path) {
  struct stat status {};
  // stat, not lstat: a link to an input names the input.
  if (::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return;
  std::lock_guard lock(inputs_mutex);
  for (const auto& input : inputs()) {
    if (input.device == status.st_dev && input.inode == status.st_ino) return;
  }
  inputs().push_back({status.st_dev, status.st_ino, path.string()});
}

void refuse_input_as_output(const std::filesystem::path& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return;  // nothing there: no input either
  std::lock_guard lock(inputs_mutex);
  for (const auto& input : inputs()) {
    if (input.device != status.st_dev || input.inode != status.st_ino) continue;
    const std::string same = input.path == path.string() ? "" : " (the same file)";
    throw Error("cannot write '" + path.string() + "': it is the input '" + input.path + "'" +
                same + "; write the output to another path");
  }
}

void forget_input_files() noexcept {
  std::lock_guard lock(inputs_mutex);
  inputs().clear();
}

}  // namespace regsim::cli
