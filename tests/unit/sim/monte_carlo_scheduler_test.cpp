// Monte Carlo through the real scheduler: merge bias, an analytic mean, criticality and
// byte-identical results for any thread count.
#include <catch2/catch.hpp>
#include <cmath>

#include "pathway_builder.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/report/simulation_json.hpp"
#include "regsim/sim/monte_carlo.hpp"

namespace model = regsim::model;
namespace sim = regsim::sim;
namespace analysis = regsim::analysis;
using namespace regsim::test;

namespace {

model::Task uncertain(std::string id, model::Distribution distribution, double probability = 1) {
  model::Task task = make_task(std::move(id), days(0));
  task.duration.distribution = std::move(distribution);
  task.probability = probability;
  return task;
}

// `paths` identical parallel tasks between a start and a merge milestone, with a
// deadline of 20 calendar days from the start to the merge.
model::Pathway parallel_paths(int paths) {
  model::Pathway pathway = make_pathway();
  pathway.tasks.push_back(make_task("submission", days(0), model::TaskKind::milestone));
  pathway.tasks.push_back(make_task("merge", days(0), model::TaskKind::milestone));
  for (int i = 0; i < paths; ++i) {
    const std::string id = "path" + std::to_string(i);
    // Symmetric about 20 with no mass on 20 itself: on time (<= 20) with probability 1/2.
    pathway.tasks.push_back(uncertain(id, model::Empirical{{16, 18, 22, 24}, {}}));
    pathway.dependencies.push_back(make_dependency("submission", id));
    pathway.dependencies.push_back(make_dependency(id, "merge"));
  }
  model::Deadline deadline;
  deadline.id = "twenty_days";
  deadline.from = "submission";
  deadline.to = "merge";
  deadline.limit = 20;
  pathway.deadlines.push_back(deadline);
  return pathway;
}

analysis::SimulationSummary simulate(const model::Pathway& pathway, std::int64_t runs,
                                     int threads = 1, std::uint64_t seed = 2026) {
  const sim::Scheduler scheduler(pathway);
  sim::MonteCarloOptions options;
  options.runs = runs;
  options.seed = seed;
  options.threads = threads;
  return analysis::summarize(pathway, sim::run_monte_carlo(scheduler, options));
}

}  // namespace

TEST_CASE("merge bias: N parallel paths are all on time with probability 0.5^N",
          "[sim][monte_carlo]") {
  // 20,000 runs: the standard error is at most 0.0036; the margin is over 4 of them.
  for (int n = 1; n <= 4; ++n) {
    INFO("paths: " << n);
    const auto summary = simulate(parallel_paths(n), 20000, 2);
    REQUIRE(summary.deadlines.size() == 1);
    CHECK(summary.deadlines[0].probability == Approx(std::pow(0.5, n)).margin(0.015));
    // The merge is the latest of the paths: P(merge <= 22) = 0.75^N, 0.56 for two paths
    // (P50 = 22) and 0.42 for three (P50 = 24). One path sits on the 18/22 boundary.
    const auto& merge = summary.milestones[1];
    REQUIRE(merge.id == "merge");
    CHECK(merge.probability == 1);
    if (n >= 2) CHECK(merge.p50 == (n == 2 ? 22 : 24));
  }
}

TEST_CASE("the mean of a chain of triangulars is the sum of (a + b + c) / 3",
          "[sim][monte_carlo]") {
  model::Pathway pathway = make_pathway();
  pathway.tasks.push_back(uncertain("first", model::Triangular{10, 20, 40}));
  pathway.tasks.push_back(uncertain("second", model::Triangular{5, 10, 30}));
  pathway.tasks.push_back(uncertain("third", model::Triangular{0, 30, 60}));
  pathway.tasks.push_back(make_task("done", days(0), model::TaskKind::milestone));
  pathway.dependencies = {make_dependency("first", "second"), make_dependency("second", "third"),
                          make_dependency("third", "done")};
  const auto summary = simulate(pathway, 20000, 2);
  // 70/3 + 45/3 + 90/3; variances 700/18 + 525/18 + 2700/18 give an sd of 14.8 and a
  // standard error of 0.105: the margin is about 5 of them.
  CHECK(summary.end.mean_days == Approx(205.0 / 3).margin(0.5));
  CHECK(summary.milestones[0].mean_days == Approx(205.0 / 3).margin(0.5));
  CHECK(summary.end.sd_days == Approx(std::sqrt(3925.0 / 18)).margin(0.5));
  // Each task of a chain is always critical, and the widest one moves the end most.
  for (const auto& task : summary.tasks)
    CHECK(task.criticality == 1);
  CHECK(*summary.tasks[2].sensitivity > *summary.tasks[0].sensitivity);
  CHECK(*summary.tasks[0].sensitivity > *summary.tasks[1].sensitivity);
}

