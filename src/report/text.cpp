#include "regsim/report/text.hpp"

#include <array>
#include <utility>

namespace regsim::report {
namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// Length of the ANSI SGR escape starting at `i`, or 0 when there is none.
std::size_t escape_length(std::string_view text, std::size_t i) {
  if (text[i] != '\x1b' || i + 1 >= text.size() || text[i + 1] != '[') return 0;
  std::size_t j = i + 2;
  while (j < text.size() && text[j] != 'm')
    ++j;
  return j < text.size() ? j - i + 1 : 0;
}

// The byte offset where the code point after `i` starts.
std::size_t next_code_point(std::string_view text, std::size_t i) {
  ++i;
  while (i < text.size() && is_continuation(static_cast<unsigned char>(text[i])))
    ++i;
  return i;
}

// The longest prefix of `text` that takes at most `width` columns, in bytes.
std::size_t prefix_bytes(std::string_view text, int width) {
  std::size_t i = 0;
  int used = 0;
  while (i < text.size() && used < width) {
    i = next_code_point(text, i);
    ++used;
  }
  return i;
}

}  // namespace

int display_width(std::string_view text) {
  int width = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (const auto skip = escape_length(text, i); skip > 0) {
      i += skip;
      continue;
    }
    if (!is_continuation(static_cast<unsigned char>(text[i]))) ++width;
    ++i;
  }
  return width;
}

std::string shorten(std::string_view text, int width, bool ascii) {
  if (width < 1) return {};
  if (display_width(text) <= width) return std::string(text);
  const std::string_view ellipsis = ascii ? "~" : "\u2026";
  const int room = width - 1;
  const std::size_t cut = prefix_bytes(text, room);
  std::string_view head = text.substr(0, cut);
  const bool whole_word = cut < text.size() && text[cut] == ' ';
  // Prefer ending on a whole word when that keeps at least half of the room: "Safety
  // and efficacy…" reads better than "Safety and effica…".
  if (const auto space = head.find_last_of(' '); !whole_word && space != std::string_view::npos &&
                                                 display_width(head.substr(0, space)) * 2 >= room) {
    head = head.substr(0, space);
  }
  while (!head.empty() && (head.back() == ' ' || head.back() == ',' || head.back() == '-')) {
    head.remove_suffix(1);
  }
  return std::string(head) + std::string(ellipsis);
}

std::string pad_right(std::string_view text, int width) {
  std::string result(text);
  const int missing = width - display_width(text);
  if (missing > 0) result.append(static_cast<std::size_t>(missing), ' ');
  return result;
}

std::string pad_left(std::string_view text, int width) {
  const int missing = width - display_width(text);
  std::string result;
  if (missing > 0) result.append(static_cast<std::size_t>(missing), ' ');
  result += text;
  return result;
}

std::string to_ascii(std::string_view text) {
  // Typographic characters a title may contain have plain equivalents; anything else
  // outside ASCII (a Korean task name) becomes '?', one per code point.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> plain{{
      {"\u2013", "-"},
      {"\u2014", "-"},
      {"\u2018", "'"},
      {"\u2019", "'"},
      {"\u201c", "\""},
      {"\u201d", "\""},
      {"\u2026", "..."},
      {"\u2192", "->"},
      {"\u00b7", "."},
  }};
  std::string result;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      result += text[i++];
      continue;
    }
    const auto next = next_code_point(text, i);
    const auto point = text.substr(i, next - i);
    std::string_view replacement = "?";
    for (const auto& [from, to] : plain) {
      if (point == from) replacement = to;
    }
    result += replacement;
    i = next;
  }
  return result;
}

}  // namespace regsim::report
