#include "regsim/sim/scheduler.hpp"

#include <algorithm>

#include "accounting.hpp"
#include "days.hpp"
#include "engine.hpp"
#include "regsim/error.hpp"

namespace regsim::sim {
namespace {

Timeline run_once(const detail::CompiledPathway& compiled, const RunOptions& options) {
  const model::Pathway& pathway = *compiled.pathway;
  const auto start = options.start ? options.start : pathway.start;
  if (!start) {
    throw InputError(pathway.location(), "missing_start",
                     "the pathway has no start date; add `start: YYYY-MM-DD` or pass --start");
  }
  // Work done before the start date still happened: the application arrives with it.
  std::int32_t arrival = detail::to_day(*start);
  if (const Tracking* tracking = options.tracking) {
    if (tracking->start.size() != pathway.tasks.size()) {
      throw Error("the status was resolved against another pathway (resolve_status)");
    }
    for (std::size_t t = 0; t < pathway.tasks.size(); ++t) {
      for (const auto& date : {tracking->start[t], tracking->finish[t]}) {
        if (date) arrival = std::min(arrival, detail::to_day(*date));
      }
    }
  }
  const auto result = detail::run_engine(compiled, {arrival}, {}, options.draws, options.observer,
                                         options.tracking);
  const detail::FloatMeasure measure{arrival, options.tracking};
  return detail::build_timeline(compiled, result, 0, options.measure_float ? &measure : nullptr);
}

}  // namespace

struct Scheduler::Impl {
  model::Pathway pathway;
  detail::CompiledPathway compiled;
};

Scheduler::Scheduler(const model::Pathway& pathway) : Scheduler(model::Pathway(pathway)) {}

Scheduler::Scheduler(model::Pathway&& pathway) : impl_(std::make_unique<Impl>()) {
  impl_->pathway = std::move(pathway);
  // Compiled against its own pathway so that the scheduler does not depend on the caller's.
  impl_->compiled = graph::compile(impl_->pathway);
}

Scheduler::~Scheduler() = default;
Scheduler::Scheduler(Scheduler&&) noexcept = default;
Scheduler& Scheduler::operator=(Scheduler&&) noexcept = default;

const model::Pathway& Scheduler::pathway() const {
  return impl_->pathway;
}

const graph::CompiledPathway& Scheduler::compiled() const {
  return impl_->compiled;
}

Timeline Scheduler::run(const RunOptions& options) const {
  return run_once(impl_->compiled, options);
}

PortfolioResult Scheduler::run_portfolio(const std::vector<calendar::Date>& arrivals,
                                         const std::vector<int>& priorities,
                                         Observer* observer) const {
  const auto applications = static_cast<std::int64_t>(arrivals.size());
  if (applications > max_portfolio_applications(impl_->pathway)) {
    throw Error(portfolio_limit_message(impl_->pathway, applications));
  }
  std::vector<std::int32_t> days;
  days.reserve(arrivals.size());
  for (const auto& date : arrivals)
    days.push_back(detail::to_day(date));
  const auto result = detail::run_engine(impl_->compiled, days, priorities, nullptr, observer);
  PortfolioResult portfolio;
  for (std::size_t a = 0; a < arrivals.size(); ++a) {
    portfolio.applications.push_back(detail::build_timeline(impl_->compiled, result, a));
  }
  portfolio.pools = detail::build_pool_statistics(impl_->compiled, result);
  return portfolio;
}

std::int64_t max_portfolio_applications(const model::Pathway& pathway) {
  return max_portfolio_tasks / std::max<std::int64_t>(1, std::ssize(pathway.tasks));
}

std::string portfolio_limit_message(const model::Pathway& pathway, std::int64_t applications) {
  return "a portfolio of " + std::to_string(applications) + " applications of this " +
         std::to_string(pathway.tasks.size()) + "-task pathway would schedule more than " +
         std::to_string(max_portfolio_tasks) + " tasks, the limit; at most " +
         std::to_string(max_portfolio_applications(pathway)) + " applications fit";
}

Timeline schedule(const model::Pathway& pathway, const RunOptions& options) {
  // Compiled against the caller's pathway, which outlives this call: a Scheduler would
  // copy it first, a megabyte for a 2,000-task pathway.
  return run_once(graph::compile(pathway), options);
}

}  // namespace regsim::sim