TEST_CASE("criticality of a dominant path, counting existence", "[sim][monte_carlo]") {
  model::Pathway pathway = make_pathway();
  pathway.tasks.push_back(make_task("submission", days(0), model::TaskKind::milestone));
  pathway.tasks.push_back(uncertain("long", model::Triangular{50, 55, 60}));
  pathway.tasks.push_back(uncertain("extra", model::Uniform{5, 10}, 0.3));
  pathway.tasks.push_back(uncertain("short", model::Triangular{10, 15, 20}));
  pathway.tasks.push_back(make_task("approval", days(0), model::TaskKind::milestone));
  pathway.dependencies = {make_dependency("submission", "long"), make_dependency("long", "extra"),
                          make_dependency("extra", "approval"),
                          make_dependency("submission", "short"),
                          make_dependency("short", "approval")};
  const auto summary = simulate(pathway, 10000, 2);
  REQUIRE(summary.tasks.size() == 5);
  CHECK(summary.tasks[1].criticality == 1);  // long always dominates
  CHECK(summary.tasks[3].criticality == 0);  // short never matters
  // extra is critical exactly when it happens: about 30% of the runs (SE 0.0046).
  CHECK(summary.tasks[2].criticality == Approx(0.3).margin(0.02));
  CHECK(summary.tasks[2].criticality == summary.tasks[2].happened);
  CHECK_FALSE(summary.tasks[3].sensitivity.value_or(0) > 0.1);
}

TEST_CASE("which sitting a decision makes: the planned one, the next or later",
          "[sim][monte_carlo][sittings]") {
  // prep takes 10, 20, 50 or 80 days, each with probability 1/4; the plan takes the lower
  // median, 20, so the committee's decision is ready on 01-25 (start 2026-01-05) and makes
  // the sitting of 01-30. The committee also sits on 01-16, 03-02 and 04-01:
  //   10 -> ready 01-15, decided 01-16: earlier than planned, counted as making it;
  //   20 -> ready 01-25, decided 01-30: the planned sitting;
  //   50 -> ready 02-24, decided 03-02: the next one;
  //   80 -> ready 03-26, decided 04-01: later.
  // So 1/2 make the planned sitting, 1/4 the next, 1/4 later.
  model::Pathway pathway = make_pathway();
  pathway.tasks.push_back(uncertain("prep", model::Empirical{{10, 20, 50, 80}, {}}));
  pathway.tasks.push_back(make_task("decide", days(0), model::TaskKind::decision));
  pathway.tasks.back().sittings = "cmte";
  pathway.sittings.emplace(
      "cmte",
      regsim::calendar::SittingCalendar(
          "cmte", {Date(2026, 1, 16), Date(2026, 1, 30), Date(2026, 3, 2), Date(2026, 4, 1)}, {}));
  pathway.dependencies.push_back(make_dependency("prep", "decide"));
  const auto summary = simulate(pathway, 20000, 2);
  REQUIRE(summary.sittings.size() == 1);  // prep waits for no sitting
  const auto& decide = summary.sittings[0];
  CHECK(decide.task_id == "decide");
  CHECK(decide.calendar == "cmte");
  CHECK(decide.planned == Date(2026, 1, 30));
  CHECK(decide.next == Date(2026, 3, 2));
  CHECK(decide.runs == 20000);
  // Binomial shares over 20,000 runs: the standard error is at most 0.0036 (p = 1/2) and
  // 0.0031 (p = 1/4); the margin of 0.015 is over 4 of them.
  CHECK(decide.made_planned == Approx(0.5).margin(0.015));
  CHECK(decide.made_next == Approx(0.25).margin(0.015));
  CHECK(decide.later == Approx(0.25).margin(0.015));
  CHECK(decide.made_planned + decide.made_next + decide.later == Approx(1.0));
  const std::string json = regsim::report::render_simulation_json(summary, -1);  // compact
  CHECK(json.find("\"sittings\":[{\"task\":\"decide\",\"calendar\":\"cmte\",\"planned\":"
                  "\"2026-01-30\",\"next_sitting\":\"2026-03-02\",\"runs\":20000,") !=
        std::string::npos);
}

