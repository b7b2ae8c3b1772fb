#include "support/suggest.hpp"

#include <algorithm>

namespace regsim::support {
namespace {

constexpr std::size_t max_word = 64;

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The distance when it is at most `limit`, else limit + 1. Three rows (a swap looks two
// rows back); gives up once a whole row exceeds the limit, which no later row can undo,
// so a long list of unrelated names costs little.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > limit) return limit + 1;
  std::vector<std::size_t> two_back(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    std::size_t row_min = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool same = lower(a[i - 1]) == lower(b[j - 1]);
      std::size_t best =
          std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1])) {
        best = std::min(best, two_back[j - 2] + 1);
      }
      current[j] = best;
      row_min = std::min(row_min, best);
    }
    if (row_min > limit) return limit + 1;
    std::swap(two_back, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], limit + 1);
}

template <typename Name>
std::string closest(std::string_view word, std::span<const Name> candidates) {
  if (word.empty() || word.size() > max_word) return {};
  const std::size_t allowed = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  std::size_t best_distance = allowed + 1;
  std::string_view best;
  for (const auto& candidate : candidates) {
    const std::string_view name(candidate);
    if (name == word) continue;
    const std::size_t distance = bounded_distance(word, name, best_distance - 1);
    if (distance < best_distance) {
      best_distance = distance;
      best = name;
    }
  }
  return std::string(best);
}

std::string phrase(const std::string& match) {
  return match.empty() ? std::string() : " (did you mean '" + match + "'?)";
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return bounded_distance(a, b, std::max(a.size(), b.size()));
}

std::string closest_match(std::string_view word, std::span<const std::string> candidates) {
  return closest(word, candidates);
}

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  return closest(word, candidates);
}

std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
  return phrase(closest(word, candidates));
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  return phrase(closest(word, candidates));
}

}  // namespace regsim::support
