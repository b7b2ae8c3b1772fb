#include "regsim/sim/portfolio.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

#include "days.hpp"
#include "engine.hpp"
#include "regsim/calendar/convention.hpp"
#include "regsim/error.hpp"

namespace regsim::sim {
namespace {

const calendar::Calendar& default_calendar_of(const model::Pathway& pathway) {
  static const calendar::Calendar weekdays;
  const auto found = pathway.calendars.find(pathway.calendar);
  return found == pathway.calendars.end() ? weekdays : found->second;
}

double interval_days(const calendar::Duration& interval) {
  return interval.unit == calendar::DurationUnit::weeks ? 7.0 * interval.amount
                                                        : static_cast<double>(interval.amount);
}

// Figures of one engine run; applications arriving before `counted_from` are left out.
PortfolioRun summarise_run(const graph::CompiledPathway& compiled,
                           const detail::EngineResult& result, std::int32_t counted_from,
                           DayHistogram& lead_times, std::vector<DayHistogram>& waits) {
  PortfolioRun run;
  run.pools.resize(result.pools.size());
  std::int32_t first = INT_MAX, last_arrival = INT_MIN, last_finish = INT_MIN;
  for (const auto& record : result.applications) {
    first = std::min(first, record.arrival);
    last_arrival = std::max(last_arrival, record.arrival);
  }
  std::vector<std::int64_t> busy(result.pools.size(), 0);
  for (const auto& record : result.applications) {
    std::int32_t finish = record.arrival;
    for (std::size_t i = 0; i < compiled.instances.size(); ++i) {
      finish = std::max(finish, record.finish[i]);
      if (record.skipped[i]) continue;
      const auto& task = compiled.tasks[static_cast<std::size_t>(compiled.instances[i].task)];
      for (auto k = task.needs_begin; k < task.needs_end; ++k) {
        const auto& need = compiled.needs[static_cast<std::size_t>(k)];
        const auto p = static_cast<std::size_t>(need.pool);
        busy[p] += static_cast<std::int64_t>(need.units) * (record.finish[i] - record.start[i]);
        if (record.arrival < counted_from) continue;
        const std::int32_t wait = record.start[i] - record.ready[i];
        ++run.pools[p].requests;
        run.pools[p].wait_sum += wait;
        if (wait > 0) ++run.pools[p].waited;
        waits[p].add(wait);
      }
    }
    last_finish = std::max(last_finish, finish);
    if (finish > last_arrival && record.arrival <= last_arrival) ++run.backlog;
    if (record.arrival < counted_from) continue;
    ++run.applications;
    run.lead_time_sum += finish - record.arrival;
    lead_times.add(finish - record.arrival);
    if (finish <= last_arrival) ++run.finished_in_window;
  }
  run.window_days = std::max(0, last_arrival - std::max(first, counted_from));
  const std::int64_t span = std::max(1, last_finish - first);
  for (std::size_t p = 0; p < run.pools.size(); ++p) {
    run.pools[p].utilisation =
        static_cast<double>(busy[p]) /
        (static_cast<double>(compiled.capacities[p]) * static_cast<double>(span));
  }
  return run;
}

}  // namespace

void DayHistogram::add(std::int32_t days) {
  const auto d = static_cast<std::size_t>(std::max(days, 0));
  if (d >= counts.size()) counts.resize(d + 1, 0);
  ++counts[d];
  ++total;
  sum += std::max(days, 0);
}

void DayHistogram::merge(const DayHistogram& other) {
  if (other.counts.size() > counts.size()) counts.resize(other.counts.size(), 0);
  for (std::size_t d = 0; d < other.counts.size(); ++d)
    counts[d] += other.counts[d];
  total += other.total;
  sum += other.sum;
}

std::vector<calendar::Date> portfolio_arrivals(const model::Pathway& pathway,
                                               const model::Portfolio& portfolio,
                                               calendar::Date start, Engine* random) {
  const std::int64_t limit = max_portfolio_applications(pathway);
  const auto check = [&](std::int64_t n) {
    if (n > limit) throw Error(portfolio_limit_message(pathway, n));
  };
  if (!portfolio.arrivals.empty()) {
    check(std::ssize(portfolio.arrivals));
    return portfolio.arrivals;
  }
  std::vector<calendar::Date> arrivals;
  const auto more = [&](const calendar::Date& next) {
    if (portfolio.count > 0 && std::ssize(arrivals) >= portfolio.count) return false;
    if (portfolio.until && next > *portfolio.until) return false;
    if (portfolio.count == 0 && !portfolio.until) return false;
    check(std::ssize(arrivals) + 1);
    return true;
  };
  if (portfolio.poisson && random != nullptr) {
    const double mean = interval_days(portfolio.interval);
    const std::int32_t origin = detail::to_day(start);
    double t = 0;
    for (;;) {
      t += exponential_quantile(mean, uniform(*random));
      // Past the supported years: stop, the `until` or count cannot be reached anyway.
      if (t > 3'000'000.0) break;
      const calendar::Date next =
          detail::to_date(origin + static_cast<std::int32_t>(std::floor(t)));
      if (!more(next)) break;
      arrivals.push_back(next);
    }
    return arrivals;
  }
  const auto& calendar = default_calendar_of(pathway);
  for (int k = 0;; ++k) {
    const calendar::Duration offset{portfolio.interval.amount * k, portfolio.interval.unit};
    const calendar::Date next =
        calendar::add_duration(start, offset, calendar, calendar::Convention::plain);
    if (!more(next)) break;
    arrivals.push_back(next);
  }
  return arrivals;
}

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
  PortfolioSamples samples;
  samples.pathway_id = pathway.id;
  samples.seed = options.seed;
  samples.warmup_days = options.warmup_days;
  for (std::size_t p = 0; p < pathway.resources.size(); ++p) {
    samples.pool_ids.push_back(pathway.resources[p].id);
    samples.capacities.push_back(compiled.capacities[p]);
  }
  const auto runs = static_cast<std::size_t>(options.runs);
  samples.runs.resize(runs);
  samples.waits.resize(pathway.resources.size());
  const Sampler sampler(compiled);
  const std::int32_t counted_from = detail::to_day(*start) + options.warmup_days;

