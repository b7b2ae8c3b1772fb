// Runs shared between processes (regsim/sim/processes.hpp) without MPI: K "processes" are
// threads that meet in an in-memory all_gather, and each must end with exactly what one
// process computes alone. (The MPI ranks themselves are tested by tests/cli/mpi_checks.sh.)
#include <algorithm>
#include <barrier>
#include <catch2/catch.hpp>
#include <span>
#include <thread>

#include "regsim/analysis/portfolio_summary.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/report/portfolio_summary.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/portfolio.hpp"

namespace sim = regsim::sim;

namespace {

// The meeting point of `count` threads standing for processes.
struct World {
  explicit World(int n) : count(n), sync(n), bytes(n), failures(n) {}
  int count;
  std::barrier<> sync;
  std::vector<std::string> bytes;
  std::vector<std::exception_ptr> failures;
};

class ThreadProcess final : public sim::Processes {
 public:
  ThreadProcess(World& world, int rank) : world_(world), rank_(rank) {}
  int rank() const override { return rank_; }
  int count() const override { return world_.count; }
  std::vector<std::string> all_gather(std::string bytes,
                                      std::exception_ptr failure) const override {
    world_.bytes[rank_] = std::move(bytes);
    world_.failures[rank_] = failure;
    world_.sync.arrive_and_wait();
    std::vector<std::string> parts = world_.bytes;
    int failed = -1;
    for (int r = 0; r < world_.count && failed < 0; ++r)
      if (world_.failures[r]) failed = r;
    world_.sync.arrive_and_wait();  // all have read before anyone writes again
    if (failed == rank_) std::rethrow_exception(failure);
    if (failed >= 0) throw regsim::Error("rank " + std::to_string(failed) + " failed");
    return parts;
  }

 private:
  World& world_;
  int rank_;
};

// Calls `run(processes)` on `count` threads, one per process; the result of each.
template <class Run>
auto on_processes(int count, Run run) {
  World world(count);
  std::vector<decltype(run(std::declval<const sim::Processes*>()))> results(count);
  {
    std::vector<std::jthread> threads;
    for (int r = 0; r < count; ++r) {
      threads.emplace_back([&, r] {
        const ThreadProcess process(world, r);
        results[r] = run(&process);
      });
    }
  }
  return results;
}

regsim::model::Pathway bundled(const std::string& name) {
  return regsim::io::read_pathway(std::string(REGSIM_WORKFLOWS_DIR) + "/" + name + ".yaml");
}

}  // namespace

TEST_CASE("block_of: contiguous blocks in rank order, the first ones longer", "[sim][processes]") {
  using sim::block_of;
  CHECK(block_of(0, 10, 0, 3) == sim::RunBlock{0, 4});
  CHECK(block_of(0, 10, 1, 3) == sim::RunBlock{4, 7});
  CHECK(block_of(0, 10, 2, 3) == sim::RunBlock{7, 10});
  CHECK(block_of(1000, 1002, 2, 3) == sim::RunBlock{1002, 1002});  // fewer runs than ranks
  CHECK(block_of(5, 9, 0, 1) == sim::RunBlock{5, 9});
}

TEST_CASE("Packer and Unpacker: values and vectors, in order", "[sim][processes]") {
  sim::Packer out;
  out.put<std::int32_t>(-7);
  out.put_vector(std::vector<double>{0.1, 2.5});
  out.put_string("ab");
  const std::string bytes = out.take();
  sim::Unpacker in(bytes);
  CHECK(in.get<std::int32_t>() == -7);
  CHECK(in.get_vector<double>() == std::vector<double>{0.1, 2.5});
  CHECK(in.get_string() == "ab");
  CHECK(in.done());
  CHECK_THROWS_AS(in.get<char>(), regsim::Error);
}

TEST_CASE("Monte Carlo over 1 to 4 processes: every process has every row of one process",
          "[sim][processes]") {
  const sim::Scheduler scheduler(bundled("kr/biosimilar"));
  sim::MonteCarloOptions options;
  options.runs = 1100;  // two checkpoints, the second one short
  options.seed = 5;
  options.threads = 2;
  const sim::Samples alone = sim::run_monte_carlo(scheduler, options);
  for (int count = 1; count <= 4; ++count) {
    const auto shared = on_processes(count, [&](const sim::Processes* processes) {
      sim::MonteCarloOptions mine = options;
      mine.processes = processes;
      return sim::run_monte_carlo(scheduler, mine);
    });
    for (const auto& samples : shared) {
      CHECK(samples.end_days == alone.end_days);
      CHECK(samples.milestone_days == alone.milestone_days);
      CHECK(samples.task_amounts == alone.task_amounts);
      CHECK(samples.critical == alone.critical);
      CHECK(samples.sitting_made == alone.sitting_made);
    }
  }
}

