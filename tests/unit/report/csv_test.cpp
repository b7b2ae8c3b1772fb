#include "regsim/report/csv.hpp"

#include <catch2/catch.hpp>

#include "unit/report/fixture.hpp"

using regsim::report::csv_field;

TEST_CASE("csv_field quotes per RFC 4180", "[report]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"yes\"") == "\"say \"\"yes\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field(" padded") == "\" padded\"");
  CHECK(csv_field("") == "");
}

TEST_CASE("render_csv: a header, then one CRLF row per task and scenario", "[report]") {
  regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  b.pathway.tasks[1].name = "Review, safety \"and\" efficacy";
  // The review is driving, held by the submission; gmp waited for the unit review released.
  b.timeline.tasks[1].driving = true;
  b.timeline.tasks[1].constraint.kind = regsim::sim::ConstraintKind::dependency;
  b.timeline.tasks[1].constraint.from_task = 0;
  b.timeline.tasks[2].constraint.kind = regsim::sim::ConstraintKind::pool;
  b.timeline.tasks[2].constraint.from_task = 1;
  const auto csv = regsim::report::render_csv(
      regsim::analysis::compare({b.pathway, b.timeline, ""}, {{r.pathway, r.timeline, ""}}));
  std::vector<std::string> rows;
  for (std::size_t from = 0; from < csv.size();) {
    const auto end = csv.find("\r\n", from);
    REQUIRE(end != std::string::npos);  // every row ends in CRLF
    rows.push_back(csv.substr(from, end - from));
    from = end + 2;
  }
  REQUIRE(rows.size() == 1 + 7 + 7);
  CHECK(rows[0] ==
        "pathway,scenario,application,task_id,task_name,kind,owner,clock,ready,start,finish,"
        "calendar_days,working_days,clock_days,resource_wait_days,sitting_wait_days,"
        "total_float_days,free_float_days,critical,skipped,rounds,driving,constraint,"
        "constraint_from");
  CHECK(rows[2] ==
        "example/review,baseline,0,review,\"Review, safety \"\"and\"\" efficacy\",task,"
        "agency,running,2026-03-02,2026-03-02,2026-06-10,100,0,100,0,0,0,0,true,false,1,true,"
        "dependency,submission");
  CHECK(rows[3] ==
        "example/review,baseline,0,gmp,GMP inspection,task,agency,running,2026-03-02,"
        "2026-03-16,2026-04-15,30,0,30,14,0,56,0,false,false,1,false,pool,review");
  CHECK(rows[4].find(",questions,") != std::string::npos);
  CHECK(rows[4].find(",clock-stop,agency,stopped,") != std::string::npos);
  CHECK(rows[9].rfind("example/review,reformed,0,review,", 0) == 0);
  CHECK(rows[9].find(",2026-05-11,70,") != std::string::npos);
}