TEST_CASE("a chain through a sitting: driving 100%, criticality without the sitting's wait",
          "[sim][monte_carlo][sittings]") {
  // submission -> prep (10, 20, 50 or 80 days) -> decide (sittings 01-16, 01-30, 03-02,
  // 04-01) -> notice (5 days): a pure chain, so every task, the start milestone too, is on
  // the driving path of the end in every run. Each run's float is the backward pass's,
  // which counts the wait for the sitting as float: the decision is ready 1, 5, 6 or 6 days
  // before its sitting, so it, prep and the submission could slip that much and are
  // critical in no run; notice, after the sitting, is critical in all. Only prep varies:
  // the others have no sensitivity ("-" in text, null in JSON).
  model::Pathway pathway = make_pathway();
  pathway.tasks.push_back(make_task("submission", days(0), model::TaskKind::milestone));
  pathway.tasks.push_back(uncertain("prep", model::Empirical{{10, 20, 50, 80}, {}}));
  pathway.tasks.push_back(make_task("decide", days(0), model::TaskKind::decision));
  pathway.tasks.back().sittings = "cmte";
  pathway.tasks.push_back(make_task("notice", days(5)));
  pathway.sittings.emplace(
      "cmte",
      regsim::calendar::SittingCalendar(
          "cmte", {Date(2026, 1, 16), Date(2026, 1, 30), Date(2026, 3, 2), Date(2026, 4, 1)}, {}));
  pathway.dependencies = {make_dependency("submission", "prep"), make_dependency("prep", "decide"),
                          make_dependency("decide", "notice")};
  const auto summary = simulate(pathway, 2000, 2);
  REQUIRE(summary.tasks.size() == 4);
  for (const auto& task : summary.tasks) {
    INFO(task.id);
    CHECK(task.driving == 1);
  }
  CHECK(summary.tasks[0].criticality == 0);
  CHECK(summary.tasks[1].criticality == 0);
  CHECK(summary.tasks[2].criticality == 0);
  CHECK(summary.tasks[3].criticality == 1);
  CHECK(summary.tasks[1].sensitivity.value_or(0) > 0.5);
  for (const std::size_t fixed : {0U, 2U, 3U})
    CHECK_FALSE(summary.tasks[fixed].sensitivity.has_value());
  const std::string json = regsim::report::render_simulation_json(summary, -1);
  CHECK(json.find("{\"id\":\"notice\",\"name\":\"notice\",\"happened\":1.0,\"driving\":1.0,"
                  "\"criticality\":1.0,\"mean_amount\":5.0,\"unit\":\"d\",\"sensitivity\":null}") !=
        std::string::npos);
  // The tornado ranks only the task that varies.
  const auto ranked = analysis::ranked_by_sensitivity(summary);
  REQUIRE(ranked.size() == 1);
  CHECK(ranked[0]->id == "prep");
}

TEST_CASE("sittings: shares count only the runs in which the decision happened",
          "[sim][monte_carlo][sittings]") {
  // A fixed 20 days before a decision that happens in about 60% of the runs: every run in
  // which it happens makes the planned sitting, whatever the share of runs skipping it.
  model::Pathway pathway = make_pathway();
  pathway.tasks.push_back(make_task("prep", days(20)));
  pathway.tasks.push_back(make_task("decide", days(0), model::TaskKind::decision));
  pathway.tasks.back().sittings = "cmte";
  pathway.tasks.back().probability = 0.6;
  pathway.sittings.emplace(
      "cmte", regsim::calendar::SittingCalendar("cmte", {Date(2026, 1, 30), Date(2026, 3, 2)}, {}));
  pathway.dependencies.push_back(make_dependency("prep", "decide"));
  const auto summary = simulate(pathway, 2000, 1);
  REQUIRE(summary.sittings.size() == 1);
  CHECK(summary.sittings[0].runs > 1000);
  CHECK(summary.sittings[0].runs < 1400);
  CHECK(summary.sittings[0].runs ==
        static_cast<std::int64_t>(std::lround(summary.tasks[1].happened * 2000)));
  CHECK(summary.sittings[0].made_planned == 1);
  CHECK(summary.sittings[0].made_next == 0);
}

