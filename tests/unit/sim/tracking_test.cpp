// Re-forecasts from a status file, worked out by hand on tests/cases/status/data/track.yaml
// (its header gives the plan: review 01-05..02-04, questions ..02-24, review2 ..03-06,
// inspection 01-05..01-15, approval 03-06).
#include "regsim/sim/tracking.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "regsim/io/pathway_reader.hpp"
#include "regsim/io/status_reader.hpp"
#include "regsim/sim/scheduler.hpp"

using namespace regsim;
using calendar::Date;
using sim::ConstraintKind;
using sim::Progress;

namespace {

const std::filesystem::path folder =
    std::filesystem::path(REGSIM_TEST_DATA_DIR) / "cases" / "status" / "data";

struct Tracked {
  model::Pathway pathway;
  sim::Timeline plan;
  sim::Timeline forecast;
  const sim::TaskTiming& task(const char* id) const {
    const auto* found = forecast.find(id);
    REQUIRE(found);
    return *found;
  }
};

// Reads a status (YAML text, as if it lay beside track.yaml) and schedules with and without.
Tracked reforecast(const std::string& text) {
  const auto status = io::parse_status(text, (folder / "status.yaml").string());
  Tracked result;
  result.pathway = io::read_pathway(io::status_pathway_path(status));
  result.plan = sim::schedule(result.pathway);
  const auto tracking = sim::resolve_status(status, result.pathway);
  sim::RunOptions options;
  options.tracking = &tracking;
  result.forecast = sim::schedule(result.pathway, options);
  return result;
}

const char* const done_to_questions = R"(regsim: 1
status: track.yaml
as_of: AS_OF
actuals:
  - {task: submission, finish: 2026-01-05}
  - {task: review, start: 2026-01-06, finish: 2026-02-10}
  - {task: no_advice, finish: 2026-02-10}
  - {task: questions, start: 2026-02-10}
)";

std::string as_of(const char* date) {
  std::string text = done_to_questions;
  text.replace(text.find("AS_OF"), 5, date);
  return text;
}

}  // namespace

TEST_CASE("finished tasks keep their actual dates and work in progress continues",
          "[sim][tracking]") {
  const auto run = reforecast(as_of("2026-03-01"));
  CHECK(run.plan.finish == Date(2026, 3, 6));
  CHECK(run.forecast.as_of == Date(2026, 3, 1));
  CHECK(run.task("submission").start == Date(2026, 1, 5));
  CHECK(run.task("submission").progress == Progress::done);
  CHECK(run.task("review").start == Date(2026, 1, 6));
  CHECK(run.task("review").finish == Date(2026, 2, 10));
  CHECK(run.task("review").progress == Progress::done);
  CHECK(run.task("review").constraint.kind == ConstraintKind::actual);
  // 20 days from its actual start 02-10: 03-02, after the as-of date.
  CHECK(run.task("questions").start == Date(2026, 2, 10));
  CHECK(run.task("questions").finish == Date(2026, 3, 2));
  CHECK(run.task("questions").progress == Progress::in_progress);
  CHECK(run.task("review2").start == Date(2026, 3, 2));
  CHECK(run.task("review2").finish == Date(2026, 3, 12));
  CHECK(run.task("review2").progress == Progress::planned);
  // Not started by 03-01: it could start no earlier, though submission allowed 01-05.
  CHECK(run.task("inspection").start == Date(2026, 3, 1));
  CHECK(run.task("inspection").finish == Date(2026, 3, 11));
  CHECK(run.task("inspection").constraint.kind == ConstraintKind::status_date);
  CHECK(run.task("expert_advice").skipped);
  CHECK(run.task("approval").finish == Date(2026, 3, 12));
  CHECK(run.forecast.start == Date(2026, 1, 5));
  CHECK(run.forecast.finish == Date(2026, 3, 12));
  CHECK(run.forecast.calendar_days == 66);
  // The driving path runs back from approval through review2 to the questions in progress,
  // whose actual start ends it.
  CHECK(run.task("questions").driving);
  CHECK_FALSE(run.task("inspection").driving);
}

TEST_CASE("work in progress past its planned end finishes on the as-of date", "[sim][tracking]") {
  // questions planned to end 03-02; still open on 03-05: nothing left, it ends 03-05.
  const auto run = reforecast(as_of("2026-03-05"));
  CHECK(run.task("questions").finish == Date(2026, 3, 5));
  CHECK(run.task("review2").finish == Date(2026, 3, 15));
  CHECK(run.task("inspection").start == Date(2026, 3, 5));
  CHECK(run.forecast.finish == Date(2026, 3, 15));
}

