#include "columns.hpp"

namespace regsim::report::detail {
namespace {

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The code point starting at text[i] (0xFFFD when malformed) and where the next begins.
char32_t decode(std::string_view text, std::size_t i, std::size_t& next) {
  const auto lead = static_cast<unsigned char>(text[i]);
  int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  char32_t code = extra == 3   ? lead & 0x07
                  : extra == 2 ? lead & 0x0F
                  : extra == 1 ? lead & 0x1F
                               : lead;
  next = i + 1;
  for (; extra > 0; --extra) {
    if (next >= text.size() || !continuation(text[next])) return 0xFFFD;
    code = (code << 6) | (static_cast<unsigned char>(text[next]) & 0x3F);
    ++next;
  }
  return code;
}

// East Asian Wide and Fullwidth ranges (Unicode TR 11) that pathway names use: Hangul,
// CJK ideographs and punctuation, fullwidth forms. Terminals draw them two columns wide,
// and Korean task names would otherwise break every column after them.
int code_point_columns(char32_t c) {
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
                    (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
                    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

}  // namespace

int columns(std::string_view text) {
  int count = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i;
    count += code_point_columns(decode(text, i, next));
    i = next;
  }
  return count;
}

std::string fit(std::string_view text, int width, bool ascii) {
  if (width <= 0) return {};
  int needed = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i;
    const char32_t code = decode(text, i, next);
    needed += ascii ? 1 : code_point_columns(code);  // ASCII mode: one '?' per code point
    i = next;
  }
  const bool cut = needed > width;
  const int room = cut ? width - 1 : width;
  std::string out;
  int used = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i;
    const char32_t code = decode(text, i, next);
    const int taken = ascii ? 1 : code_point_columns(code);
    if (used + taken > room) break;
    if (ascii && code >= 0x80) {
      out += '?';
    } else {
      out.append(text.substr(i, next - i));
    }
    used += taken;
    i = next;
  }
  if (cut) out += ascii ? "~" : "\u2026";
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
