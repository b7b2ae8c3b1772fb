#include "regsim/sim/portfolio.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

#include "arrival_days.hpp"
#include "days.hpp"
#include "engine.hpp"
#include "parallel_runs.hpp"
#include "portfolio_months.hpp"
#include "portfolio_parts.hpp"
#include "regsim/calendar/convention.hpp"
#include "regsim/error.hpp"

namespace regsim::sim {
namespace {

// Which class each application and instance belongs to (empty vectors: no classes).
struct Membership {
  std::vector<std::int32_t> instance;     // per instance of the compiled pathway
  std::vector<std::int32_t> application;  // per application of the run
  std::size_t classes = 0;
};

// Figures of one engine run; applications arriving before `counted_from` are left out.
// An application's finish is the last of its class's instances (all of them without classes);
// `finishes` receives it per application.
PortfolioRun summarise_run(const graph::CompiledPathway& compiled,
                           const std::vector<detail::PooledUse>& uses,
                           const detail::EngineResult& result, const Membership& membership,
                           std::int32_t counted_from, DayHistogram& lead_times,
                           std::vector<DayHistogram>& waits,
                           std::vector<DayHistogram>& class_lead_times,
                           std::vector<std::int32_t>& finishes) {
  PortfolioRun run;
  finishes.clear();
  run.pools.resize(result.pools.size());
  run.classes.resize(membership.classes);
  std::int32_t first = INT_MAX, last_arrival = INT_MIN, last_finish = INT_MIN;
  for (const std::int32_t arrival : result.arrivals) {
    first = std::min(first, arrival);
    last_arrival = std::max(last_arrival, arrival);
  }
  const std::int32_t window_start = std::max(first, counted_from);
  std::vector<std::int64_t> busy(result.pools.size(), 0);
  for (std::size_t a = 0; a < result.application_count(); ++a) {
    const auto record = result.application(a);
    const std::int32_t group = membership.classes > 0 ? membership.application[a] : -1;
    std::int32_t finish = record.arrival;
    for (std::size_t i = 0; i < compiled.instances.size(); ++i) {
      if (group >= 0 && membership.instance[i] != group) continue;
      finish = std::max(finish, record.finish[i]);
    }
    for (const detail::PooledUse& use : uses) {
      const auto i = static_cast<std::size_t>(use.instance);
      if ((group >= 0 && use.group != group) || record.skipped[i]) continue;
      const auto p = static_cast<std::size_t>(use.pool);
      busy[p] += static_cast<std::int64_t>(use.units) * (record.finish[i] - record.start[i]);
      if (record.arrival < counted_from) continue;
      const std::int32_t wait = record.start[i] - record.ready[i];
      ++run.pools[p].requests;
      run.pools[p].wait_sum += wait;
      if (wait > 0) ++run.pools[p].waited;
      waits[p].add(wait);
    }
    last_finish = std::max(last_finish, finish);
    finishes.push_back(finish);
    if (finish > last_arrival && record.arrival <= last_arrival) ++run.backlog;
    // Throughput is departures in the window, whenever they arrived: counting only the
    // applications that arrived in it left out those that arrived during the warm-up and
    // finished after it, and under-counted by about a lead time's worth of departures.
    if (finish >= window_start && finish <= last_arrival) ++run.finished_in_window;
    if (record.arrival < counted_from) continue;
    ++run.applications;
    run.lead_time_sum += finish - record.arrival;
    lead_times.add(finish - record.arrival);
    if (group >= 0) {
      auto& figures = run.classes[static_cast<std::size_t>(group)];
      ++figures.applications;
      figures.lead_time_sum += finish - record.arrival;
      class_lead_times[static_cast<std::size_t>(group)].add(finish - record.arrival);
    }
  }
  run.window_days = std::max(0, last_arrival - window_start);
  const std::int32_t span = std::max(1, last_finish - first);
  for (std::size_t p = 0; p < run.pools.size(); ++p) {
    run.pools[p].utilisation =
        static_cast<double>(busy[p]) /
        static_cast<double>(detail::capacity_unit_days(compiled, p, first, first + span));
  }
  return run;
}

// With classes: one uniform per application, in order, for its class; its priority is
// its class's.
void draw_classes(const model::Portfolio& portfolio, Engine& random, std::size_t applications,
                  std::vector<std::int32_t>& classes, std::vector<int>& priorities) {
  if (portfolio.classes.empty()) return;
  classes.resize(applications);
  priorities.resize(applications);
  for (std::size_t a = 0; a < applications; ++a) {
    classes[a] = class_of(portfolio, uniform(random));
    priorities[a] = portfolio.classes[static_cast<std::size_t>(classes[a])].priority;
  }
}

// Application `a` of class `group` does only its class's tasks.
void keep_class(const std::vector<std::int32_t>& task_class, std::int32_t group, DrawTable& draws,
                std::size_t a) {
  const std::size_t row = a * draws.tasks;
  for (std::size_t t = 0; t < task_class.size() && t < draws.tasks; ++t) {
    if (task_class[t] == group) continue;
    draws.exists[row + t] = 0;
    draws.extra_rounds[row + t] = 0;
  }
}

}  // namespace

void DayHistogram::merge(const DayHistogram& other) {
  if (other.counts.size() > counts.size()) counts.resize(other.counts.size(), 0);
  for (std::size_t d = 0; d < other.counts.size(); ++d)
    counts[d] += other.counts[d];
  total += other.total;
  sum += other.sum;
}

std::vector<std::int32_t> task_classes(const model::Pathway& pathway) {
  std::vector<std::int32_t> classes;
  if (!pathway.portfolio || pathway.portfolio->classes.empty()) return classes;
  const auto& groups = pathway.portfolio->classes;
  classes.assign(pathway.tasks.size(), -1);
  for (std::size_t t = 0; t < pathway.tasks.size(); ++t) {
    const std::string& id = pathway.tasks[t].id;
    for (std::size_t c = 0; c < groups.size(); ++c) {
      const std::string& prefix = groups[c].id;
      if (id.size() > prefix.size() && id.compare(0, prefix.size(), prefix) == 0 &&
          id[prefix.size()] == '.') {
        classes[t] = static_cast<std::int32_t>(c);
        break;
      }
    }
  }
  return classes;
}

std::int32_t class_of(const model::Portfolio& portfolio, double u) {
  double cumulative = 0;
  const auto last = std::ssize(portfolio.classes) - 1;
  for (std::ptrdiff_t c = 0; c < last; ++c) {
    cumulative += portfolio.classes[static_cast<std::size_t>(c)].share;
    if (u < cumulative) return static_cast<std::int32_t>(c);
  }
  return static_cast<std::int32_t>(std::max<std::ptrdiff_t>(last, 0));
}

std::vector<std::int32_t> planned_classes(const model::Portfolio& portfolio,
                                          std::size_t applications) {
  std::vector<std::int32_t> classes(applications, 0);
  std::vector<std::int64_t> given(portfolio.classes.size(), 0);
  for (std::size_t a = 0; a < applications; ++a) {
    std::size_t behind = 0;
    double deficit = -1e300;
    for (std::size_t c = 0; c < portfolio.classes.size(); ++c) {
      const double owed =
          portfolio.classes[c].share * static_cast<double>(a + 1) - static_cast<double>(given[c]);
      if (owed > deficit + 1e-9) {
        deficit = owed;
        behind = c;
      }
    }
    ++given[behind];
    classes[a] = static_cast<std::int32_t>(behind);
  }
  return classes;
}

namespace {

// What every replication of a portfolio run reads: the compiled pathway, its sampler, the
// class of each task and instance, the first day counted.
struct PortfolioPlan {
  const model::Pathway& pathway;
  const graph::CompiledPathway& compiled;
  const Sampler& sampler;
  Membership membership;
  std::vector<std::int32_t> task_class;
  std::vector<detail::PooledUse> uses;  // pool needs per instance, with their classes
  calendar::Date start;
  std::int32_t counted_from = 0;
};

// Each thread keeps its own histograms; integer counts merge to the same totals in any
// order, so the thread count cannot change the result. The rest is scratch it reuses.
struct Partial {
  detail::PortfolioTotals totals;
  DrawTable draws;
  Membership own;  // this thread's application classes
  std::vector<int> priorities;
  std::vector<std::int32_t> finishes;  // per application of the run
  std::optional<detail::MonthGrid> grid;
};

// The samples' description of the run, before any replication.
PortfolioSamples empty_samples(const PortfolioPlan& plan, const PortfolioOptions& options) {
  const model::Pathway& pathway = plan.pathway;
  PortfolioSamples samples;
  samples.pathway_id = pathway.id;
  samples.seed = options.seed;
  samples.warmup_days = options.warmup_days;
  for (std::size_t p = 0; p < pathway.resources.size(); ++p) {
    samples.pool_ids.push_back(pathway.resources[p].id);
    samples.capacities.push_back(plan.compiled.capacities[p]);
  }
  for (const auto& group : pathway.portfolio->classes)
    samples.class_ids.push_back(group.id);
  samples.class_lead_times.resize(plan.membership.classes);
  samples.runs.resize(static_cast<std::size_t>(options.runs));
  samples.waits.resize(pathway.resources.size());
  // The monthly series begins with the month of the first arrival (explicit dates may
  // come before the start date).
  samples.start = plan.start;
  for (const auto& date : pathway.portfolio->arrivals)
    samples.start = std::min(samples.start, date);
  return samples;
}

// Replication `r`: arrivals, classes and draws from its own stream, then the engine.
PortfolioRun replicate(const PortfolioPlan& plan, std::uint64_t seed, std::int64_t r,
                       Partial& partial) {
  const model::Portfolio& portfolio = *plan.pathway.portfolio;
  Engine random(replication_seed(seed, static_cast<std::uint64_t>(r)));
  const auto days = detail::portfolio_arrival_days(plan.pathway, portfolio, plan.start, &random);
  if (days.empty()) throw Error("the portfolio has no applications");
  Membership& own = partial.own;
  draw_classes(portfolio, random, days.size(), own.application, partial.priorities);
  auto& draws = partial.draws;
  draws.resize(days.size(), plan.compiled.tasks.size());
  for (std::size_t a = 0; a < days.size(); ++a) {
    plan.sampler.draw(random, draws, a);
    if (own.classes > 0) keep_class(plan.task_class, own.application[a], draws, a);
  }
  const auto result = detail::run_engine(
      plan.compiled, days, own.classes > 0 ? partial.priorities : portfolio.priorities, nullptr,
      nullptr, nullptr, &draws, nullptr, /*drivers=*/false);
  detail::PortfolioTotals& totals = partial.totals;
  totals.max_applications = std::max<std::int64_t>(totals.max_applications, std::ssize(days));
  PortfolioRun run =
      summarise_run(plan.compiled, plan.uses, result, own, plan.counted_from, totals.lead_times,
                    totals.waits, totals.class_lead_times, partial.finishes);
  detail::add_run_months(plan.uses, result, partial.finishes, own.application, *partial.grid,
                         totals.months);
  return run;
}

// Runs [block.begin, block.end) on this process's threads; the sums of its threads.
detail::PortfolioTotals run_block(const PortfolioPlan& plan, PortfolioSamples& samples,
                                  const PortfolioOptions& options, RunBlock block) {
  const auto threads = static_cast<int>(
      std::clamp<std::int64_t>(detail::resolve_threads(options.threads), 1,
                               std::max<std::int64_t>(1, block.end - block.begin)));
  std::vector<Partial> partials(static_cast<std::size_t>(threads));
  for (auto& partial : partials) {
    partial.totals.waits.resize(plan.pathway.resources.size());
    partial.totals.class_lead_times.resize(plan.membership.classes);
    partial.own = plan.membership;
    partial.grid.emplace(samples.start);
  }
  detail::run_in_parallel(
      block.begin, block.end, threads, 1, options.cancel, [&](int worker, std::int64_t r) {
        samples.runs[static_cast<std::size_t>(r)] =
            replicate(plan, options.seed, r, partials[static_cast<std::size_t>(worker)]);
      });
  if (options.cancel != nullptr && options.cancel->load()) throw Interrupted();
  detail::PortfolioTotals totals;
  for (const auto& partial : partials)
    totals.merge(partial.totals);
  return totals;
}

}  // namespace

PortfolioSamples run_portfolio_monte_carlo(const Scheduler& scheduler,
                                           const PortfolioOptions& options) {
  const model::Pathway& pathway = scheduler.pathway();
  const graph::CompiledPathway& compiled = scheduler.compiled();
  if (!pathway.portfolio) throw Error("pathway '" + pathway.id + "' has no portfolio section");
  if (options.runs < 1) throw Error("the number of runs must be at least 1");
  const auto start = options.start ? options.start : pathway.start;
  if (!start) {
    throw InputError(pathway.location(), "missing_start",
                     "the pathway has no start date; add `start: YYYY-MM-DD` or pass --start");
  }
  const Sampler sampler(compiled);
  PortfolioPlan plan{pathway,
                     compiled,
                     sampler,
                     {},
                     task_classes(pathway),
                     {},
                     *start,
                     detail::to_day(*start) + options.warmup_days};
  plan.membership.classes = pathway.portfolio->classes.size();
  if (plan.membership.classes > 0) {
    for (const auto& instance : compiled.instances)
      plan.membership.instance.push_back(plan.task_class[static_cast<std::size_t>(instance.task)]);
  }
  plan.uses = detail::pooled_uses(compiled, plan.membership.instance);
  PortfolioSamples samples = empty_samples(plan, options);

  detail::PortfolioTotals totals;
  const Processes* processes = options.processes;
  if (processes == nullptr || processes->count() <= 1) {
    totals = run_block(plan, samples, options, {0, options.runs});
  } else {
    // This process's block, then every process's runs and sums, merged in rank order.
    const auto parts = share_runs(
        *processes, 0, options.runs,
        [&](RunBlock block) { totals = run_block(plan, samples, options, block); },
        [&](RunBlock block) { return detail::pack_portfolio_part(samples.runs, block, totals); },
        options.gather);
    // No parts on a process other than 0 with Gather::first_process: it keeps its own.
    if (!parts.empty()) totals = {};
    for (int p = 0; p < std::ssize(parts); ++p) {
      detail::PortfolioTotals part;
      detail::unpack_portfolio_part(parts[static_cast<std::size_t>(p)],
                                    block_of(0, options.runs, p, processes->count()), samples.runs,
                                    part);
      totals.merge(part);
    }
  }
  samples.lead_times = std::move(totals.lead_times);
  for (std::size_t p = 0; p < totals.waits.size(); ++p)
    samples.waits[p].merge(totals.waits[p]);
  for (std::size_t c = 0; c < totals.class_lead_times.size(); ++c)
    samples.class_lead_times[c].merge(totals.class_lead_times[c]);
  samples.max_applications = totals.max_applications;
  samples.months = std::move(totals.months);
  detail::finish_months(samples.months);
  return samples;
}

}  // namespace regsim::sim