TEST_CASE("simulation JSON is byte-identical for 1, 2 and 8 threads", "[sim][monte_carlo]") {
  model::Pathway pathway = parallel_paths(3);
  pathway.tasks.push_back(uncertain("questions", model::Pert{20, 30, 60, 4}, 0.7));
  pathway.tasks.back().rework = model::Rework{0.4, 2, "", {}};
  pathway.tasks.push_back(uncertain("approve", model::LogNormal{std::log(10.0), 0.5}));
  pathway.tasks.push_back(uncertain("refuse", model::Fixed{5}));
  pathway.dependencies.push_back(make_dependency("merge", "questions"));
  pathway.dependencies.push_back(make_dependency("questions", "approve"));
  pathway.dependencies.push_back(make_dependency("questions", "refuse"));
  pathway.branches.push_back({"outcome", {{"approve", 0.8}, {"refuse", 0.2}}, {}});
  // A committee sitting on the first Wednesday of each month decides after approval, so
  // the document has a sittings section whose shares vary from run to run.
  pathway.tasks.push_back(make_task("decide", days(0), model::TaskKind::decision));
  pathway.tasks.back().sittings = "cmte";
  pathway.sittings.emplace(
      "cmte", regsim::calendar::SittingCalendar("cmte", {}, {regsim::calendar::SittingRule{}}));
  pathway.dependencies.push_back(make_dependency("approve", "decide"));
  const std::string one = regsim::report::render_simulation_json(simulate(pathway, 2500, 1, 7));
  const std::string two = regsim::report::render_simulation_json(simulate(pathway, 2500, 2, 7));
  const std::string eight = regsim::report::render_simulation_json(simulate(pathway, 2500, 8, 7));
  CHECK(one.find("\"sittings\": [\n    {\n      \"task\": \"decide\"") != std::string::npos);
  CHECK(one == two);
  CHECK(one == eight);
  CHECK(one != regsim::report::render_simulation_json(simulate(pathway, 2500, 1, 8)));
}

namespace {

// A task with weeks of float (drawn first) beside review -> decision, and the replications
// of it with `review` as is or fixed at 60 days, with or without common random numbers.
struct ReviewFixed {
  sim::Samples before, after;
};
ReviewFixed review_fixed(bool common_random_numbers) {
  model::Pathway pathway = make_pathway();
  pathway.tasks.push_back(make_task("submission", days(0), model::TaskKind::milestone));
  pathway.tasks.push_back(uncertain("paperwork", model::Triangular{5, 10, 15}));
  pathway.tasks.push_back(uncertain("review", model::Triangular{30, 60, 90}));
  pathway.tasks.push_back(uncertain("decision", model::Triangular{10, 100, 190}));
  pathway.dependencies.push_back(make_dependency("submission", "paperwork"));
  pathway.dependencies.push_back(make_dependency("submission", "review"));
  pathway.dependencies.push_back(make_dependency("review", "decision"));
  sim::MonteCarloOptions options;
  options.runs = 400;
  options.seed = 5;
  options.common_random_numbers = common_random_numbers;
  ReviewFixed result;
  result.before = sim::run_monte_carlo(sim::Scheduler(pathway), options);
  pathway.tasks[2].duration.distribution = model::Fixed{60};  // draws no number
  result.after = sim::run_monte_carlo(sim::Scheduler(pathway), options);
  return result;
}

}  // namespace

TEST_CASE("common random numbers are the default: fixing one task moves each run by that task",
          "[sim][monte_carlo]") {
  CHECK(sim::MonteCarloOptions{}.common_random_numbers);
  const auto task_count = 4;
  const auto review = 2;  // column of `review` in task_amounts
  for (const bool common : {true, false}) {
    const ReviewFixed r = review_fixed(common);
    REQUIRE(r.before.task_ids[review] == "review");
    int exact = 0;
    double sum = 0, squares = 0;
    for (std::int64_t run = 0; run < r.before.runs; ++run) {
      const auto row = static_cast<std::size_t>(run);
      const int delta = r.after.end_days[row] - r.before.end_days[row];
      // The whole change of the run is the review's: 60 days instead of its draw.
      const int expected = 60 - r.before.task_amounts[row * task_count + review];
      exact += delta == expected ? 1 : 0;
      sum += delta;
      squares += static_cast<double>(delta) * delta;
    }
    const double n = static_cast<double>(r.before.runs);
    const double spread = std::sqrt(squares / n - (sum / n) * (sum / n));
    if (common) {
      // Every run: `decision` and `paperwork` read the same numbers in both.
      CHECK(exact == r.before.runs);
      // The delta's spread is the review's alone: sd of triangular(30, 60, 90) = sqrt(150).
      CHECK(spread < 14);
    } else {
      // One stream read in task order: the fixed review hands its number to `decision`,
      // so the runs are reshuffled and the deltas spread like the decision's own draws
      // (sd of triangular(10, 100, 190) = sqrt(1350), about 37) and more.
      CHECK(exact < r.before.runs / 4);
      CHECK(spread > 30);
    }
  }
}
