// What one process (or one thread) of a portfolio Monte Carlo adds up, and how it travels
// between processes (docs/scale-out.md): integer counts, so any merge order gives the
// same totals, and per-run figures copied byte for byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/sim/portfolio.hpp"
#include "regsim/sim/processes.hpp"

namespace regsim::sim::detail {

/// The sums a portfolio Monte Carlo keeps over its runs.
struct PortfolioTotals {
  DayHistogram lead_times;
  std::vector<DayHistogram> waits;             // per pool
  std::vector<DayHistogram> class_lead_times;  // per class
  std::int64_t max_applications = 0;
  MonthlySeries months;
  void merge(const PortfolioTotals& other);
};

/// The figures of runs [block.begin, block.end) of `runs` and `totals`, as bytes.
std::string pack_portfolio_part(const std::vector<PortfolioRun>& runs, RunBlock block,
                                const PortfolioTotals& totals);

/// Reads what pack_portfolio_part wrote into `runs` (from block.begin) and `totals`.
void unpack_portfolio_part(std::string_view bytes, RunBlock block, std::vector<PortfolioRun>& runs,
                           PortfolioTotals& totals);

}  // namespace regsim::sim::detail
