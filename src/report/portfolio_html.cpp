// The HTML page of a portfolio Monte Carlo: the summary's tables and the monthly charts.
#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "html_page.hpp"
#include "regsim/report/portfolio_summary.hpp"
#include "svg_charts.hpp"

namespace regsim::report {
namespace {

using detail::xml_escape;

std::string pool_table(const analysis::PortfolioSummary& summary) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& pool : summary.pools) {
    rows.push_back({xml_escape(pool.id), std::to_string(pool.capacity),
                    fmt::format("{:.1f}%", 100 * pool.utilisation),
                    fmt::format("{:.2f} ± {:.2f}", pool.mean_wait_days, pool.wait_ci.half_width),
                    fmt::format("{:.1f}%", 100 * pool.p_wait), std::to_string(pool.p80_wait_days),
                    std::to_string(pool.max_wait_days)});
  }
  return detail::html_table(
      {"Pool", "Capacity", "Utilisation", "Mean wait (days)", "P(wait)", "P80 wait", "Max wait"},
      rows);
}

std::string class_table(const analysis::PortfolioSummary& summary) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& group : summary.classes) {
    rows.push_back({xml_escape(group.id), std::to_string(group.applications),
                    fmt::format("{:.1f} ± {:.1f}", group.mean_days, group.mean_ci.half_width),
                    std::to_string(group.p10), std::to_string(group.p50), std::to_string(group.p80),
                    std::to_string(group.p90)});
  }
  return detail::html_table(
      {"Class", "Applications", "Lead time (mean)", "P10", "P50", "P80", "P90"}, rows);
}

// Backlog, then each pool's queue and mean wait, as month-by-month lines.
std::string month_charts(const analysis::PortfolioSummary& summary) {
  if (summary.months.empty()) return {};
  const auto first = summary.months.front().month;
  detail::MonthLine backlog{"applications in the system", {}};
  std::vector<detail::MonthLine> queues, waits;
  for (const auto& pool : summary.pools) {
    queues.push_back({pool.id, {}});
    waits.push_back({pool.id, {}});
  }
  for (const auto& month : summary.months) {
    backlog.values.push_back(month.backlog);
    for (std::size_t p = 0; p < month.pools.size(); ++p) {
      queues[p].values.push_back(month.pools[p].queue);
      waits[p].values.push_back(month.pools[p].requests > 0
                                    ? month.pools[p].mean_wait_days
                                    : std::numeric_limits<double>::quiet_NaN());
    }
  }
  std::string html = "<div class=\"charts\">";
  html += detail::svg_month_lines("Backlog at each month's end", "applications", first, {backlog});
  if (!queues.empty()) {
    html += detail::svg_month_lines("Queue at each month's end", "requests waiting", first, queues);
    html += detail::svg_month_lines("Mean wait of the month's requests", "days", first, waits);
  }
  return html + "</div>\n";
}

}  // namespace

std::string render_portfolio_html(const analysis::PortfolioSummary& summary) {
  std::string html = detail::open_html_page("Portfolio " + summary.pathway_id);
  html += fmt::format(
      "<p class=\"meta\">{} runs (seed {}) · {:.1f} applications per run{} · throughput {:.1f} "
      "per year · backlog at the last arrival {:.1f}</p>\n",
      summary.runs, summary.seed, summary.applications_per_run,
      summary.warmup_days > 0 ? fmt::format(" after a {}-day warm-up", summary.warmup_days) : "",
      summary.throughput_per_year, summary.backlog_at_end);
  html += "<h2>Pools</h2>\n" + pool_table(summary);
  html += "<h2>Classes</h2>\n" + class_table(summary);
  html += "<h2>Month by month</h2>\n" + month_charts(summary);
  return html + detail::close_html_page(
                    "Lead time: calendar days from arrival to the application's last finish. "
                    "Waits: days from ready to start per task needing the pool; ± is the 95% "
                    "confidence half-width over runs. Monthly figures include the warm-up.");
}

}  // namespace regsim::report
