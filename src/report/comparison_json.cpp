#include "regsim/report/comparison_json.hpp"

#include <cmath>

#include "json_writer.hpp"
#include "regsim/report/comparison.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/version.hpp"
#include "simulation_document.hpp"
#include "timeline_document.hpp"

namespace regsim::report {
namespace {

using analysis::ScenarioComparison;
using analysis::ScheduledScenario;
using detail::JsonWriter;

// Two decimals: enough for a percentage, and stable across platforms' last bits.
void write_rounded(JsonWriter& out, std::optional<double> value) {
  if (!value) return out.null();
  out.value(std::round(*value * 100.0) / 100.0);
}

void write_optional(JsonWriter& out, std::optional<int> value) {
  if (!value) return out.null();
  out.value(*value);
}

void write_date(JsonWriter& out, calendar::Date date) {
  if (date.is_special()) return out.null();
  out.value(calendar::to_iso(date));
}

void write_point(JsonWriter& out, const std::optional<analysis::MilestonePoint>& p) {
  if (!p) return out.null();
  out.begin_object();
  out.field("date", calendar::to_iso(p->date));
  out.field("calendar_days", p->calendar_days);
  out.field("clock_days", p->clock_days);
  out.end_object();
}

// The fields that describe one side; the caller closes the object.
void write_run_header(JsonWriter& out, const ScheduledScenario& run) {
  const auto& t = run.timeline;
  out.begin_object();
  out.field("scenario", analysis::scenario_id_of(t));
  out.field("title", run.label());
  out.key("start");
  write_date(out, t.start);
  out.key("finish");
  write_date(out, t.finish);
  out.field("calendar_days", t.calendar_days);
  out.field("clock_days", t.clock_days);
}

void write_milestones(JsonWriter& out, const ScenarioComparison& compared) {
  out.begin_array();
  for (const auto& delta : compared.milestones) {
    out.begin_object();
    out.key("task");
    if (delta.task_id.empty()) {
      out.null();
    } else {
      out.value(delta.task_id);
    }
    out.field("name", delta.name);
    out.key("baseline");
    write_point(out, delta.baseline);
    out.key("scenario");
    write_point(out, delta.scenario);
    out.key("change_days");
    write_optional(out, delta.change_days());
    out.key("change_percent");
    write_rounded(out, delta.change_percent());
    out.key("change_clock_days");
    write_optional(out, delta.change_clock_days());
    out.key("change_clock_percent");
    write_rounded(out, delta.change_clock_percent());
    out.end_object();
  }
  out.end_array();
}

void write_tasks(JsonWriter& out, const ScheduledScenario& baseline,
                 const ScenarioComparison& compared) {
  // A side's calendar days, or null where the task is absent or skipped.
  const auto days = [&](const sim::Timeline& timeline, std::optional<std::size_t> position) {
    if (!position || timeline.tasks[*position].skipped) return out.null();
    out.value(timeline.tasks[*position].calendar_days);
  };
  out.begin_array();
  for (const auto& delta : compared.tasks) {
    const char* status = !delta.baseline ? "added" : !delta.scenario ? "removed" : "both";
    out.begin_object();
    out.field("task", delta.task_id);
    out.field("status", status);
    out.key("baseline_days");
    days(baseline.timeline, delta.baseline);
    out.key("scenario_days");
    days(compared.scenario.timeline, delta.scenario);
    out.key("change_days");
    write_optional(out, delta.days_change);
    out.end_object();
  }
  out.end_array();
}

void write_deadline_outcome(JsonWriter& out, const sim::Timeline& timeline,
                            std::optional<std::size_t> position) {
  if (!position) return out.null();
  const auto& result = timeline.deadlines[*position];
  out.begin_object();
  out.field("used", result.used);
  out.field("margin", result.margin);
  out.field("met", result.met);
  out.key("due");
  write_date(out, result.due);
  out.end_object();
}

void write_deadlines(JsonWriter& out, const ScheduledScenario& baseline,
                     const ScenarioComparison& compared) {
  out.begin_array();
  for (const auto& pair : compared.deadlines) {
    const auto& outcome = baseline.timeline.deadlines[*pair.baseline];
    out.begin_object();
    out.field("deadline", outcome.deadline_id);
    out.field("limit", outcome.limit);
    out.field("basis", model::to_string(outcome.basis));
    out.key("baseline");
    write_deadline_outcome(out, baseline.timeline, pair.baseline);
    out.key("scenario");
    write_deadline_outcome(out, compared.scenario.timeline, pair.scenario);
    out.end_object();
  }
  out.end_array();
}

}  // namespace

std::string render_comparison_json(const analysis::Comparison& comparison, bool timelines,
                                   const std::vector<analysis::SimulationSummary>& monte_carlo) {
  const ScheduledScenario& baseline = comparison.baseline;
  JsonWriter out(2);
  out.begin_object();
  out.field("schema", compare_schema);
  out.field("version", 1);
  out.field("regsim", version_string);
  out.field("pathway", baseline.timeline.pathway_id.empty() ? baseline.pathway.id
                                                            : baseline.timeline.pathway_id);
  out.field("title", baseline.pathway.title);
  out.key("baseline");
  write_run_header(out, baseline);
  if (timelines) {
    out.key("timeline");
    detail::write_timeline_document(out, baseline.timeline);
  }
  out.end_object();
  out.key("comparisons");
  out.begin_array();
  for (const auto& compared : comparison.scenarios) {
    write_run_header(out, compared.scenario);
    out.key("milestones");
    write_milestones(out, compared);
    out.key("tasks");
    write_tasks(out, baseline, compared);
    out.key("deadlines");
    write_deadlines(out, baseline, compared);
    out.key("driving_path");
    out.begin_object();
    for (const auto& [key, ids] : {std::pair{"joined", &compared.driving_joined},
                                   std::pair{"left", &compared.driving_left}}) {
      out.key(key);
      out.begin_array();
      for (const auto& id : *ids)
        out.value(id);
      out.end_array();
    }
    out.end_object();
    if (timelines) {
      out.key("timeline");
      detail::write_timeline_document(out, compared.scenario.timeline);
    }
    out.end_object();
  }
  out.end_array();
  if (!monte_carlo.empty()) {
    // Each side's simulation document, the baseline's first, as `simulate --format json`.
    out.key("monte_carlo");
    out.begin_array();
    for (const auto& summary : monte_carlo)
      detail::write_simulation_document(out, summary);
    out.end_array();
  }
  out.end_object();
  return out.take();
}

}  // namespace regsim::report
