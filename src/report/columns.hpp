// Cutting for the simulation text reports, on the column arithmetic of text.hpp.
#pragma once

#include <string>
#include <string_view>

namespace regsim::report::detail {

/// `text` cut to at most `width` columns (ending in "…", or "~" when `ascii`, when cut),
/// made ASCII by to_ascii when `ascii`. Unlike shorten(), cuts mid-word: ids and figures
/// have no words to keep whole.
std::string fit(std::string_view text, int width, bool ascii);

/// `text` without trailing spaces.
std::string trim_right(std::string text);

}  // namespace regsim::report::detail
