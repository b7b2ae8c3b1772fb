#include "regsim/report/portfolio_summary.hpp"

#include <fmt/format.h>

#include <cmath>

#include "json_writer.hpp"
#include "regsim/report/csv.hpp"
#include "regsim/version.hpp"

namespace regsim::report {
namespace {

using detail::JsonWriter;

// The document's number forms (json_writer.hpp): shares to six decimals, days to three.
using detail::json_days;
using detail::json_fraction;

void write_interval(JsonWriter& out, std::string_view key, const analysis::MeanWithInterval& ci,
                    double (*round)(double)) {
  out.key(key);
  out.begin_object();
  out.field("mean", round(ci.mean));
  out.field("half_width", round(ci.half_width));
  out.end_object();
}

void write_pool(JsonWriter& out, const analysis::PoolSummary& pool) {
  out.begin_object();
  out.field("id", pool.id);
  out.field("capacity", pool.capacity);
  out.field("utilisation", json_fraction(pool.utilisation));
  out.field("mean_wait_days", json_days(pool.mean_wait_days));
  out.field("p_wait", json_fraction(pool.p_wait));
  out.field("p80_wait_days", pool.p80_wait_days);
  out.field("max_wait_days", pool.max_wait_days);
  out.field("requests", static_cast<long long>(pool.requests));
  write_interval(out, "mean_wait_ci95", pool.wait_ci, json_days);
  write_interval(out, "p_wait_ci95", pool.p_wait_ci, json_fraction);
  out.end_object();
}

void write_class(JsonWriter& out, const analysis::ClassSummary& group) {
  out.begin_object();
  out.field("id", group.id);
  out.field("applications", static_cast<long long>(group.applications));
  out.key("lead_time_days");
  out.begin_object();
  out.field("mean", json_days(group.mean_days));
  out.field("p10", group.p10);
  out.field("p50", group.p50);
  out.field("p80", group.p80);
  out.field("p90", group.p90);
  out.end_object();
  write_interval(out, "mean_lead_time_ci95", group.mean_ci, json_days);
  out.end_object();
}

// "2026-01": a month of the series.
std::string month_label(calendar::Date first_day) {
  return calendar::to_iso(first_day).substr(0, 7);
}

void write_months(JsonWriter& out, const analysis::PortfolioSummary& summary) {
  out.key("months");
  out.begin_array();
  for (const auto& month : summary.months) {
    out.begin_object();
    out.field("month", month_label(month.month));
    out.field("backlog", json_days(month.backlog));
    out.key("pools");
    out.begin_array();
    for (std::size_t p = 0; p < month.pools.size(); ++p) {
      const auto& pool = month.pools[p];
      out.begin_object();
      out.field("id", summary.pools[p].id);
      out.field("queue", json_days(pool.queue));
      out.key("mean_wait_days");
      if (pool.requests > 0) {
        out.value(json_days(pool.mean_wait_days));
      } else {
        out.null();
      }
      out.field("requests", static_cast<long long>(pool.requests));
      out.end_object();
    }
    out.end_array();
    out.end_object();
  }
  out.end_array();
}

}  // namespace

std::string render_portfolio_summary_json(const analysis::PortfolioSummary& summary, int indent) {
  JsonWriter out(indent);
  out.begin_object();
  out.field("schema", portfolio_schema);
  out.field("regsim", version_string);
  out.field("pathway", summary.pathway_id);
  out.field("runs", static_cast<long long>(summary.runs));
  out.field("seed", static_cast<unsigned long long>(summary.seed));
  out.field("warmup_days", summary.warmup_days);
  out.key("pools");
  out.begin_array();
  for (const auto& pool : summary.pools)
    write_pool(out, pool);
  out.end_array();
  out.key("classes");
  out.begin_array();
  for (const auto& group : summary.classes)
    write_class(out, group);
  out.end_array();
  out.field("applications_per_run", json_days(summary.applications_per_run));
  out.field("throughput_per_year", json_days(summary.throughput_per_year));
  out.field("backlog_at_end", json_days(summary.backlog_at_end));
  write_months(out, summary);
  out.end_object();
  return out.take();
}

std::string render_portfolio_summary_text(const analysis::PortfolioSummary& summary) {
  std::string text = fmt::format(
      "Portfolio {}: {} runs (seed {}), {:.1f} applications per run{}\n"
      "Throughput {:.1f} applications per year; backlog at the last arrival {:.1f}\n\n",
      summary.pathway_id, summary.runs, summary.seed, summary.applications_per_run,
      summary.warmup_days > 0 ? fmt::format(" after a {}-day warm-up", summary.warmup_days) : "",
      summary.throughput_per_year, summary.backlog_at_end);
  text += fmt::format("{:<24} {:>8} {:>11} {:>16} {:>8} {:>9} {:>9}\n", "pool", "capacity",
                      "utilisation", "mean wait (days)", "P(wait)", "P80 wait", "max wait");
  for (const auto& pool : summary.pools) {
    text += fmt::format("{:<24} {:>8} {:>10.1f}% {:>8.2f} +/- {:<5.2f} {:>7.1f}% {:>9} {:>9}\n",
                        pool.id, pool.capacity, 100 * pool.utilisation, pool.mean_wait_days,
                        pool.wait_ci.half_width, 100 * pool.p_wait, pool.p80_wait_days,
                        pool.max_wait_days);
  }
  text += fmt::format("\n{:<24} {:>12} {:>16} {:>6} {:>6} {:>6} {:>6}\n", "class", "applications",
                      "lead time (mean)", "P10", "P50", "P80", "P90");
  for (const auto& group : summary.classes) {
    text += fmt::format("{:<24} {:>12} {:>16.1f} {:>6} {:>6} {:>6} {:>6}\n", group.id,
                        group.applications, group.mean_days, group.p10, group.p50, group.p80,
                        group.p90);
  }
  // Within the tables' 91 columns, so the summary fits the 100 columns of every text report.
  text +=
      "\nLead time: calendar days from arrival to the application's last finish.\n"
      "Waits: days from ready to start per task needing the pool; +/- is the 95% confidence\n"
      "half-width over runs.\n"
      "Month by month (backlog, queues, waits): --format csv, json or html.\n";
  return text;
}

std::string render_portfolio_months_csv(const analysis::PortfolioSummary& summary) {
  std::string csv = "month,backlog";
  for (const auto& pool : summary.pools) {
    const std::string id = csv_field(pool.id);
    csv += fmt::format(",{0}_queue,{0}_mean_wait_days,{0}_requests", id);
  }
  csv += "\r\n";
  for (const auto& month : summary.months) {
    csv += fmt::format("{},{}", month_label(month.month), json_days(month.backlog));
    for (const auto& pool : month.pools) {
      csv += fmt::format(",{},", json_days(pool.queue));
      if (pool.requests > 0) csv += fmt::format("{}", json_days(pool.mean_wait_days));
      csv += fmt::format(",{}", pool.requests);
    }
    csv += "\r\n";
  }
  return csv;
}

}  // namespace regsim::report
