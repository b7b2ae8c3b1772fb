#include "regsim/report/simulation_json.hpp"

#include <cmath>

#include "json_writer.hpp"
#include "regsim/version.hpp"
#include "simulation_document.hpp"

namespace regsim::report {
namespace {

using detail::JsonWriter;

// The document's number forms (json_writer.hpp): shares to six decimals, days to three.
using detail::json_days;
using detail::json_fraction;

std::string date_after(calendar::Date start, int offset) {
  return calendar::to_iso(start + boost::gregorian::days(offset));
}

void write_percentiles(JsonWriter& out, const analysis::MilestoneSummary& m, calendar::Date start) {
  out.begin_object();
  const std::pair<const char*, int> points[] = {
      {"p10", m.p10}, {"p50", m.p50}, {"p80", m.p80}, {"p90", m.p90}};
  for (const auto& [key, value] : points) {
    out.key(key);
    out.begin_object();
    out.field("days", value);
    out.field("date", date_after(start, value));
    out.end_object();
  }
  out.end_object();
}

void write_milestone(JsonWriter& out, const analysis::MilestoneSummary& m, calendar::Date start) {
  out.begin_object();
  out.field("id", m.id);
  out.field("name", m.name);
  out.field("reached", m.reached);
  out.field("probability", json_fraction(m.probability));
  if (m.reached == 0) {
    // No run reached it: every statistic would be made up.
    for (const char* key : {"mean_days", "sd_days", "min_days", "max_days"}) {
      out.key(key);
      out.null();
    }
    out.key("percentiles");
    out.begin_object();
    out.end_object();
  } else {
    out.field("mean_days", json_days(m.mean_days));
    out.field("sd_days", json_days(m.sd_days));
    out.field("min_days", m.min_days);
    out.field("max_days", m.max_days);
    out.key("percentiles");
    write_percentiles(out, m, start);
  }
  out.key("histogram");
  out.begin_array();
  for (const auto& bin : m.histogram) {
    out.begin_object();
    out.field("from_days", bin.from_days);
    out.field("to_days", bin.to_days);
    out.field("count", bin.count);
    out.end_object();
  }
  out.end_array();
  out.key("s_curve");
  out.begin_array();
  for (const auto& point : m.s_curve) {
    out.begin_object();
    out.field("days", point.days);
    out.field("date", date_after(start, point.days));
    out.field("probability", json_fraction(point.probability));
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

void write_deadline(JsonWriter& out, const analysis::DeadlineSummary& d) {
  out.begin_object();
  out.field("id", d.id);
  out.field("name", d.name);
  out.field("limit", d.limit);
  out.field("basis", model::to_string(d.basis));
  out.field("met", d.met);
  out.field("probability", json_fraction(d.probability));
  out.end_object();
}

void write_task(JsonWriter& out, const analysis::TaskSummary& t) {
  out.begin_object();
  out.field("id", t.id);
  out.field("name", t.name);
  out.field("happened", json_fraction(t.happened));
  out.field("driving", json_fraction(t.driving));
  out.field("criticality", json_fraction(t.criticality));
  out.field("mean_amount", json_days(t.mean_amount));
  out.field("unit", calendar::unit_suffix(t.unit));
  out.key("sensitivity");
  if (t.sensitivity) {
    out.value(json_fraction(*t.sensitivity));
  } else {
    out.null();
  }
  out.end_object();
}

// Which sitting a task that waits for one made: shares of the runs in which it happened.
void write_sitting(JsonWriter& out, const analysis::SittingSummary& s) {
  out.begin_object();
  out.field("task", s.task_id);
  out.field("calendar", s.calendar);
  out.field("planned", calendar::to_iso(s.planned));
  out.key("next_sitting");
  if (s.next) {
    out.value(calendar::to_iso(*s.next));
  } else {
    out.null();
  }
  out.field("runs", s.runs);
  out.field("made_planned", json_fraction(s.made_planned));
  out.field("next", json_fraction(s.made_next));
  out.field("later", json_fraction(s.later));
  out.end_object();
}

}  // namespace

void detail::write_simulation_document(JsonWriter& out,
                                       const analysis::SimulationSummary& summary) {
  out.begin_object();
  out.field("schema", simulation_schema);
  out.field("version", 1);
  out.field("regsim", version_string);
  out.field("pathway", summary.pathway_id);
  out.field("title", summary.title);
  out.field("scenario", summary.scenario_id);
  out.field("seed", summary.seed);
  out.field("requested_runs", summary.requested_runs);
  out.field("runs", summary.runs);
  out.field("stopped_early", summary.stopped_early);
  out.field("start", calendar::to_iso(summary.start));
  out.field("percentile_method", "nearest-rank");
  out.key("end");
  write_milestone(out, summary.end, summary.start);
  out.key("milestones");
  out.begin_array();
  for (const auto& m : summary.milestones)
    write_milestone(out, m, summary.start);
  out.end_array();
  out.key("deadlines");
  out.begin_array();
  for (const auto& d : summary.deadlines)
    write_deadline(out, d);
  out.end_array();
  out.key("tasks");
  out.begin_array();
  for (const auto& t : summary.tasks)
    write_task(out, t);
  out.end_array();
  out.key("sittings");
  out.begin_array();
  for (const auto& s : summary.sittings)
    write_sitting(out, s);
  out.end_array();
  out.end_object();
}

std::string render_simulation_json(const analysis::SimulationSummary& summary, int indent) {
  JsonWriter out(indent);
  detail::write_simulation_document(out, summary);
  return out.take();
}

}  // namespace regsim::report
