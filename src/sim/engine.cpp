// The engine's set-up and event loop; the dates of an instance are decided in
// engine_dates.cpp, pool queues and capacity in engine_pools.cpp (engine_run.hpp).
#include <algorithm>
#include <climits>

#include "engine_run.hpp"

namespace regsim::sim::detail {

EngineRun::EngineRun(const CompiledPathway& pathway, const std::vector<std::int32_t>& arrivals,
                     const std::vector<int>& priorities, const Draws* draws, Observer* observer,
                     const Tracking* tracking, const std::vector<Draws>* application_draws,
                     const Slip* slip)
    : cp_(pathway),
      observer_(observer),
      tracking_(tracking),
      instance_count_(pathway.instances.size()),
      application_draws_(application_draws),
      slip_(slip ? *slip : Slip{}) {
  prepare_plan(draws, durations_, skipped_);
  result_.tracking = tracking;
  const std::size_t n = instance_count_;
  result_.applications.resize(arrivals.size());
  result_.date_storage.assign(arrivals.size() * n * 4, 0);
  result_.skipped_storage.resize(arrivals.size() * n);
  result_.driver_storage.assign(arrivals.size() * n, Driver{});
  std::vector<char> own_skipped;
  std::int32_t base = INT_MAX;
  for (std::size_t a = 0; a < arrivals.size(); ++a) {
    auto& record = result_.applications[a];
    record.arrival = arrivals[a];
    std::int32_t* dates = result_.date_storage.data() + a * n * 4;
    record.ready = {dates, n};
    record.start = {dates + n, n};
    record.finish = {dates + 2 * n, n};
    record.duration_end = {dates + 3 * n, n};
    record.skipped = {result_.skipped_storage.data() + a * n, n};
    record.driver = {result_.driver_storage.data() + a * n, n};
    const std::vector<char>* skipped = &skipped_;
    if (application_draws_) {
      prepare_plan(&(*application_draws_)[a], scratch_durations_, own_skipped);
      skipped = &own_skipped;
    }
    std::copy(skipped->begin(), skipped->end(), record.skipped.begin());
    base = std::min(base, arrivals[a]);
  }
  pending_.resize(arrivals.size() * instance_count_);
  for (std::size_t a = 0; a < arrivals.size(); ++a) {
    for (std::size_t i = 0; i < instance_count_; ++i) {
      pending_[a * instance_count_ + i] = cp_.in_begin[i + 1] - cp_.in_begin[i];
    }
  }
  priorities_.resize(arrivals.size(), 0);
  for (std::size_t a = 0; a < arrivals.size() && !priorities.empty(); ++a) {
    priorities_[a] = priorities[a % priorities.size()];
  }
  const auto& resources = cp_.pathway->resources;
  pools_.resize(cp_.capacities.size());
  // Classes of a portfolio order every pool's queue by their priority.
  const auto& portfolio = cp_.pathway->portfolio;
  const bool classes = portfolio && !portfolio->classes.empty();
  for (std::size_t p = 0; p < pools_.size(); ++p) {
    pools_[p].capacity = cp_.capacities[p];
    pools_[p].priority = classes || resources[p].discipline == model::QueueDiscipline::priority;
  }
  result_.pools.resize(pools_.size());
  waited_pool_.assign(arrivals.size() * instance_count_, -1);
  queue_.reset(base == INT_MAX ? 0 : base);
  schedule_capacity_plans(base);
  // Arrivals enter the queue one at a time, in (day, application) order: the next when
  // the previous is handled. Only arrivals have their priority, so they come out in the
  // order they would from a queue holding all of them, and the queue stays as small as
  // the work in progress instead of holding every future arrival (a heap of 20,000
  // arrivals cost a fifth of a stochastic portfolio's time).
  arrival_order_.resize(arrivals.size());
  for (std::size_t a = 0; a < arrivals.size(); ++a)
    arrival_order_[a] = static_cast<std::int32_t>(a);
  std::stable_sort(
      arrival_order_.begin(), arrival_order_.end(), [&arrivals](std::int32_t x, std::int32_t y) {
        return arrivals[static_cast<std::size_t>(x)] < arrivals[static_cast<std::size_t>(y)];
      });
  push_next_arrival();
}

EngineResult EngineRun::run() {
  while (!queue_.empty()) {
    const Event event = queue_.pop();
    const std::int32_t now = queue_.day_of(event);
    ++result_.events;
    switch (event.type()) {
      case EventType::arrival:
        push_next_arrival();
        for (std::int32_t source : cp_.sources)
          blaming(source, [&] { resolve(event.application, source, now); });
        drain(event.application, now);
        break;
      case EventType::request:
        request(event.application, event.item(), now);
        break;
      case EventType::started:
        notify_started(event.application, event.item());
        break;
      case EventType::finished:
        finished(event.application, event.item(), now);
        break;
      case EventType::skipped:
        observer_->task_skipped(event.application, id_of(event.item()), to_date(now));
        break;
      case EventType::capacity:
        change_capacity(event.application, event.item(), now);
        break;
    }
  }
  result_.durations = durations_;
  return std::move(result_);
}

// Durations, existence and rounds of this run: the draws where given, else the
// deterministic values compiled into the pathway. The scratch vectors keep their
// storage from one application to the next.
void EngineRun::prepare_plan(const Draws* draws, std::vector<calendar::Duration>& durations,
                             std::vector<char>& skipped) {
  const std::size_t n = cp_.tasks.size();
  durations.resize(n);
  auto& exists = scratch_exists_;
  auto& rounds = scratch_rounds_;
  exists.resize(n);
  rounds.resize(n);
  for (std::size_t t = 0; t < n; ++t) {
    const auto& task = cp_.tasks[t];
    durations[t] = draws && t < draws->durations.size() ? draws->durations[t] : task.duration;
    if (durations[t].amount < 0) durations[t].amount = 0;
    exists[t] = draws && t < draws->exists.size() ? draws->exists[t] : task.exists;
    rounds[t] =
        draws && t < draws->extra_rounds.size() ? draws->extra_rounds[t] : task.extra_rounds;
    if (tracking_) apply_status(t, exists[t], rounds[t]);
    rounds[t] = std::clamp(rounds[t], 0, task.max_rounds);
    if (!exists[t]) rounds[t] = 0;
  }
  skipped.resize(instance_count_);
  for (std::size_t i = 0; i < instance_count_; ++i) {
    const auto& instance = cp_.instances[i];
    bool happens = exists[static_cast<std::size_t>(instance.task)] != 0;
    if (instance.round > 1) {
      happens =
          happens && instance.round <= rounds[static_cast<std::size_t>(instance.loop_task)] + 1;
    }
    skipped[i] = happens ? 0 : 1;
  }
  // The last round of each task (a status tracks one application: this run's plan).
  last_round_.assign(n, 1);
  for (std::size_t i = 0; i < instance_count_; ++i) {
    const auto t = static_cast<std::size_t>(cp_.instances[i].task);
    if (!skipped[i]) last_round_[t] = std::max(last_round_[t], cp_.instances[i].round);
  }
}

void EngineRun::push_next_arrival() {
  if (next_arrival_ == arrival_order_.size()) return;
  const std::int32_t application = arrival_order_[next_arrival_++];
  queue_.push(result_.applications[static_cast<std::size_t>(application)].arrival,
              EventPriority::arrival, EventType::arrival, application, 0);
}

// A status overrides what happened: an actual means the task happened, an outcome taken
// that the others did not; the rounds stated are all there were (finished) or at least
// as many as there will be (in progress).
void EngineRun::apply_status(std::size_t t, char& exists, std::int32_t& rounds) const {
  if (tracking_->happened[t] >= 0) exists = static_cast<char>(tracking_->happened[t]);
  const int stated = tracking_->rounds[t];
  if (stated == 0) return;
  rounds = tracking_->progress(t) == Progress::done ? stated - 1 : std::max(rounds, stated - 1);
}

void EngineRun::notify_started(std::int32_t application, std::int32_t instance) {
  const auto& record = result_.applications[static_cast<std::size_t>(application)];
  const auto i = static_cast<std::size_t>(instance);
  const auto& info = cp_.instances[i];
  if (info.rework_of >= 0) {
    observer_->rework_round(application,
                            cp_.pathway->tasks[static_cast<std::size_t>(info.rework_of)].id,
                            info.round, to_date(record.start[i]));
  }
  observer_->task_started(application, id_of(instance), to_date(record.start[i]));
}

EngineResult run_engine(const CompiledPathway& pathway, const std::vector<std::int32_t>& arrivals,
                        const std::vector<int>& priorities, const Draws* draws, Observer* observer,
                        const Tracking* tracking, const std::vector<Draws>* application_draws,
                        const Slip* slip) {
  return EngineRun(pathway, arrivals, priorities, draws, observer, tracking, application_draws,
                   slip)
      .run();
}

}  // namespace regsim::sim::detail
