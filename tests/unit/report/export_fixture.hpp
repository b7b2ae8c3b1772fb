// A hand-scheduled five-step review shared by the export and picture tests.
#pragma once

#include "regsim/report/exports.hpp"

namespace regsim_test {

using regsim::calendar::Date;
using regsim::calendar::Duration;
using regsim::calendar::DurationUnit;
namespace model = regsim::model;
namespace sim = regsim::sim;

inline model::Task make_task(std::string id, std::string name, std::string owner,
                             model::TaskKind kind) {
  model::Task task;
  task.id = std::move(id);
  task.name = std::move(name);
  task.owner = std::move(owner);
  task.kind = kind;
  return task;
}

inline sim::TaskTiming timing(std::string id, Date start, Date finish, bool critical) {
  sim::TaskTiming result;
  result.task_id = std::move(id);
  result.ready = start;
  result.start = start;
  result.finish = finish;
  result.calendar_days = static_cast<int>((finish - start).days());
  result.critical = critical;
  return result;
}

// A five-step review, hand-scheduled: submission Mon 2026-03-02; review 60d to 05-01;
// questions (clock stop) 30d from 05-01 to 05-31; after a 2-day lag the committee
// decides at its sitting on Wed 2026-06-10 (ready 06-02 + 5d = 06-07); approval is tied
// to the decision by a finish-to-finish link, which TaskJuggler cannot express. The
// agency clock runs 60 days in the review and 8 at the committee: 68 clock days.
struct Fixture {
  model::Pathway pathway;
  sim::Timeline timeline;
  Fixture() {
    pathway.id = "example/review";
    pathway.title = "Review; with \"quotes\", commas";
    pathway.file = "example.yaml";
    pathway.calendar = "test";
    pathway.calendars.emplace(
        "test", regsim::calendar::Calendar("test", {{Date(2026, 5, 5), "Children's Day"}}));
    pathway.tasks = {
        make_task("submission", "Submission", "applicant", model::TaskKind::milestone),
        make_task("review", "Scientific review: quality & safety", "agency", model::TaskKind::task),
        make_task("questions", "Answer questions", "applicant", model::TaskKind::clock_stop),
        make_task("drec.decision", "Committee decision", "committee", model::TaskKind::decision),
        make_task("approval", "Approval", "agency", model::TaskKind::milestone)};
    // A pathway the scheduler could have run (the exports read its compiled graph).
    pathway.tasks[3].sittings = "drec";
    pathway.sittings.emplace(
        "drec", regsim::calendar::SittingCalendar("drec", {Date(2026, 6, 10)}, {}));
    pathway.dependencies = {
        {"submission", "review", model::DependencyType::finish_to_start, {}, {}},
        {"review", "questions", model::DependencyType::finish_to_start, {}, {}},
        {"questions",
         "drec.decision",
         model::DependencyType::finish_to_start,
         Duration{2, DurationUnit::calendar_days},
         {}},
        {"drec.decision",
         "approval",
         model::DependencyType::finish_to_finish,
         Duration{0, DurationUnit::calendar_days},
         {}}};
    model::Deadline deadline;
    deadline.id = "statutory";
    deadline.name = "Statutory limit";
    deadline.from = "submission";
    deadline.to = "approval";
    deadline.limit = 90;
    deadline.basis = model::ClockBasis::clock_days;
    pathway.deadlines = {deadline};

    timeline.pathway_id = pathway.id;
    timeline.scenario_id = "baseline";
    timeline.start = Date(2026, 3, 2);
    timeline.finish = Date(2026, 6, 10);
    timeline.calendar_days = 100;
    timeline.clock_days = 68;
    timeline.clock.runs = {{Date(2026, 3, 2), Date(2026, 5, 1), 0},
                           {Date(2026, 6, 2), Date(2026, 6, 10), 60}};
    timeline.tasks = {timing("submission", Date(2026, 3, 2), Date(2026, 3, 2), true),
                      timing("review", Date(2026, 3, 2), Date(2026, 5, 1), true),
                      timing("questions", Date(2026, 5, 1), Date(2026, 5, 31), true),
                      timing("drec.decision", Date(2026, 6, 2), Date(2026, 6, 10), true),
                      timing("approval", Date(2026, 6, 10), Date(2026, 6, 10), true)};
    timeline.tasks[3].sitting_wait_days = 3;
    sim::DeadlineResult result;
    result.deadline_id = "statutory";
    result.limit = 90;
    result.used = 70;
    result.margin = 20;
    result.met = true;
    result.due = Date(2026, 5, 31);
    result.basis = model::ClockBasis::clock_days;
    timeline.deadlines = {result};
  }
  regsim::analysis::ScheduledScenario scheduled() const { return {pathway, timeline, ""}; }
};

}  // namespace regsim_test
