// Hand-built pathways and timelines for the report tests (no reader, no scheduler).
#pragma once

#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::test {

inline calendar::Date day(const char* iso) {
  return *calendar::parse_date(iso);
}

inline model::Task make_task(std::string id, std::string name, model::TaskKind kind,
                             bool clock_runs) {
  model::Task task;
  task.id = std::move(id);
  task.name = std::move(name);
  task.kind = kind;
  task.clock_runs = clock_runs;
  return task;
}

inline sim::TaskTiming make_timing(std::string id, const char* start, const char* finish,
                                   bool critical) {
  sim::TaskTiming timing;
  timing.task_id = std::move(id);
  timing.ready = day(start);
  timing.start = day(start);
  timing.finish = day(finish);
  timing.calendar_days = calendar::days_between(timing.start, timing.finish);
  timing.critical = critical;
  return timing;
}

/// A review with one question round, dated by hand (2026-03-02 is a Monday):
///   submission ◆ 03-02; review 03-02..06-10 (100 d, clock runs, critical);
///   GMP inspection ready 03-02, queued 14 d for inspectors, 03-16..04-15 (30 d);
///   questions 06-10..08-09 (60 d, clock stopped, critical); pre-meeting skipped;
///   committee ready 08-11, 7 d of work then 15 d waiting for the sitting of Wed
///   09-02 (22 d); approval ◆ 09-02. Elapsed 184 days, 122 with the clock running
///   (03-02..06-10 and 08-11..09-02: not in the question round nor the 2-day lag).
///   Deadline: 120 clock days from submission to approval, due 06-30, missed by 2.
struct ReviewFixture {
  model::Pathway pathway;
  sim::Timeline timeline;

  ReviewFixture() {
    using model::TaskKind;
    pathway.id = "example/review";
    pathway.title = "A review with one question round";
    pathway.tasks = {
        make_task("submission", "Submission", TaskKind::milestone, false),
        make_task("review", "Safety and efficacy review", TaskKind::task, true),
        make_task("gmp", "GMP inspection", TaskKind::task, true),
        make_task("questions", "Supplement response to the list of questions", TaskKind::clock_stop,
                  false),
        make_task("pre_meeting", "Pre-decision meeting", TaskKind::task, true),
        make_task("committee", "Committee decision", TaskKind::decision, true),
        make_task("approval", "Approval", TaskKind::milestone, true),
    };
    model::Deadline statutory;
    statutory.id = "statutory";
    statutory.name = "Statutory review period";
    statutory.from = "submission";
    statutory.to = "approval";
    statutory.limit = 120;
    statutory.basis = model::ClockBasis::clock_days;
    pathway.deadlines = {statutory};

    timeline.pathway_id = "example/review";
    timeline.scenario_id = "baseline";
    timeline.start = day("2026-03-02");
    timeline.finish = day("2026-09-02");
    timeline.calendar_days = 184;
    timeline.clock_days = 122;
    timeline.clock.runs = {{day("2026-03-02"), day("2026-06-10"), 0},
                           {day("2026-08-11"), day("2026-09-02"), 100}};
    auto submission = make_timing("submission", "2026-03-02", "2026-03-02", true);
    auto review = make_timing("review", "2026-03-02", "2026-06-10", true);
    review.clock_days = 100;
    auto gmp = make_timing("gmp", "2026-03-16", "2026-04-15", false);
    gmp.ready = day("2026-03-02");
    gmp.resource_wait_days = 14;
    gmp.clock_days = 30;
    gmp.total_float_days = 56;
    auto questions = make_timing("questions", "2026-06-10", "2026-08-09", true);
    auto pre_meeting = make_timing("pre_meeting", "2026-08-09", "2026-08-09", false);
    pre_meeting.skipped = true;
    pre_meeting.calendar_days = 0;
    auto committee = make_timing("committee", "2026-08-11", "2026-09-02", true);
    committee.sitting_wait_days = 15;
    committee.clock_days = 22;
    auto approval = make_timing("approval", "2026-09-02", "2026-09-02", true);
    timeline.tasks = {submission, review, gmp, questions, pre_meeting, committee, approval};
    sim::DeadlineResult result;
    result.deadline_id = "statutory";
    result.limit = 120;
    result.used = 122;
    result.margin = -2;
    result.met = false;
    result.due = day("2026-06-30");
    result.basis = model::ClockBasis::clock_days;
    timeline.deadlines = {result};
  }
};

/// The same review reformed: review 70 d (03-02..05-11); GMP inspection removed; a
/// parallel evaluation added (03-02..04-01, 30 d, not critical); questions 30 d
/// (05-11..06-10); committee ready 06-12, 7 d of work then 12 d waiting for the sitting
/// of Wed 07-01; approval 07-01. Elapsed 121 days, 89 with the clock running (not in
/// the questions, nor the 2-day lag); the deadline (due 06-30) is met with 31 to spare.
struct ReformedFixture {
  model::Pathway pathway;
  sim::Timeline timeline;

  ReformedFixture() {
    ReviewFixture base;
    pathway = base.pathway;
    pathway.scenario = "reformed";
    pathway.tasks.erase(pathway.tasks.begin() + 2);  // gmp
    pathway.tasks.insert(
        pathway.tasks.begin() + 2,
        make_task("parallel_eval", "Parallel evaluation", model::TaskKind::task, true));
    timeline = base.timeline;
    timeline.scenario_id = "reformed";
    timeline.finish = day("2026-07-01");
    timeline.calendar_days = 121;
    timeline.clock_days = 89;
    timeline.clock.runs = {{day("2026-03-02"), day("2026-05-11"), 0},
                           {day("2026-06-12"), day("2026-07-01"), 70}};
    auto review = make_timing("review", "2026-03-02", "2026-05-11", true);
    review.clock_days = 70;
    auto parallel = make_timing("parallel_eval", "2026-03-02", "2026-04-01", false);
    parallel.clock_days = 30;
    auto questions = make_timing("questions", "2026-05-11", "2026-06-10", true);
    auto pre_meeting = make_timing("pre_meeting", "2026-06-10", "2026-06-10", false);
    pre_meeting.skipped = true;
    auto committee = make_timing("committee", "2026-06-12", "2026-07-01", true);
    committee.sitting_wait_days = 12;
    committee.clock_days = 19;
    auto approval = make_timing("approval", "2026-07-01", "2026-07-01", true);
    timeline.tasks = {
        base.timeline.tasks[0], review, parallel, questions, pre_meeting, committee, approval};
    timeline.deadlines[0].used = 89;
    timeline.deadlines[0].margin = 31;
    timeline.deadlines[0].met = true;
  }
};

}  // namespace regsim::test
