#include "regsim/report/baseline_json.hpp"

#include "json_writer.hpp"
#include "regsim/version.hpp"

namespace regsim::report {

std::string render_baseline_json(const sim::Timeline& timeline) {
  detail::JsonWriter out(2);
  out.begin_object();
  out.field("schema", baseline_schema);
  out.field("version", baseline_schema_version);
  out.field("regsim", version_string);
  out.field("pathway", timeline.pathway_id);
  out.field("scenario", timeline.scenario_id);
  out.field("start", calendar::to_iso(timeline.start));
  out.field("finish", calendar::to_iso(timeline.finish));
  out.field("calendar_days", timeline.calendar_days);
  out.field("working_days", timeline.working_days);
  out.field("clock_days", timeline.clock_days);
  out.key("tasks");
  out.begin_array();
  for (const auto& task : timeline.tasks) {
    out.begin_object();
    out.field("id", task.task_id);
    out.field("start", calendar::to_iso(task.start));
    out.field("finish", calendar::to_iso(task.finish));
    out.field("calendar_days", task.calendar_days);
    out.field("clock_days", task.clock_days);
    out.field("skipped", task.skipped);
    out.end_object();
  }
  out.end_array();
  out.end_object();
  return out.take();
}

}  // namespace regsim::report
