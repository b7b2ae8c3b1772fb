// Portfolio Monte Carlo summaries as text and JSON (schema "regsim.portfolio/1").
#pragma once

#include <string>

#include "regsim/analysis/portfolio_summary.hpp"
#include "regsim/schemas.hpp"

namespace regsim::report {

/// A "regsim.portfolio/1" document (docs/json-schema.md): pools [{id, capacity,
/// utilisation, mean_wait_days, p_wait, ...}] and classes [{id, lead_time_days: {mean,
/// p10, p50, p80, p90}}] first, then throughput and backlog, then the months [{month,
/// backlog, pools: [{id, queue, mean_wait_days, requests}]}]. Fractions rounded to six
/// decimals and days to three: the same summary always gives the same bytes.
std::string render_portfolio_summary_json(const analysis::PortfolioSummary& summary,
                                          int indent = 2);

/// The same as a short plain-text summary (no per-application table).
std::string render_portfolio_summary_text(const analysis::PortfolioSummary& summary);

/// The month-by-month series as CSV (RFC 4180, CRLF): month (YYYY-MM), backlog, and per
/// pool `<pool>_queue`, `<pool>_mean_wait_days` (empty when no request became ready that
/// month) and `<pool>_requests`. Numbers as in the JSON document.
std::string render_portfolio_months_csv(const analysis::PortfolioSummary& summary);

/// A self-contained HTML page: the summary's tables and SVG charts of the backlog, each
/// pool's queue and each pool's mean wait, month by month.
std::string render_portfolio_html(const analysis::PortfolioSummary& summary);

}  // namespace regsim::report
