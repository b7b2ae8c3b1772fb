#include "regsim/analysis/convergence.hpp"

#include <algorithm>
#include <memory>
#include <vector>

#include "regsim/analysis/statistics.hpp"

namespace regsim::analysis {

std::function<bool(std::span<const int>)> p80_stable(double tolerance_days, int window) {
  // std::function must be copyable; the history is shared by the copies.
  auto history = std::make_shared<std::vector<int>>();
  const auto needed = static_cast<std::size_t>(std::max(2, window));
  return [history, needed, tolerance_days](std::span<const int> end_days) {
    if (end_days.empty()) return false;
    std::vector<int> sorted(end_days.begin(), end_days.end());
    std::sort(sorted.begin(), sorted.end());
    history->push_back(percentile(std::span<const int>(sorted), 80));
    if (history->size() < needed) return false;
    const auto last = history->end() - static_cast<std::ptrdiff_t>(needed);
    const auto [low, high] = std::minmax_element(last, history->end());
    return *high - *low <= tolerance_days;
  };
}

}  // namespace regsim::analysis
