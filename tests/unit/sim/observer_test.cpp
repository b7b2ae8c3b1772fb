#include "regsim/sim/observer.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/sim/scheduler.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::calendar::Date;
using regsim::calendar::to_iso;
using namespace regsim::test;

namespace {

// Writes each call as one line, so a test compares the whole story at once.
class Recorder : public regsim::sim::Observer {
 public:
  std::vector<std::string> lines;
  void task_started(int application, std::string_view task, Date date) override {
    add(application, "start", task, to_iso(date));
  }
  void task_finished(int application, std::string_view task, Date date) override {
    add(application, "finish", task, to_iso(date));
  }
  void waited_for_resource(int application, std::string_view task, std::string_view pool,
                           Date ready, Date started) override {
    add(application, "wait-pool", task,
        std::string(pool) + " " + to_iso(ready) + " " + to_iso(started));
  }
  void waited_for_sitting(int application, std::string_view task, std::string_view sittings,
                          Date ready, Date sitting) override {
    add(application, "wait-sitting", task,
        std::string(sittings) + " " + to_iso(ready) + " " + to_iso(sitting));
  }
  void task_skipped(int application, std::string_view task, Date date) override {
    add(application, "skip", task, to_iso(date));
  }
  void rework_round(int application, std::string_view task, int round, Date date) override {
    add(application, "round", task, std::to_string(round) + " " + to_iso(date));
  }

 private:
  void add(int application, const char* what, std::string_view task, const std::string& rest) {
    lines.push_back(std::to_string(application) + " " + what + " " + std::string(task) + " " +
                    rest);
  }
};

}  // namespace

TEST_CASE("the observer hears starts, finishes, skips, sittings and rounds in order", "[sim]") {
  auto pathway = make_pathway();
  auto optional = make_task("optional", days(3));
  optional.probability = 0.1;
  auto answer = make_task("answer", days(2));
  answer.rework = regsim::model::Rework{0.9, 1, "", {}};
  auto decide = make_task("decide", days(1), regsim::model::TaskKind::decision);
  decide.sittings = "drec";
  pathway.sittings.emplace("drec",
                           regsim::calendar::SittingCalendar("drec", {Date(2026, 1, 14)}, {}));
  pathway.tasks = {make_task("review", days(4)), optional, answer, decide};
  pathway.dependencies = {make_dependency("review", "optional"),
                          make_dependency("optional", "answer"),
                          make_dependency("answer", "decide")};
  Recorder recorder;
  regsim::sim::RunOptions options;
  options.observer = &recorder;
  regsim::sim::schedule(pathway, options);
  // review 01-05..09; optional skipped on 01-09; answer 01-09..11 and again ..13;
  // decide 01-13, duration ends 01-14, the sitting is that day.
  const std::vector<std::string> expected = {
      "0 start review 2026-01-05",  "0 finish review 2026-01-09", "0 skip optional 2026-01-09",
      "0 start answer 2026-01-09",  "0 finish answer 2026-01-11", "0 round answer 2 2026-01-11",
      "0 start answer 2026-01-11",  "0 finish answer 2026-01-13", "0 start decide 2026-01-13",
      "0 finish decide 2026-01-14",
  };
  CHECK(recorder.lines == expected);

  SECTION("a sitting wait is reported with the day the decision was ready") {
    pathway.tasks[3].duration.distribution = regsim::model::Fixed{0};
    pathway.sittings["drec"] = regsim::calendar::SittingCalendar("drec", {Date(2026, 1, 20)}, {});
    Recorder waits;
    options.observer = &waits;
    regsim::sim::schedule(pathway, options);
    REQUIRE(waits.lines.size() == 11);
    CHECK(waits.lines[9] == "0 wait-sitting decide drec 2026-01-13 2026-01-20");
    CHECK(waits.lines[10] == "0 finish decide 2026-01-20");
  }
}
