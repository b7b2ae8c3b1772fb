// Test helpers: split a report into lines and check their widths and alphabet.
#pragma once

#include <string>
#include <vector>

#include "regsim/report/text.hpp"

namespace regsim::test {

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t from = 0;
  while (from < text.size()) {
    const auto end = text.find('\n', from);
    lines.push_back(text.substr(from, end == std::string::npos ? std::string::npos : end - from));
    if (end == std::string::npos) break;
    from = end + 1;
  }
  return lines;
}

inline int widest_line(const std::string& text) {
  int widest = 0;
  for (const auto& line : lines_of(text)) {
    widest = std::max(widest, report::display_width(line));
  }
  return widest;
}

inline bool is_ascii(const std::string& text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) > 0x7F) return false;
  }
  return true;
}

inline const std::string* line_starting(const std::vector<std::string>& lines,
                                        const std::string& prefix) {
  for (const auto& line : lines) {
    if (line.rfind(prefix, 0) == 0) return &line;
  }
  return nullptr;
}

}  // namespace regsim::test
