#include "suggestion.hpp"

#include <algorithm>
#include <cstddef>

namespace regsim::graph::detail {
namespace {

// Levenshtein distance with two rows; gives up (returns limit + 1) once every entry of
// a row exceeds `limit`, so a long list of unrelated ids costs little.
std::size_t distance(std::string_view a, std::string_view b, std::size_t limit) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

std::string closest_id(std::string_view unknown, const std::vector<std::string>& known) {
  const std::size_t limit = unknown.size() <= 3 ? 1 : unknown.size() <= 7 ? 2 : 3;
  std::size_t best_distance = limit + 1;
  const std::string* best = nullptr;
  for (const auto& candidate : known) {
    const std::size_t gap = candidate.size() > unknown.size() ? candidate.size() - unknown.size()
                                                              : unknown.size() - candidate.size();
    if (gap >= best_distance) continue;
    const std::size_t d = distance(unknown, candidate, best_distance - 1);
    if (d < best_distance) {
      best_distance = d;
      best = &candidate;
    }
  }
  return best ? *best : std::string();
}

}  // namespace regsim::graph::detail
