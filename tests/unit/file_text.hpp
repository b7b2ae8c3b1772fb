// A test file's whole text, bytes as they are (for golden files and reader inputs).
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace regsim::test {

inline std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace regsim::test
