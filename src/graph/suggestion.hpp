// Internal: "did you mean" for task ids that do not exist.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace regsim::graph::detail {

/// The id in `known` closest to `unknown` by edit distance (insertions, deletions,
/// substitutions), if it is within 1 edit for ids up to 3 characters, 2 up to 7, else 3;
/// the first in `known` order on a tie. Empty when nothing is close.
std::string closest_id(std::string_view unknown, const std::vector<std::string>& known);

}  // namespace regsim::graph::detail
