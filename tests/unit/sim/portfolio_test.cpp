#include <catch2/catch.hpp>

#include "regsim/sim/scheduler.hpp"
#include "unit/sim/pathway_builder.hpp"

using regsim::calendar::Date;
using regsim::model::QueueDiscipline;
using namespace regsim::test;

namespace {

// intake (milestone) -> review (10 calendar days, one reviewer of a pool of `capacity`).
regsim::model::Pathway review_pathway(QueueDiscipline discipline, int capacity = 1) {
  auto pathway = make_pathway();
  auto review = make_task("review", days(10));
  review.needs = {{"reviewers", 1}};
  pathway.tasks = {make_task("intake", days(0), regsim::model::TaskKind::milestone), review};
  pathway.dependencies = {make_dependency("intake", "review")};
  pathway.resources = {{"reviewers", "Reviewers", capacity, discipline, {}, {}, {}}};
  return pathway;
}

class PoolWaits : public regsim::sim::Observer {
 public:
  std::vector<std::pair<int, Date>> waits;
  void waited_for_resource(int application, std::string_view, std::string_view, Date,
                           Date started) override {
    waits.emplace_back(application, started);
  }
};

}  // namespace

TEST_CASE("one reviewer, three applications on one day: first come, first served", "[sim]") {
  const regsim::sim::Scheduler scheduler(review_pathway(QueueDiscipline::fifo));
  PoolWaits observer;
  const auto result =
      scheduler.run_portfolio(std::vector<Date>(3, Date(2026, 1, 5)), {}, &observer);
  REQUIRE(result.applications.size() == 3);
  const Date starts[] = {Date(2026, 1, 5), Date(2026, 1, 15), Date(2026, 1, 25)};
  const int waits[] = {0, 10, 20};
  for (int a = 0; a < 3; ++a) {
    const auto* review = result.applications[static_cast<std::size_t>(a)].find("review");
    CHECK(result.applications[static_cast<std::size_t>(a)].application == a);
    CHECK(review->ready == Date(2026, 1, 5));
    CHECK(review->start == starts[a]);
    CHECK(review->finish == starts[a] + boost::gregorian::days(10));
    CHECK(review->resource_wait_days == waits[a]);
  }
  REQUIRE(result.pools.size() == 1);
  const auto& pool = result.pools[0];
  CHECK(pool.pool_id == "reviewers");
  CHECK(pool.capacity == 1);
  CHECK(pool.requests == 3);
  CHECK(pool.waited == 2);
  CHECK(pool.mean_wait_days == Approx(10.0));
  CHECK(pool.max_wait_days == 20);
  CHECK(pool.utilisation == Approx(1.0));  // busy 30 unit-days over 01-05..02-04
  const std::vector<std::pair<int, Date>> expected = {{1, Date(2026, 1, 15)},
                                                      {2, Date(2026, 1, 25)}};
  CHECK(observer.waits == expected);
}

TEST_CASE("a single application alone never waits", "[sim]") {
  const regsim::sim::Scheduler scheduler(review_pathway(QueueDiscipline::fifo));
  CHECK(scheduler.run().find("review")->resource_wait_days == 0);
}

TEST_CASE("two reviewers serve two applications at once", "[sim]") {
  const regsim::sim::Scheduler scheduler(review_pathway(QueueDiscipline::fifo, 2));
  const auto result = scheduler.run_portfolio(std::vector<Date>(3, Date(2026, 1, 5)));
  CHECK(result.applications[0].find("review")->start == Date(2026, 1, 5));
  CHECK(result.applications[1].find("review")->start == Date(2026, 1, 5));
  CHECK(result.applications[2].find("review")->start == Date(2026, 1, 15));
  // 30 busy unit-days over 2 units x 20 days.
  CHECK(result.pools[0].utilisation == Approx(0.75));
}

TEST_CASE("a priority pool serves higher-priority applications first", "[sim]") {
  const std::vector<Date> arrivals = {Date(2026, 1, 5), Date(2026, 1, 6), Date(2026, 1, 7)};
  const std::vector<int> priorities = {0, 1, 5};
  SECTION("priority") {
    const regsim::sim::Scheduler scheduler(review_pathway(QueueDiscipline::priority));
    const auto result = scheduler.run_portfolio(arrivals, priorities);
    CHECK(result.applications[0].find("review")->start == Date(2026, 1, 5));
    CHECK(result.applications[2].find("review")->start == Date(2026, 1, 15));
    CHECK(result.applications[2].find("review")->resource_wait_days == 8);
    CHECK(result.applications[1].find("review")->start == Date(2026, 1, 25));
    CHECK(result.applications[1].find("review")->resource_wait_days == 19);
  }
  SECTION("the same arrivals in a FIFO pool") {
    const regsim::sim::Scheduler scheduler(review_pathway(QueueDiscipline::fifo));
    const auto result = scheduler.run_portfolio(arrivals, priorities);
    CHECK(result.applications[1].find("review")->start == Date(2026, 1, 15));
    CHECK(result.applications[2].find("review")->start == Date(2026, 1, 25));
  }
}

TEST_CASE("a portfolio over 5,000,000 task schedules is refused before it runs", "[sim]") {
  // Two tasks: 2,500,000 applications fit, one more does not.
  const regsim::sim::Scheduler scheduler(review_pathway(QueueDiscipline::fifo));
  CHECK(regsim::sim::max_portfolio_applications(scheduler.pathway()) == 2500000);
  const std::vector<Date> arrivals(2500001, Date(2026, 1, 5));
  CHECK_THROWS_WITH(scheduler.run_portfolio(arrivals),
                    "a portfolio of 2500001 applications of this 2-task pathway would schedule "
                    "more than 5000000 tasks, the limit; at most 2500000 applications fit");
}
