#include "regsim/io/timeline_json.hpp"

#include <nlohmann/json.hpp>

#include "regsim/version.hpp"

namespace regsim::io {
namespace {

using nlohmann::ordered_json;

ordered_json task_json(const sim::TaskTiming& task) {
  ordered_json out;
  out["id"] = task.task_id;
  out["ready"] = calendar::to_iso(task.ready);
  out["start"] = calendar::to_iso(task.start);
  out["finish"] = calendar::to_iso(task.finish);
  out["calendar_days"] = task.calendar_days;
  out["working_days"] = task.working_days;
  out["clock_days"] = task.clock_days;
  out["resource_wait_days"] = task.resource_wait_days;
  out["sitting_wait_days"] = task.sitting_wait_days;
  out["total_float_days"] = task.total_float_days;
  out["free_float_days"] = task.free_float_days;
  out["critical"] = task.critical;
  out["skipped"] = task.skipped;
  out["rounds"] = task.rounds;
  return out;
}

ordered_json deadline_json(const sim::DeadlineResult& deadline) {
  ordered_json out;
  out["id"] = deadline.deadline_id;
  out["basis"] = std::string(model::to_string(deadline.basis));
  out["limit"] = deadline.limit;
  out["used"] = deadline.used;
  out["margin"] = deadline.margin;
  out["met"] = deadline.met;
  out["due"] = calendar::to_iso(deadline.due);
  return out;
}

ordered_json application_json(const sim::Timeline& timeline) {
  ordered_json out;
  out["application"] = timeline.application;
  out["start"] = calendar::to_iso(timeline.start);
  out["finish"] = calendar::to_iso(timeline.finish);
  out["calendar_days"] = timeline.calendar_days;
  out["working_days"] = timeline.working_days;
  out["clock_days"] = timeline.clock_days;
  out["tasks"] = ordered_json::array();
  for (const auto& task : timeline.tasks)
    out["tasks"].push_back(task_json(task));
  out["deadlines"] = ordered_json::array();
  for (const auto& deadline : timeline.deadlines)
    out["deadlines"].push_back(deadline_json(deadline));
  return out;
}

ordered_json pool_json(const sim::PoolStatistics& pool) {
  ordered_json out;
  out["id"] = pool.pool_id;
  out["capacity"] = pool.capacity;
  out["requests"] = pool.requests;
  out["waited"] = pool.waited;
  out["mean_wait_days"] = pool.mean_wait_days;
  out["max_wait_days"] = pool.max_wait_days;
  out["utilisation"] = pool.utilisation;
  return out;
}

ordered_json header(const std::string& pathway, const std::string& scenario) {
  ordered_json out;
  out["schema"] = timeline_schema;
  out["version"] = 1;
  out["regsim"] = version_string;
  out["pathway"] = pathway;
  out["scenario"] = scenario;
  return out;
}

std::string dump(const ordered_json& document, int indent) {
  return document.dump(indent) + "\n";
}

}  // namespace

std::string timeline_to_json(const sim::Timeline& timeline, int indent) {
  auto document = header(timeline.pathway_id, timeline.scenario_id);
  document["applications"] = ordered_json::array({application_json(timeline)});
  return dump(document, indent);
}

std::string portfolio_to_json(const sim::PortfolioResult& portfolio, int indent) {
  const sim::Timeline empty;
  const auto& first = portfolio.applications.empty() ? empty : portfolio.applications.front();
  auto document = header(first.pathway_id, first.scenario_id);
  document["applications"] = ordered_json::array();
  for (const auto& timeline : portfolio.applications) {
    document["applications"].push_back(application_json(timeline));
  }
  document["pools"] = ordered_json::array();
  for (const auto& pool : portfolio.pools)
    document["pools"].push_back(pool_json(pool));
  return dump(document, indent);
}

}  // namespace regsim::io