  // Each thread keeps its own histograms; integer counts merge to the same totals in any
  // order, so the thread count cannot change the result.
  struct Partial {
    DayHistogram lead_times;
    std::vector<DayHistogram> waits;
    std::int64_t max_applications = 0;
  };
  int threads = options.threads;
  if (threads <= 0) threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  threads = static_cast<int>(std::min<std::int64_t>(threads, options.runs));
  std::vector<Partial> partials(static_cast<std::size_t>(threads));
  std::atomic<std::int64_t> next{0};
  std::mutex failure_mutex;
  std::int64_t failed_run = options.runs;
  std::exception_ptr failure;
  const auto work = [&](Partial& partial) {
    partial.waits.resize(pathway.resources.size());
    std::vector<Draws> draws;
    for (;;) {
      const std::int64_t r = next.fetch_add(1);
      if (r >= options.runs) return;
      if (options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed)) return;
      try {
        Engine random(replication_seed(options.seed, static_cast<std::uint64_t>(r)));
        const auto dates = portfolio_arrivals(pathway, *pathway.portfolio, *start, &random);
        if (dates.empty()) throw Error("the portfolio has no applications");
        std::vector<std::int32_t> days;
        days.reserve(dates.size());
        for (const auto& date : dates)
          days.push_back(detail::to_day(date));
        draws.resize(dates.size());
        for (auto& application : draws)
          sampler.draw(random, application);
        const auto result = detail::run_engine(compiled, days, pathway.portfolio->priorities,
                                               nullptr, nullptr, nullptr, &draws);
        samples.runs[static_cast<std::size_t>(r)] =
            summarise_run(compiled, result, counted_from, partial.lead_times, partial.waits);
        partial.max_applications =
            std::max<std::int64_t>(partial.max_applications, std::ssize(dates));
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (r < failed_run) {
          failed_run = r;
          failure = std::current_exception();
        }
        return;
      }
    }
  };
  if (threads <= 1) {
    work(partials.front());
  } else {
    std::vector<std::jthread> workers;
    for (auto& partial : partials)
      workers.emplace_back([&work, &partial] { work(partial); });
  }
  if (failure) std::rethrow_exception(failure);
  if (options.cancel != nullptr && options.cancel->load()) throw Interrupted();
  for (const auto& partial : partials) {
    samples.lead_times.merge(partial.lead_times);
    for (std::size_t p = 0; p < partial.waits.size(); ++p)
      samples.waits[p].merge(partial.waits[p]);
    samples.max_applications = std::max(samples.max_applications, partial.max_applications);
  }
  return samples;
}

}  // namespace regsim::sim
