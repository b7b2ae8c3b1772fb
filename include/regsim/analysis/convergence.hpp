// Stop rules for Monte Carlo runs: stop once the P80 of the end no longer moves.
#pragma once

#include <functional>
#include <span>

namespace regsim::analysis {

/// A stop rule for MonteCarloOptions::stop. It remembers the P80 (nearest rank) of the
/// end's days at each checkpoint and says stop once the last `window` checkpoints'
/// P80s lie within `tolerance_days` of each other (max - min <= tolerance). Each rule
/// object is for one run (it keeps the history of that run's checkpoints).
std::function<bool(std::span<const int>)> p80_stable(double tolerance_days, int window = 3);

}  // namespace regsim::analysis
