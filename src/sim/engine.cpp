// The engine's set-up and event loop; the dates of an instance are decided in
// engine_dates.cpp, pool queues and capacity in engine_pools.cpp (engine_run.hpp).
#include <algorithm>
#include <climits>

#include "engine_run.hpp"

namespace regsim::sim::detail {

EngineRun::EngineRun(const CompiledPathway& pathway, const std::vector<std::int32_t>& arrivals,
                     const std::vector<int>& priorities, const Draws* draws, Observer* observer,
                     const Tracking* tracking, const DrawTable* application_draws, const Slip* slip,
                     bool drivers)
    : cp_(pathway),
      observer_(observer),
      tracking_(tracking),
      instance_count_(pathway.instances.size()),
      application_draws_(application_draws),
      slip_(slip ? *slip : Slip{}) {
  prepare_plan(draws);
  result_.tracking = tracking;
  const std::size_t n = instance_count_;
  result_.arrivals = arrivals;
  result_.instance_count = n;
  result_.date_storage.assign(arrivals.size() * n * 4, 0);
  result_.skipped_storage.resize(arrivals.size() * n);
  // Without drivers, every application writes over one row (EngineResult::driver_storage).
  result_.driver_storage.assign((drivers || tracking ? arrivals.size() : 1) * n, Driver{});
  std::int32_t base = INT_MAX;
  for (std::size_t a = 0; a < arrivals.size(); ++a) {
    const auto record = result_.application(a);
    if (application_draws_) {
      mark_skipped(a, record.skipped);
    } else {
      std::copy(skipped_.begin(), skipped_.end(), record.skipped.begin());
    }
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
  // Arrivals stay out of the event queue: they are known in advance, so the loop merges
  // them, in (day, application) order, with the queue's events. Only arrivals have their
  // priority, so comparing (day, priority) puts each where a queue holding it would have
  // (the queue's sequence only orders events of equal day and priority). Pushing each
  // arrival into the queue cost a push and a pop per application, 8 % of an M/M/c
  // portfolio; holding all of them in it, a fifth.
  arrival_order_.resize(arrivals.size());
  for (std::size_t a = 0; a < arrivals.size(); ++a)
    arrival_order_[a] = static_cast<std::int32_t>(a);
  // Generated arrivals come sorted; explicit dates need not.
  if (!std::is_sorted(arrivals.begin(), arrivals.end())) {
    std::stable_sort(
        arrival_order_.begin(), arrival_order_.end(), [&arrivals](std::int32_t x, std::int32_t y) {
          return arrivals[static_cast<std::size_t>(x)] < arrivals[static_cast<std::size_t>(y)];
        });
  }
  next_arrival_position_ = arrival_position(0);
}

EngineResult EngineRun::run() {
  for (;;) {
    if (arrival_is_next()) {
      const std::int32_t application = arrival_order_[next_arrival_++];
      next_arrival_position_ = arrival_position(next_arrival_);
      const std::int32_t now = result_.arrivals[static_cast<std::size_t>(application)];
      ++result_.events;
      for (std::int32_t source : cp_.sources)
        blaming(source, [&] { resolve(application, source, now); });
      drain(application, now);
      continue;
    }
    if (queue_.empty()) break;
    const Event event = queue_.pop();
    const std::int32_t now = queue_.day_of(event);
    ++result_.events;
    switch (event.type()) {
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

// Durations (durations_) and skipped instances (skipped_) of this run: the draws where
// given, else the deterministic values compiled into the pathway, and the status applied.
// A stochastic portfolio's applications take theirs from their rows (mark_skipped).
void EngineRun::prepare_plan(const Draws* draws) {
  const std::size_t n = cp_.tasks.size();
  durations_.resize(n);
  auto& exists = scratch_exists_;
  auto& rounds = scratch_rounds_;
  exists.resize(n);
  rounds.resize(n);
  for (std::size_t t = 0; t < n; ++t) {
    const auto& task = cp_.tasks[t];
    durations_[t] = draws && t < draws->durations.size() ? draws->durations[t] : task.duration;
    if (durations_[t].amount < 0) durations_[t].amount = 0;
    exists[t] = draws && t < draws->exists.size() ? draws->exists[t] : task.exists;
    rounds[t] =
        draws && t < draws->extra_rounds.size() ? draws->extra_rounds[t] : task.extra_rounds;
    if (tracking_) apply_status(t, exists[t], rounds[t]);
    rounds[t] = std::clamp(rounds[t], 0, task.max_rounds);
    if (!exists[t]) rounds[t] = 0;
  }
  skipped_.resize(instance_count_);
  for (std::size_t i = 0; i < instance_count_; ++i) {
    const auto& instance = cp_.instances[i];
    bool happens = exists[static_cast<std::size_t>(instance.task)] != 0;
    if (instance.round > 1) {
      happens =
          happens && instance.round <= rounds[static_cast<std::size_t>(instance.loop_task)] + 1;
    }
    skipped_[i] = happens ? 0 : 1;
  }
  // The last round of each task (a status tracks one application: this run's plan).
  last_round_.assign(n, 1);
  for (std::size_t i = 0; i < instance_count_; ++i) {
    const auto t = static_cast<std::size_t>(cp_.instances[i].task);
    if (!skipped_[i]) last_round_[t] = std::max(last_round_[t], cp_.instances[i].round);
  }
}

// prepare_plan's `skipped` for one application of a stochastic portfolio, without the
// status (a portfolio has none) and without its per-task scratch vectors: done for each
// of 20,000 applications per run, prepare_plan was 7 % of an M/M/c portfolio's time.
void EngineRun::mark_skipped(std::size_t application, std::span<char> skipped) const {
  const DrawTable& table = *application_draws_;
  const std::size_t row = application * table.tasks;
  // Without rework rounds, instance i is task i (the first instances are the tasks' first
  // rounds, in task order): it is skipped where its task does not exist.
  if (instance_count_ == cp_.tasks.size() && !table.exists.empty()) {
    for (std::size_t i = 0; i < instance_count_; ++i)
      skipped[i] = table.exists[row + i] != 0 ? 0 : 1;
    return;
  }
  const auto exists = [&](std::size_t t) {
    return !table.exists.empty() ? table.exists[row + t] != 0 : cp_.tasks[t].exists != 0;
  };
  for (std::size_t i = 0; i < instance_count_; ++i) {
    const auto& instance = cp_.instances[i];
    bool happens = exists(static_cast<std::size_t>(instance.task));
    if (happens && instance.round > 1) {
      const auto loop = static_cast<std::size_t>(instance.loop_task);
      const auto& task = cp_.tasks[loop];
      const int rounds =
          exists(loop) ? std::clamp(!table.extra_rounds.empty() ? table.extra_rounds[row + loop]
                                                                : task.extra_rounds,
                                    0, task.max_rounds)
                       : 0;
      happens = instance.round <= rounds + 1;
    }
    skipped[i] = happens ? 0 : 1;
  }
}

// The queue position of the arrival `k`-th in order; none past the last.
std::uint64_t EngineRun::arrival_position(std::size_t k) const {
  if (k == arrival_order_.size()) return no_arrival;
  const auto application = static_cast<std::size_t>(arrival_order_[k]);
  return queue_.position_of(result_.arrivals[application], EventPriority::arrival);
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
  const auto record = result_.application(static_cast<std::size_t>(application));
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
                        const Tracking* tracking, const DrawTable* application_draws,
                        const Slip* slip, bool drivers) {
  return EngineRun(pathway, arrivals, priorities, draws, observer, tracking, application_draws,
                   slip, drivers)
      .run();
}

}  // namespace regsim::sim::detail
