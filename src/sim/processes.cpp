#include "regsim/sim/processes.hpp"

#include <algorithm>

namespace regsim::sim {

RunBlock block_of(std::int64_t first, std::int64_t last, int rank, int count) {
  const std::int64_t n = std::max<std::int64_t>(0, last - first);
  const std::int64_t k = std::max(count, 1);
  const std::int64_t r = std::clamp<std::int64_t>(rank, 0, k - 1);
  const std::int64_t base = n / k, longer = n % k;
  const std::int64_t begin = first + r * base + std::min(r, longer);
  return {begin, begin + base + (r < longer ? 1 : 0)};
}

}  // namespace regsim::sim
