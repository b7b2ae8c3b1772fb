// "Did you mean ...?": the one way every module suggests a known name for a misspelt one.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace regsim::support {

/// Edit distance: insertions, deletions, substitutions and swaps of neighbouring letters
/// each count 1 (optimal string alignment), case-insensitive for ASCII letters.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo: at most a
/// third of the word's length in edits, at least 1, at most 3. The first candidate wins a
/// tie. Never `word` itself (a name that is known but unusable is not a typo), never for
/// words over 64 characters (long garbage; the comparison is quadratic). Else empty.
std::string closest_match(std::string_view word, std::span<const std::string> candidates);
/// closest_match over views.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

/// " (did you mean 'x'?)", or "" when nothing is close: appended to a diagnostic message.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);
/// did_you_mean over views.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace regsim::support