TEST_CASE("nothing unstarted starts before the as-of date", "[sim][tracking]") {
  SECTION("an as-of date before the start changes no date") {
    const auto run = reforecast("regsim: 1\nstatus: track.yaml\nas_of: 2025-12-01\n");
    REQUIRE(run.forecast.tasks.size() == run.plan.tasks.size());
    for (std::size_t t = 0; t < run.plan.tasks.size(); ++t) {
      CHECK(run.forecast.tasks[t].start == run.plan.tasks[t].start);
      CHECK(run.forecast.tasks[t].finish == run.plan.tasks[t].finish);
    }
  }
  SECTION("with no actuals the whole plan moves to the as-of date") {
    // submission 06-01; review ..07-01; questions ..07-21; review2 ..07-31; inspection ..06-11.
    const auto run = reforecast("regsim: 1\nstatus: track.yaml\nas_of: 2026-06-01\n");
    CHECK(run.task("submission").start == Date(2026, 6, 1));
    CHECK(run.task("review").finish == Date(2026, 7, 1));
    CHECK(run.task("inspection").finish == Date(2026, 6, 11));
    CHECK(run.forecast.finish == Date(2026, 7, 31));
    for (const auto& task : run.forecast.tasks)
      CHECK(task.start >= Date(2026, 6, 1));
  }
}

TEST_CASE("the outcome a branch took is the one that happens", "[sim][tracking]") {
  // expert_advice (15d) from 02-10 would end 02-25; still open on 03-01, it ends 03-01.
  // questions from 02-10 end 03-02, so review2 starts 03-02.
  const auto run = reforecast(R"(regsim: 1
status: track.yaml
as_of: 2026-03-01
actuals:
  - {task: submission, finish: 2026-01-05}
  - {task: review, start: 2026-01-06, finish: 2026-02-10}
  - {task: expert_advice, start: 2026-02-10}
  - {task: questions, start: 2026-02-10}
)");
  CHECK(run.plan.find("expert_advice")->skipped);
  CHECK_FALSE(run.task("expert_advice").skipped);
  CHECK(run.task("expert_advice").finish == Date(2026, 3, 1));
  CHECK(run.task("no_advice").skipped);
  CHECK(run.task("review2").start == Date(2026, 3, 2));
}

TEST_CASE("a rework loop in progress continues from the round under way", "[sim][tracking]") {
  // review (30d) repeats with probability 0.6, at most twice: no repeat is the likeliest
  // (0.4 against 0.24 and 0.36), so the plan runs it once, 01-05 -> 02-04. The status says
  // round 2 is under way as of 03-01: round 1 ran 01-05 -> 02-04, round 2 from 02-04 for
  // 30 days ends 03-06, after the as-of date; approval follows on 03-06.
  const auto pathway = io::read_pathway_from_string(R"(regsim: 1
id: test/rework
title: Rework
start: 2026-01-05
tasks:
  - {id: submission, kind: milestone}
  - id: review
    duration: 30d
    rework: {probability: 0.6, max_rounds: 2}
  - {id: approval, kind: milestone}
dependencies:
  - submission -> review
  - review -> approval
)",
                                                    "rework.yaml");
  const auto status = io::parse_status(R"(regsim: 1
status: rework.yaml
as_of: 2026-03-01
actuals:
  - {task: submission, finish: 2026-01-05}
  - {task: review, start: 2026-01-05, rounds: 2}
)",
                                       "status.yaml");
  CHECK(sim::schedule(pathway).find("review")->rounds == 1);
  const auto tracking = sim::resolve_status(status, pathway);
  sim::RunOptions options;
  options.tracking = &tracking;
  const auto forecast = sim::schedule(pathway, options);
  const auto& review = *forecast.find("review");
  CHECK(review.rounds == 2);
  CHECK(review.progress == Progress::in_progress);
  REQUIRE(review.round_dates.size() == 2);
  CHECK(review.round_dates[0].start == Date(2026, 1, 5));
  CHECK(review.round_dates[0].finish == Date(2026, 2, 4));
  CHECK(review.round_dates[1].start == Date(2026, 2, 4));
  CHECK(review.round_dates[1].finish == Date(2026, 3, 6));
  CHECK(forecast.finish == Date(2026, 3, 6));
}
