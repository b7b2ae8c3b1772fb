#include "columns.hpp"

#include "regsim/report/text.hpp"

namespace regsim::report::detail {

std::string fit(std::string_view text, int width, bool ascii) {
  if (width <= 0) return {};
  std::string out = ascii ? to_ascii(text) : escape_controls(text);
  if (display_width(out) <= width) return out;
  out.resize(prefix_within(out, width - 1));
  return out + (ascii ? "~" : "\u2026");
}

std::string trim_right(std::string text) {
  while (!text.empty() && text.back() == ' ')
    text.pop_back();
  return text;
}

}  // namespace regsim::report::detail
