// A portfolio's arrivals as engine day numbers, what the engine and its Monte Carlo use.
#pragma once

#include <cstdint>
#include <vector>

#include "regsim/sim/portfolio.hpp"

namespace regsim::sim::detail {

/// portfolio_arrivals (portfolio.hpp) as engine day numbers, the same arrivals: what it
/// makes into dates.
std::vector<std::int32_t> portfolio_arrival_days(const model::Pathway& pathway,
                                                 const model::Portfolio& portfolio,
                                                 calendar::Date start, Engine* random);

}  // namespace regsim::sim::detail