TEST_CASE("Monte Carlo gathered at process 0: it has every row; a stop rule gives them to all",
          "[sim][processes]") {
  const sim::Scheduler scheduler(bundled("kr/biosimilar"));
  sim::MonteCarloOptions options;
  options.runs = 2100;
  options.seed = 9;
  options.threads = 1;
  options.gather = sim::Gather::first_process;
  const sim::Samples alone = sim::run_monte_carlo(scheduler, options);
  const auto shared = on_processes(3, [&](const sim::Processes* processes) {
    sim::MonteCarloOptions mine = options;
    mine.processes = processes;
    return sim::run_monte_carlo(scheduler, mine);
  });
  CHECK(shared[0].end_days == alone.end_days);
  CHECK(shared[0].task_amounts == alone.task_amounts);
  CHECK(shared[0].sitting_made == alone.sitting_made);
  // The others hold their own block (process 2: runs 1400..2099) and zeros elsewhere.
  REQUIRE(shared[2].end_days.size() == alone.end_days.size());
  CHECK(std::equal(alone.end_days.begin() + 1400, alone.end_days.end(),
                   shared[2].end_days.begin() + 1400));
  CHECK(shared[2].end_days[0] == 0);
  CHECK(shared[1].end_days != alone.end_days);

  // A stop rule that never stops but reads every row at each checkpoint: all see them all.
  std::vector<std::vector<int>> seen(3);
  on_processes(3, [&](const sim::Processes* processes) {
    sim::MonteCarloOptions mine = options;
    mine.processes = processes;
    mine.stop = [&seen, rank = processes->rank()](std::span<const int> days) {
      seen[static_cast<std::size_t>(rank)].assign(days.begin(), days.end());
      return false;
    };
    return sim::run_monte_carlo(scheduler, mine).end_days;
  });
  for (const auto& days : seen)  // the last checkpoint asked: 2000 runs
    CHECK(days == std::vector<int>(alone.end_days.begin(), alone.end_days.begin() + 2000));
}

TEST_CASE("Monte Carlo over processes: one failing block fails every process", "[sim][processes]") {
  const sim::Scheduler scheduler(bundled("kr/biosimilar"));
  const auto outcomes = on_processes(3, [&](const sim::Processes* processes) -> std::string {
    sim::MonteCarloOptions options;
    options.runs = 300;
    options.processes = processes;
    // Only process 1 starts where its runs leave the years 1400..9999: the plan (406 days)
    // still fits, runs longer than about 416 days (a third or so) do not.
    if (processes->rank() == 1) options.start = regsim::calendar::Date(9998, 11, 10);
    try {
      sim::run_monte_carlo(scheduler, options);
      return "ok";
    } catch (const regsim::InputError& e) {
      return e.diagnostics().front().id;
    } catch (const regsim::Error& e) {
      return e.what();
    }
  });
  CHECK(outcomes ==
        std::vector<std::string>{"rank 1 failed", "date_out_of_range", "rank 1 failed"});
}

TEST_CASE("portfolio Monte Carlo over processes: the same summary as one process",
          "[sim][processes]") {
  const sim::Scheduler scheduler(
      regsim::io::read_pathway(std::string(REGSIM_TEST_DATA_DIR) + "/queueing/mmc.yaml"));
  sim::PortfolioOptions options;
  options.runs = 5;
  options.threads = 1;
  const auto json = [](const sim::PortfolioSamples& samples) {
    return regsim::report::render_portfolio_summary_json(regsim::analysis::summarize(samples));
  };
  const sim::PortfolioSamples alone_samples = sim::run_portfolio_monte_carlo(scheduler, options);
  const std::string alone = json(alone_samples);
  for (int count : {2, 3, 7}) {  // 7: more processes than runs
    const auto shared = on_processes(count, [&](const sim::Processes* processes) {
      sim::PortfolioOptions mine = options;
      mine.processes = processes;
      return json(sim::run_portfolio_monte_carlo(scheduler, mine));
    });
    for (const auto& text : shared)
      CHECK(text == alone);
    // Gathered at process 0: it alone has every run (the others, their own block).
    const auto at_first = on_processes(count, [&](const sim::Processes* processes) {
      sim::PortfolioOptions mine = options;
      mine.processes = processes;
      mine.gather = sim::Gather::first_process;
      return sim::run_portfolio_monte_carlo(scheduler, mine);
    });
    CHECK(json(at_first[0]) == alone);
    const auto own = sim::block_of(0, options.runs, 1, count);
    REQUIRE(at_first[1].runs.size() == alone_samples.runs.size());
    CHECK(at_first[1].runs[own.begin] == alone_samples.runs[own.begin]);
    CHECK(at_first[1].runs[0].pools.empty());  // run 0 is process 0's: not received
  }
}
