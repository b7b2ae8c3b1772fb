#include "columns.hpp"

namespace regsim::report::detail {
namespace {

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

int columns(std::string_view text) {
  int count = 0;
  for (char c : text)
    count += continuation(c) ? 0 : 1;
  return count;
}

std::string fit(std::string_view text, int width, bool ascii) {
  if (width <= 0) return {};
  const bool cut = columns(text) > width;
  const int keep = cut ? width - 1 : width;
  std::string out;
  int used = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i + 1;
    while (end < text.size() && continuation(text[end]))
      ++end;
    if (used == keep) break;
    if (ascii && static_cast<unsigned char>(text[i]) >= 0x80) {
      out += '?';
    } else {
      out.append(text.substr(i, end - i));
    }
    ++used;
    i = end;
  }
  if (cut) out += '~';
  return out;
}

std::string pad_right(std::string_view text, int width) {
  std::string out(text);
  for (int n = columns(text); n < width; ++n)
    out += ' ';
  return out;
}

std::string pad_left(std::string_view text, int width) {
  std::string out;
  for (int n = columns(text); n < width; ++n)
    out += ' ';
  out.append(text);
  return out;
}

std::string trim_right(std::string text) {
  while (!text.empty() && text.back() == ' ')
    text.pop_back();
  return text;
}

}  // namespace regsim::report::detail
