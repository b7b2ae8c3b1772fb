#include "regsim/report/timeline_table.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace regsim::report {
namespace {

// Fixed columns after the task id: two dates, six numbers, the marks.
constexpr int fixed_columns = 2 + 10 + 2 + 10 + 6 + 6 + 7 + 6 + 6 + 7 + 2 + 7;
constexpr int minimum_id_width = 8;

std::string fit(const std::string& text, std::size_t width) {
  if (text.size() <= width) return text;
  if (width == 0) return {};
  return text.substr(0, width - 1) + "~";
}

std::string marks(const sim::TaskTiming& task) {
  if (task.skipped) return "skipped";
  std::string out = task.critical ? "*" : "";
  if (task.rounds > 1) out += (out.empty() ? "" : " ") + fmt::format("x{}", task.rounds);
  return out;
}

void append_deadlines(std::string& out, const sim::Timeline& timeline, std::size_t id_width) {
  if (timeline.deadlines.empty()) return;
  std::size_t width = 8;
  for (const auto& deadline : timeline.deadlines)
    width = std::max(width, deadline.deadline_id.size());
  width = std::min(width, id_width);
  out += fmt::format("\n{:<{}}  {:<13}  {:>6}  {:>6}  {:>6}  {:<10}  {}\n", "deadline", width,
                     "basis", "limit", "used", "margin", "due", "result");
  for (const auto& deadline : timeline.deadlines) {
    out += fmt::format("{:<{}}  {:<13}  {:>6}  {:>6}  {:>+6}  {:<10}  {}\n",
                       fit(deadline.deadline_id, width), width, model::to_string(deadline.basis),
                       deadline.limit, deadline.used, deadline.margin,
                       calendar::to_iso(deadline.due), deadline.met ? "met" : "MISSED");
  }
}

}  // namespace

std::string render_timeline_table(const sim::Timeline& timeline, const TableOptions& options) {
  std::size_t id_width = 4;
  for (const auto& task : timeline.tasks)
    id_width = std::max(id_width, task.task_id.size());
  const int room = std::max(minimum_id_width, options.width - fixed_columns);
  id_width = std::min(id_width, static_cast<std::size_t>(room));

  std::string out = fmt::format("{} ({})", timeline.pathway_id, timeline.scenario_id);
  out += fmt::format("\n{} -> {}: {} calendar days, {} working days, {} clock days\n\n",
                     calendar::to_iso(timeline.start), calendar::to_iso(timeline.finish),
                     timeline.calendar_days, timeline.working_days, timeline.clock_days);
  out +=
      fmt::format("{:<{}}  {:<10}  {:<10}  {:>4}  {:>4}  {:>5}  {:>4}  {:>4}  {:>5}  {}\n", "task",
                  id_width, "start", "finish", "days", "wd", "clock", "pool", "sit", "float", "");
  while (out.back() == ' ' || out.back() == '\n')
    out.pop_back();
  out += '\n';
  for (const auto& task : timeline.tasks) {
    out += fmt::format("{:<{}}  {:<10}  {:<10}  {:>4}  {:>4}  {:>5}  {:>4}  {:>4}  {:>5}  {}",
                       fit(task.task_id, id_width), id_width, calendar::to_iso(task.start),
                       calendar::to_iso(task.finish), task.calendar_days, task.working_days,
                       task.clock_days, task.resource_wait_days, task.sitting_wait_days,
                       task.total_float_days, marks(task));
    while (!out.empty() && out.back() == ' ')
      out.pop_back();
    out += '\n';
  }
  out +=
      "* critical (no float); pool/sit: days waiting for a reviewer pool or a sitting; xN: "
      "rounds\n";
  append_deadlines(out, timeline, id_width);
  return out;
}

std::string render_pool_table(const std::vector<sim::PoolStatistics>& pools) {
  if (pools.empty()) return {};
  std::size_t width = 4;
  for (const auto& pool : pools)
    width = std::max(width, pool.pool_id.size());
  std::string out =
      fmt::format("{:<{}}  {:>8}  {:>8}  {:>6}  {:>9}  {:>8}  {:>11}\n", "pool", width, "capacity",
                  "requests", "waited", "mean wait", "max wait", "utilisation");
  for (const auto& pool : pools) {
    out += fmt::format("{:<{}}  {:>8}  {:>8}  {:>6}  {:>9.1f}  {:>8}  {:>10.0f}%\n", pool.pool_id,
                       width, pool.capacity, pool.requests, pool.waited, pool.mean_wait_days,
                       pool.max_wait_days, pool.utilisation * 100.0);
  }
  return out;
}

std::string render_portfolio_table(const sim::PortfolioResult& portfolio,
                                   const TableOptions& options) {
  std::string out;
  if (!portfolio.applications.empty()) {
    const auto& first = portfolio.applications.front();
    out += fmt::format("{} ({}): {} applications\n\n", first.pathway_id, first.scenario_id,
                       portfolio.applications.size());
  }
  out += fmt::format("{:>3}  {:<10}  {:<10}  {:>5}  {:>5}  {:>9}  {}\n", "app", "start", "finish",
                     "days", "clock", "pool wait", "deadlines");
  for (const auto& timeline : portfolio.applications) {
    int wait = 0;
    for (const auto& task : timeline.tasks)
      wait += task.resource_wait_days;
    int met = 0;
    for (const auto& deadline : timeline.deadlines)
      met += deadline.met ? 1 : 0;
    const std::string deadlines =
        timeline.deadlines.empty() ? "-" : fmt::format("{}/{} met", met, timeline.deadlines.size());
    out += fmt::format("{:>3}  {:<10}  {:<10}  {:>5}  {:>5}  {:>9}  {}\n", timeline.application,
                       calendar::to_iso(timeline.start), calendar::to_iso(timeline.finish),
                       timeline.calendar_days, timeline.clock_days, wait, deadlines);
  }
  for (const auto& timeline : portfolio.applications) {
    out += fmt::format("\napplication {}: ", timeline.application);
    out += render_timeline_table(timeline, options);
  }
  if (!portfolio.pools.empty()) out += "\n" + render_pool_table(portfolio.pools);
  return out;
}

}  // namespace regsim::report
