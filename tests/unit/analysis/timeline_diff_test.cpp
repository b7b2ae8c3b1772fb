#include "regsim/analysis/timeline_diff.hpp"

#include <catch2/catch.hpp>

#include "unit/timeline_fixture.hpp"

using namespace regsim;
using analysis::TaskChange;
using calendar::Date;

TEST_CASE("diff_timelines reports shifts task by task", "[analysis][baseline]") {
  const auto before = test::review_timeline("baseline", 406);
  auto after = before;
  // review starts 2 days later and finishes 5 days later; approval moves 5 days later.
  after.tasks[1] = test::timing("review", Date(2026, 3, 4), Date(2026, 6, 15));
  after.tasks[3] = test::timing("approval", Date(2027, 4, 17), Date(2027, 4, 17));
  after.finish = Date(2027, 4, 17);

  const auto diff = analysis::diff_timelines(before, after, 3);
  CHECK(diff.end_shift == 5);
  CHECK(diff.end_regressed);
  REQUIRE(diff.tasks.size() == 3);  // the skipped task is absent on both sides
  CHECK(diff.tasks[0].change == TaskChange::unchanged);
  CHECK(diff.tasks[1].change == TaskChange::moved);
  CHECK(diff.tasks[1].start_shift == 2);
  CHECK(diff.tasks[1].finish_shift == 5);
  CHECK(diff.tasks[1].regression);
  CHECK(diff.tasks[2].finish_shift == 5);
  CHECK(diff.moved == 2);
  CHECK(diff.regressions == 3);  // review, approval and the end

  const auto tolerant = analysis::diff_timelines(before, after, 5);
  CHECK(tolerant.regressions == 0);
  CHECK_FALSE(tolerant.end_regressed);
}

TEST_CASE("finishing earlier is never a regression", "[analysis][baseline]") {
  const auto diff = analysis::diff_timelines(test::review_timeline("baseline", 406),
                                             test::review_timeline("reformed", 295));
  CHECK(diff.end_shift == -111);
  CHECK(diff.regressions == 0);
  CHECK(diff.tasks[2].finish_shift == -111);
}

TEST_CASE("diff_timelines lists added and removed tasks", "[analysis][baseline]") {
  const auto before = test::review_timeline("baseline", 406);
  auto after = before;
  after.tasks[2].skipped = false;              // questions now happen
  after.tasks.erase(after.tasks.begin() + 1);  // review removed
  const auto diff = analysis::diff_timelines(before, after);
  REQUIRE(diff.tasks.size() == 4);
  CHECK(diff.tasks[1].task_id == "questions");
  CHECK(diff.tasks[1].change == TaskChange::added);
  CHECK(diff.tasks[3].task_id == "review");
  CHECK(diff.tasks[3].change == TaskChange::removed);
  CHECK(diff.tasks[3].baseline_finish == Date(2026, 6, 10));
  CHECK(diff.added == 1);
  CHECK(diff.removed == 1);
  CHECK(diff.regressions == 0);
  CHECK(std::string(analysis::to_string(TaskChange::removed)) == "removed");
}
