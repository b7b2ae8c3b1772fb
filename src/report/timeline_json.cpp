#include "regsim/report/timeline_json.hpp"

#include "json_writer.hpp"
#include "regsim/version.hpp"
#include "timeline_document.hpp"

namespace regsim::report {
namespace {

using detail::JsonWriter;

// What set the task's dates: the kind, the task it came from (null for the start date),
// the dependency's type and lag, and for a pool unit released by another application its
// number (the driving path crosses there into that application's chain); the pool by id,
// and for a sitting its calendar and date.
void write_constraint(JsonWriter& out, const sim::Timeline& timeline, const sim::TaskTiming& task) {
  const sim::DrivingConstraint& constraint = task.constraint;
  out.begin_object();
  out.field("kind", sim::to_string(constraint.kind));
  out.key("from");
  if (constraint.from_task >= 0 && constraint.from_task < std::ssize(timeline.tasks)) {
    out.value(timeline.tasks[static_cast<std::size_t>(constraint.from_task)].task_id);
  } else {
    out.null();
  }
  if (constraint.from_application >= 0) out.field("application", constraint.from_application);
  if (constraint.has_dependency) {
    out.field("type", model::to_string(constraint.type));
    out.field("lag", calendar::to_string(constraint.lag));
  }
  if (!constraint.pool_id.empty()) out.field("pool", constraint.pool_id);
  if (!constraint.sitting_calendar.empty()) {
    out.key("sitting");
    out.begin_object();
    out.field("calendar", constraint.sitting_calendar);
    out.field("date", calendar::to_iso(task.finish));
    out.end_object();
  }
  out.end_object();
}

// The sitting a slip just past the float misses, and what one more day costs the end.
void write_cut_off(JsonWriter& out, const sim::SittingCutOff& cut_off) {
  out.begin_object();
  out.key("sitting");
  out.begin_object();
  out.field("calendar", cut_off.calendar);
  out.field("date", calendar::to_iso(cut_off.date));
  out.end_object();
  out.field("slack_days", cut_off.slack_days);
  out.field("cost_days", cut_off.cost_days);
  out.end_object();
}

// With a status: how far the task had got, its actual dates (null where there are none),
// and against the plan without the status its planned finish and the slip in days.
void write_tracking(JsonWriter& out, const sim::TaskTiming& task, const sim::TaskTiming* planned) {
  out.field("status", sim::to_string(task.progress));
  out.key("actual_start");
  if (task.progress != sim::Progress::planned) {
    out.value(calendar::to_iso(task.start));
  } else {
    out.null();
  }
  out.key("actual_finish");
  if (task.progress == sim::Progress::done) {
    out.value(calendar::to_iso(task.finish));
  } else {
    out.null();
  }
  if (!planned) return;
  out.key("variance");
  out.begin_object();
  out.field("planned_start", calendar::to_iso(planned->start));
  out.field("planned_finish", calendar::to_iso(planned->finish));
  out.field("forecast_finish", calendar::to_iso(task.finish));
  out.field("variance_days", calendar::days_between(planned->finish, task.finish));
  out.end_object();
}

void write_task(JsonWriter& out, const sim::Timeline& timeline, const sim::TaskTiming& task,
                const sim::TaskTiming* planned) {
  out.begin_object();
  out.field("id", task.task_id);
  out.field("ready", calendar::to_iso(task.ready));
  out.field("start", calendar::to_iso(task.start));
  out.field("finish", calendar::to_iso(task.finish));
  out.field("calendar_days", task.calendar_days);
  out.field("working_days", task.working_days);
  out.field("clock_days", task.clock_days);
  out.field("resource_wait_days", task.resource_wait_days);
  out.field("sitting_wait_days", task.sitting_wait_days);
  out.field("total_float_days", task.total_float_days);
  out.field("free_float_days", task.free_float_days);
  if (task.cut_off) {
    out.key("cut_off");
    write_cut_off(out, *task.cut_off);
  }
  out.field("critical", task.critical);
  out.field("skipped", task.skipped);
  out.field("rounds", task.rounds);
  if (!task.round_dates.empty()) {
    out.key("round_dates");
    out.begin_array();
    for (const auto& round : task.round_dates) {
      out.begin_object();
      out.field("start", calendar::to_iso(round.start));
      out.field("finish", calendar::to_iso(round.finish));
      out.end_object();
    }
    out.end_array();
  }
  out.field("driving", task.driving);
  out.key("constraint");
  write_constraint(out, timeline, task);
  if (timeline.as_of) write_tracking(out, task, planned);
  out.end_object();
}

void write_deadline(JsonWriter& out, const sim::DeadlineResult& deadline) {
  out.begin_object();
  out.field("id", deadline.deadline_id);
  out.field("basis", model::to_string(deadline.basis));
  out.field("limit", deadline.limit);
  out.field("used", deadline.used);
  out.field("margin", deadline.margin);
  out.field("met", deadline.met);
  out.field("due", calendar::to_iso(deadline.due));
  out.end_object();
}

void write_application(JsonWriter& out, const sim::Timeline& timeline,
                       const sim::Timeline* plan = nullptr) {
  out.begin_object();
  out.field("application", timeline.application);
  if (timeline.as_of) out.field("as_of", calendar::to_iso(*timeline.as_of));
  out.field("start", calendar::to_iso(timeline.start));
  out.field("finish", calendar::to_iso(timeline.finish));
  out.field("calendar_days", timeline.calendar_days);
  out.field("working_days", timeline.working_days);
  out.field("clock_days", timeline.clock_days);
  if (timeline.as_of && plan) {
    out.field("planned_finish", calendar::to_iso(plan->finish));
    out.field("variance_days", calendar::days_between(plan->finish, timeline.finish));
  }
  out.key("tasks");
  out.begin_array();
  for (std::size_t t = 0; t < timeline.tasks.size(); ++t) {
    const bool same =
        plan && t < plan->tasks.size() && plan->tasks[t].task_id == timeline.tasks[t].task_id;
    write_task(out, timeline, timeline.tasks[t], same ? &plan->tasks[t] : nullptr);
  }
  out.end_array();
  out.key("deadlines");
  out.begin_array();
  for (const auto& deadline : timeline.deadlines)
    write_deadline(out, deadline);
  out.end_array();
  out.end_object();
}

void write_pool(JsonWriter& out, const sim::PoolStatistics& pool) {
  out.begin_object();
  out.field("id", pool.pool_id);
  out.field("capacity", pool.capacity);
  out.field("requests", pool.requests);
  out.field("waited", pool.waited);
  out.field("mean_wait_days", pool.mean_wait_days);
  out.field("max_wait_days", pool.max_wait_days);
  out.field("utilisation", pool.utilisation);
  out.end_object();
}

// Opens the document and writes the fields every timeline document starts with.
void write_header(JsonWriter& out, const std::string& pathway, const std::string& scenario) {
  out.begin_object();
  out.field("schema", timeline_schema);
  out.field("version", 1);
  out.field("regsim", version_string);
  out.field("pathway", pathway);
  out.field("scenario", scenario);
}

}  // namespace

void detail::write_timeline_document(JsonWriter& out, const sim::Timeline& timeline,
                                     const sim::Timeline* plan) {
  write_header(out, timeline.pathway_id, timeline.scenario_id);
  out.key("applications");
  out.begin_array();
  write_application(out, timeline, plan);
  out.end_array();
  out.end_object();
}

std::string render_timeline_json(const sim::Timeline& timeline, int indent,
                                 const sim::Timeline* plan) {
  JsonWriter out(indent);
  detail::write_timeline_document(out, timeline, plan);
  return out.take();
}

std::string render_portfolio_json(const sim::PortfolioResult& portfolio, int indent) {
  const sim::Timeline empty;
  const auto& first = portfolio.applications.empty() ? empty : portfolio.applications.front();
  JsonWriter out(indent);
  write_header(out, first.pathway_id, first.scenario_id);
  out.key("applications");
  out.begin_array();
  for (const auto& timeline : portfolio.applications)
    write_application(out, timeline);
  out.end_array();
  if (!portfolio.classes.empty()) {
    // Per application, in the order of `applications`: its class.
    out.key("classes");
    out.begin_array();
    for (const auto& id : portfolio.classes)
      out.value(id);
    out.end_array();
  }
  out.key("pools");
  out.begin_array();
  for (const auto& pool : portfolio.pools)
    write_pool(out, pool);
  out.end_array();
  out.end_object();
  return out.take();
}

}  // namespace regsim::report
