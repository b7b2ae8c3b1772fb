// Portfolio Monte Carlo summaries as text and JSON (schema "regsim.portfolio/1").
#pragma once

#include <string>

#include "regsim/analysis/portfolio_summary.hpp"
#include "regsim/schemas.hpp"

namespace regsim::report {

/// A "regsim.portfolio/1" document (docs/json-schema.md): pools [{id, capacity,
/// utilisation, mean_wait_days, p_wait, ...}] and classes [{id, lead_time_days: {mean,
/// p10, p50, p80, p90}}] first, then throughput and backlog. Fractions rounded to six
/// decimals and days to three: the same summary always gives the same bytes.
std::string render_portfolio_summary_json(const analysis::PortfolioSummary& summary,
                                          int indent = 2);

/// The same as a short plain-text summary (no per-application table).
std::string render_portfolio_summary_text(const analysis::PortfolioSummary& summary);

}  // namespace regsim::report
