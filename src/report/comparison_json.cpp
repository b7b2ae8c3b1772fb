#include "regsim/report/comparison_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "regsim/error.hpp"
#include "regsim/report/comparison.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/version.hpp"

namespace regsim::report {
namespace {

// Ordered: "schema" and "version" come first, as every regsim document's do.
using json = nlohmann::ordered_json;

// Two decimals: enough for a percentage, and stable across platforms' last bits.
json rounded(std::optional<double> value) {
  if (!value) return nullptr;
  return std::round(*value * 100.0) / 100.0;
}

json optional_int(std::optional<int> value) {
  return value ? json(*value) : json(nullptr);
}

json point(const std::optional<MilestonePoint>& p) {
  if (!p) return nullptr;
  return {{"date", calendar::to_iso(p->date)},
          {"calendar_days", p->calendar_days},
          {"clock_days", p->clock_days}};
}

json deadline_outcome(const sim::Timeline& timeline, const std::string& id) {
  for (const auto& result : timeline.deadlines) {
    if (result.deadline_id != id) continue;
    return {{"used", result.used},
            {"margin", result.margin},
            {"met", result.met},
            {"due", result.due.is_special() ? json(nullptr) : json(calendar::to_iso(result.due))}};
  }
  return nullptr;
}

json run_header(const ScheduledRun& run) {
  const auto& t = run.timeline;
  return {
      {"scenario", t.scenario_id.empty() ? std::string(model::baseline_scenario) : t.scenario_id},
      {"title", run.label()},
      {"start", t.start.is_special() ? json(nullptr) : json(calendar::to_iso(t.start))},
      {"finish", t.finish.is_special() ? json(nullptr) : json(calendar::to_iso(t.finish))},
      {"calendar_days", t.calendar_days},
      {"clock_days", t.clock_days}};
}

json comparison(const ScheduledRun& baseline, const ScheduledRun& scenario) {
  json result = run_header(scenario);
  json milestones = json::array();
  for (const auto& delta : milestone_deltas(baseline, scenario)) {
    milestones.push_back({{"task", delta.task_id.empty() ? json(nullptr) : json(delta.task_id)},
                          {"name", delta.name},
                          {"baseline", point(delta.baseline)},
                          {"scenario", point(delta.scenario)},
                          {"change_days", optional_int(delta.change_days())},
                          {"change_percent", rounded(delta.change_percent())},
                          {"change_clock_days", optional_int(delta.change_clock_days())},
                          {"change_clock_percent", rounded(delta.change_clock_percent())}});
  }
  json tasks = json::array();
  for (const auto& pair : pair_tasks(baseline, scenario)) {
    auto days = [](const sim::TaskTiming* t) {
      return t == nullptr || t->skipped ? json(nullptr) : json(t->calendar_days);
    };
    const char* status = pair.baseline == nullptr   ? "added"
                         : pair.scenario == nullptr ? "removed"
                                                    : "both";
    json change = nullptr;
    if (pair.baseline != nullptr && pair.scenario != nullptr && !pair.baseline->skipped &&
        !pair.scenario->skipped) {
      change = pair.scenario->calendar_days - pair.baseline->calendar_days;
    }
    tasks.push_back({{"task", pair.task_id},
                     {"status", status},
                     {"baseline_days", days(pair.baseline)},
                     {"scenario_days", days(pair.scenario)},
                     {"change_days", change}});
  }
  json deadlines = json::array();
  for (const auto& outcome : baseline.timeline.deadlines) {
    deadlines.push_back({{"deadline", outcome.deadline_id},
                         {"limit", outcome.limit},
                         {"basis", std::string(model::to_string(outcome.basis))},
                         {"baseline", deadline_outcome(baseline.timeline, outcome.deadline_id)},
                         {"scenario", deadline_outcome(scenario.timeline, outcome.deadline_id)}});
  }
  result["milestones"] = std::move(milestones);
  result["tasks"] = std::move(tasks);
  result["deadlines"] = std::move(deadlines);
  return result;
}

json parse_timeline(const std::string& text) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    throw Error(std::string("a timeline document is not valid JSON: ") + e.what());
  }
}

}  // namespace

std::string render_comparison_json(const ScheduledRun& baseline,
                                   const std::vector<ScheduledRun>& scenarios,
                                   const std::vector<std::string>& timeline_documents) {
  if (!timeline_documents.empty() && timeline_documents.size() != scenarios.size() + 1) {
    throw Error("render_comparison_json needs one timeline document per run, baseline first");
  }
  const bool with_timelines = !timeline_documents.empty();
  json document;
  document["schema"] = compare_schema;
  document["version"] = 1;
  document["regsim"] = version_string;
  document["pathway"] =
      baseline.timeline.pathway_id.empty() ? baseline.pathway.id : baseline.timeline.pathway_id;
  document["title"] = baseline.pathway.title;
  document["baseline"] = run_header(baseline);
  if (with_timelines) document["baseline"]["timeline"] = parse_timeline(timeline_documents[0]);
  json comparisons = json::array();
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    json entry = comparison(baseline, scenarios[i]);
    if (with_timelines) entry["timeline"] = parse_timeline(timeline_documents[i + 1]);
    comparisons.push_back(std::move(entry));
  }
  document["comparisons"] = std::move(comparisons);
  return document.dump(2) + "\n";
}

}  // namespace regsim::report
