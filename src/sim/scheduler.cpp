#include "regsim/sim/scheduler.hpp"

#include <algorithm>

#include "accounting.hpp"
#include "days.hpp"
#include "engine.hpp"
#include "regsim/error.hpp"
#include "regsim/sim/portfolio.hpp"

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
  const auto& section = impl_->pathway.portfolio;
  if (section && !section->classes.empty()) return run_classes(arrivals.size(), days, observer);
  const auto result = detail::run_engine(impl_->compiled, days, priorities, nullptr, observer);
  PortfolioResult portfolio;
  for (std::size_t a = 0; a < arrivals.size(); ++a) {
    portfolio.applications.push_back(detail::build_timeline(impl_->compiled, result, a));
  }
  portfolio.pools = detail::build_pool_statistics(impl_->compiled, result);
  return portfolio;
}

PortfolioResult Scheduler::run_classes(std::size_t applications,
                                       const std::vector<std::int32_t>& days,
                                       Observer* observer) const {
  const auto& compiled = impl_->compiled;
  const auto& groups = impl_->pathway.portfolio->classes;
  const auto classes = planned_classes(*impl_->pathway.portfolio, applications);
  const auto task_class = task_classes(impl_->pathway);
  // Durations, branches and rounds as planned; only the other classes' tasks are skipped.
  DrawTable draws;
  const std::size_t tasks = compiled.tasks.size();
  draws.tasks = tasks;
  draws.exists.resize(applications * tasks);
  std::vector<int> priorities(applications);
  for (std::size_t a = 0; a < applications; ++a) {
    for (std::size_t t = 0; t < tasks; ++t)
      draws.exists[a * tasks + t] = compiled.tasks[t].exists && task_class[t] == classes[a] ? 1 : 0;
    priorities[a] = groups[static_cast<std::size_t>(classes[a])].priority;
  }
  const auto result =
      detail::run_engine(compiled, days, priorities, nullptr, observer, nullptr, &draws);
  // A deadline between another class's tasks says nothing about this application.
  std::vector<std::int32_t> deadline_class;
  for (const auto& deadline : impl_->pathway.deadlines) {
    std::int32_t group = -1;
    for (std::size_t t = 0; t < impl_->pathway.tasks.size(); ++t) {
      if (impl_->pathway.tasks[t].id == deadline.from) group = task_class[t];
    }
    deadline_class.push_back(group);
  }
  PortfolioResult portfolio;
  for (std::size_t a = 0; a < applications; ++a) {
    auto timeline = detail::build_timeline(compiled, result, a);
    std::vector<DeadlineResult> kept;
    for (std::size_t d = 0; d < timeline.deadlines.size(); ++d) {
      const std::int32_t group = d < deadline_class.size() ? deadline_class[d] : -1;
      if (group < 0 || group == classes[a]) kept.push_back(std::move(timeline.deadlines[d]));
    }
    timeline.deadlines = std::move(kept);
    portfolio.applications.push_back(std::move(timeline));
    portfolio.classes.push_back(groups[static_cast<std::size_t>(classes[a])].id);
  }
  portfolio.pools = detail::build_pool_statistics(compiled, result);
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
