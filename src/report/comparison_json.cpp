#include "regsim/report/comparison_json.hpp"

#include <cmath>

#include "json_writer.hpp"
#include "regsim/error.hpp"
#include "regsim/report/comparison.hpp"
#include "regsim/report/formatters.hpp"
#include "regsim/version.hpp"

namespace regsim::report {
namespace {

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

void write_point(JsonWriter& out, const std::optional<MilestonePoint>& p) {
  if (!p) return out.null();
  out.begin_object();
  out.field("date", calendar::to_iso(p->date));
  out.field("calendar_days", p->calendar_days);
  out.field("clock_days", p->clock_days);
  out.end_object();
}

void write_deadline_outcome(JsonWriter& out, const sim::Timeline& timeline, const std::string& id) {
  for (const auto& result : timeline.deadlines) {
    if (result.deadline_id != id) continue;
    out.begin_object();
    out.field("used", result.used);
    out.field("margin", result.margin);
    out.field("met", result.met);
    out.key("due");
    write_date(out, result.due);
    out.end_object();
    return;
  }
  out.null();
}

// The fields that describe one run; the caller closes the object.
void write_run_header(JsonWriter& out, const ScheduledRun& run) {
  const auto& t = run.timeline;
  out.begin_object();
  out.field("scenario",
            t.scenario_id.empty() ? std::string(model::baseline_scenario) : t.scenario_id);
  out.field("title", run.label());
  out.key("start");
  write_date(out, t.start);
  out.key("finish");
  write_date(out, t.finish);
  out.field("calendar_days", t.calendar_days);
  out.field("clock_days", t.clock_days);
}

void write_milestones(JsonWriter& out, const ScheduledRun& baseline, const ScheduledRun& scenario) {
  out.begin_array();
  for (const auto& delta : milestone_deltas(baseline, scenario)) {
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

void write_tasks(JsonWriter& out, const ScheduledRun& baseline, const ScheduledRun& scenario) {
  const auto days = [&](const sim::TaskTiming* t) {
    if (t == nullptr || t->skipped) return out.null();
    out.value(t->calendar_days);
  };
  out.begin_array();
  for (const auto& pair : pair_tasks(baseline, scenario)) {
    const char* status = pair.baseline == nullptr   ? "added"
                         : pair.scenario == nullptr ? "removed"
                                                    : "both";
    out.begin_object();
    out.field("task", pair.task_id);
    out.field("status", status);
    out.key("baseline_days");
    days(pair.baseline);
    out.key("scenario_days");
    days(pair.scenario);
    out.key("change_days");
    if (pair.baseline != nullptr && pair.scenario != nullptr && !pair.baseline->skipped &&
        !pair.scenario->skipped) {
      out.value(pair.scenario->calendar_days - pair.baseline->calendar_days);
    } else {
      out.null();
    }
    out.end_object();
  }
  out.end_array();
}

void write_deadlines(JsonWriter& out, const ScheduledRun& baseline, const ScheduledRun& scenario) {
  out.begin_array();
  for (const auto& outcome : baseline.timeline.deadlines) {
    out.begin_object();
    out.field("deadline", outcome.deadline_id);
    out.field("limit", outcome.limit);
    out.field("basis", model::to_string(outcome.basis));
    out.key("baseline");
    write_deadline_outcome(out, baseline.timeline, outcome.deadline_id);
    out.key("scenario");
    write_deadline_outcome(out, scenario.timeline, outcome.deadline_id);
    out.end_object();
  }
  out.end_array();
}

// A timeline document embedded as is: it was written by render_timeline_json with the
// same indentation, so only its outer shape is checked, not re-parsed.
void write_timeline(JsonWriter& out, const std::string& document) {
  const auto first = document.find_first_not_of(" \n");
  const auto last = document.find_last_not_of(" \n");
  if (first == std::string::npos || document[first] != '{' || document[last] != '}') {
    throw Error(
        "a timeline document is not valid JSON: expected an object from "
        "render_timeline_json");
  }
  out.key("timeline");
  out.document(document);
}

}  // namespace

std::string render_comparison_json(const ScheduledRun& baseline,
                                   const std::vector<ScheduledRun>& scenarios,
                                   const std::vector<std::string>& timeline_documents) {
  if (!timeline_documents.empty() && timeline_documents.size() != scenarios.size() + 1) {
    throw Error("render_comparison_json needs one timeline document per run, baseline first");
  }
  const bool with_timelines = !timeline_documents.empty();
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
  if (with_timelines) write_timeline(out, timeline_documents[0]);
  out.end_object();
  out.key("comparisons");
  out.begin_array();
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    write_run_header(out, scenarios[i]);
    out.key("milestones");
    write_milestones(out, baseline, scenarios[i]);
    out.key("tasks");
    write_tasks(out, baseline, scenarios[i]);
    out.key("deadlines");
    write_deadlines(out, baseline, scenarios[i]);
    if (with_timelines) write_timeline(out, timeline_documents[i + 1]);
    out.end_object();
  }
  out.end_array();
  out.end_object();
  return out.take();
}

}  // namespace regsim::report
