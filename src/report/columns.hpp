// Column arithmetic for the simulation text reports (UTF-8, East Asian wide characters).
#pragma once

#include <string>
#include <string_view>

namespace regsim::report::detail {

/// Display columns of UTF-8 `text`: two for East Asian wide code points (Hangul, CJK),
/// one for the others.
int columns(std::string_view text);

/// `text` cut to at most `width` columns (ending in "…", or "~" when `ascii`, when cut), with
/// every non-ASCII code point replaced by '?' when `ascii`.
std::string fit(std::string_view text, int width, bool ascii);

/// `text` padded with spaces to `width` columns.
std::string pad_right(std::string_view text, int width);

/// Spaces up to `width` columns, then `text`.
std::string pad_left(std::string_view text, int width);

/// `text` without trailing spaces.
std::string trim_right(std::string text);

}  // namespace regsim::report::detail
