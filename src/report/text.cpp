#include "regsim/report/text.hpp"

#include <array>
#include <optional>
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

// The code point encoded in text[from, to), or nullopt when those bytes are not one
// well-formed UTF-8 sequence (overlong forms and surrogates included).
std::optional<char32_t> decode(std::string_view text, std::size_t from, std::size_t to) {
  const auto lead = static_cast<unsigned char>(text[from]);
  const std::size_t length = to - from;
  std::size_t expected = 0;
  char32_t value = 0;
  if (lead < 0x80) return lead;
  if (lead >= 0xC2 && lead <= 0xDF) {
    expected = 2;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    expected = 3;
    value = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    expected = 4;
    value = lead & 0x07;
  }
  if (expected == 0 || length != expected) return std::nullopt;
  for (std::size_t i = from + 1; i < to; ++i)
    value = (value << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
  static constexpr std::array<char32_t, 5> smallest{0, 0, 0x80, 0x800, 0x10000};
  if (value < smallest[expected] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return std::nullopt;
  }
  return value;
}

struct Range {
  char32_t first;
  char32_t last;
};

// Marks drawn on the preceding character (general category Mn/Me in the blocks text
// reports meet, zero-width spaces and joiners, variation selectors, and the Hangul jamo
// that combine into the syllable before them): they take no column of their own.
constexpr std::array<Range, 12> zero_width{{
    {0x0300, 0x036F},
    {0x0483, 0x0489},
    {0x0591, 0x05BD},
    {0x1160, 0x11FF},
    {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF},
    {0x200B, 0x200F},
    {0x20D0, 0x20FF},
    {0x302A, 0x302F},
    {0x3099, 0x309A},
    {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F},
}};

// East Asian Wide and Fullwidth characters (Unicode UAX #11), which terminals draw two
// columns wide: Hangul, CJK ideographs, kana, fullwidth forms, and emoji.
constexpr std::array<Range, 17> double_width{{
    {0x1100, 0x115F},
    {0x231A, 0x231B},
    {0x2329, 0x232A},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0xA4CF},
    {0xA960, 0xA97F},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF},
    {0x1F900, 0x1F9FF},
    {0x20000, 0x3FFFD},
}};

bool in(const auto& ranges, char32_t point) {
  for (const auto& range : ranges) {
    if (point >= range.first && point <= range.last) return true;
  }
  return false;
}

// Columns of the character in text[from, to): a malformed sequence is one column (a
// terminal draws one replacement character), stray continuation bytes none.
int columns_of(std::string_view text, std::size_t from, std::size_t to) {
  const auto point = decode(text, from, to);
  if (!point) return is_continuation(static_cast<unsigned char>(text[from])) ? 0 : 1;
  if (*point < 0x300) return 1;
  if (in(zero_width, *point)) return 0;
  return in(double_width, *point) ? 2 : 1;
}

}  // namespace

int display_width(std::string_view text) {
  int width = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (const auto skip = escape_length(text, i); skip > 0) {
      i += skip;
      continue;
    }
    const auto next = next_code_point(text, i);
    width += columns_of(text, i, next);
    i = next;
  }
  return width;
}

std::size_t prefix_within(std::string_view text, int width) {
  std::size_t i = 0;
  int used = 0;
  while (i < text.size()) {
    const auto next = next_code_point(text, i);
    const int columns = columns_of(text, i, next);
    if (used + columns > width) break;
    used += columns;
    i = next;
  }
  return i;
}

std::string shorten(std::string_view text_in, int width, bool ascii) {
  if (width < 1) return {};
  // Escaped before it is measured and cut: a cut can then never split an escape sequence.
  const std::string safe = escape_controls(text_in);
  const std::string_view text = safe;
  if (display_width(text) <= width) return safe;
  const std::string_view ellipsis = ascii ? "~" : "\u2026";
  const int room = width - 1;
  const std::size_t cut = prefix_within(text, room);
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

std::string escape_controls(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  const auto escaped = [](std::string& out, std::string_view prefix, unsigned value) {
    out += prefix;
    out += hex[(value >> 4) & 0xF];
    out += hex[value & 0xF];
  };
  std::string result;
  result.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte < 0x20 || byte == 0x7F) {
        escaped(result, "\\x", byte);
      } else {
        result += text[i];
      }
      ++i;
      continue;
    }
    std::size_t next = next_code_point(text, i);
    const auto point = decode(text, i, next);
    if (!point) {
      // Not UTF-8: one escape per byte of the lead, the rest is looked at afresh.
      escaped(result, "\\x", byte);
      ++i;
      continue;
    }
    if (*point >= 0x80 && *point <= 0x9F) {
      escaped(result, "\\u00", static_cast<unsigned>(*point));
    } else {
      result.append(text.substr(i, next - i));
    }
    i = next;
  }
  return result;
}

std::string to_ascii(std::string_view text_in) {
  const std::string safe = escape_controls(text_in);
  const std::string_view text = safe;
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
