#include "regsim/report/timeline_diff_text.hpp"

#include <catch2/catch.hpp>

#include "unit/timeline_fixture.hpp"

using namespace regsim;
using calendar::Date;

namespace {

// A saved timeline (no pathway) against a new one, as `regsim baseline diff` compares them.
analysis::Comparison compare_timelines(const sim::Timeline& saved, const sim::Timeline& current,
                                       int tolerance) {
  return analysis::compare({{}, saved, ""}, {{{}, current, ""}},
                           analysis::CompareOptions{tolerance});
}

}  // namespace

TEST_CASE("a baseline diff lists what moved and the regressions", "[report][baseline]") {
  const auto before = test::review_timeline("baseline", 406);
  auto after = before;
  after.tasks[1] = test::timing("review", Date(2026, 3, 4), Date(2026, 6, 15));
  after.tasks[2].skipped = false;  // questions now happen, 2026-03-02 to 2026-03-02
  after.tasks[3] = test::timing("approval", Date(2027, 4, 17), Date(2027, 4, 17));
  after.finish = Date(2027, 4, 17);
  CHECK(report::render_timeline_diff(compare_timelines(before, after, 3)) ==
        "kr/biosimilar [baseline] against the baseline kr/biosimilar [baseline]\n"
        "end: 2027-04-12 -> 2027-04-17 (+5 days)  REGRESSION\n"
        "task       start       shift  finish      shift\n"
        "review     2026-03-04     +2  2026-06-15     +5  REGRESSION\n"
        "questions  2026-03-02    new  2026-03-02    new\n"
        "approval   2027-04-17     +5  2027-04-17     +5  REGRESSION\n"
        "2 tasks moved, 1 added, 0 removed, 1 unchanged; 3 regressions (later finish) beyond "
        "3 days\n");
}

TEST_CASE("an unchanged timeline prints no table", "[report][baseline]") {
  const auto same = test::review_timeline("reformed", 295);
  CHECK(report::render_timeline_diff(compare_timelines(same, same, 1)) ==
        "kr/biosimilar [reformed] against the baseline kr/biosimilar [reformed]\n"
        "end: 2026-12-22 -> 2026-12-22 (0 days)\n"
        "0 tasks moved, 0 added, 0 removed, 3 unchanged; no regression beyond 1 day\n");
}

TEST_CASE("a baseline diff lists the current timeline's tasks, then the removed ones",
          "[report][baseline]") {
  const auto before = test::review_timeline("baseline", 406);
  auto after = before;
  after.tasks[2].skipped = false;              // questions now happen
  after.tasks.erase(after.tasks.begin() + 1);  // review removed
  CHECK(report::render_timeline_diff(compare_timelines(before, after, 0)) ==
        "kr/biosimilar [baseline] against the baseline kr/biosimilar [baseline]\n"
        "end: 2027-04-12 -> 2027-04-12 (0 days)\n"
        "task       start       shift  finish      shift\n"
        "questions  2026-03-02    new  2026-03-02    new\n"
        "review     removed (was 2026-03-02 to 2026-06-10)\n"
        "0 tasks moved, 1 added, 1 removed, 2 unchanged; no regression beyond 0 days\n");
}
