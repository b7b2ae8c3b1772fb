// "Did you mean ...?": the closest known word to a misspelt one (internal).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace regsim::io::detail {

/// Edit distance: insertions, deletions, substitutions and swaps of neighbouring letters
/// each count 1 (optimal string alignment; case-insensitive).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo (at most
/// a third of the word's length, at least 1, at most 3 edits), else empty.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace regsim::io::detail
