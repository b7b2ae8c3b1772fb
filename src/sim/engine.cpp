#include "engine.hpp"

#include <algorithm>
#include <climits>
#include <optional>
#include <string>

#include "regsim/error.hpp"

namespace regsim::sim::detail {
namespace {

using model::DependencyType;

// A request waiting in a pool: ordered by rank (0 for FIFO pools, minus the application's
// priority for priority pools), then request day, application and instance.
struct Waiter {
  std::int64_t rank = 0;
  std::int32_t day = 0;
  std::int32_t application = 0;
  std::int32_t instance = 0;
  bool operator>(const Waiter& other) const {
    if (rank != other.rank) return rank > other.rank;
    if (day != other.day) return day > other.day;
    if (application != other.application) return application > other.application;
    return instance > other.instance;
  }
};

struct PoolState {
  std::int32_t capacity = 1;
  std::int32_t in_use = 0;
  bool priority = false;
  std::vector<Waiter> queue;  // min-heap via std::greater
};

bool anchored_on_finish(DependencyType type) {
  return type == DependencyType::finish_to_start || type == DependencyType::finish_to_finish;
}
bool constrains_start(DependencyType type) {
  return type == DependencyType::finish_to_start || type == DependencyType::start_to_start;
}

class Engine {
 public:
  Engine(const CompiledPathway& pathway, const std::vector<std::int32_t>& arrivals,
         const std::vector<int>& priorities, const Draws* draws, Observer* observer,
         const Tracking* tracking, const std::vector<Draws>* application_draws, const Slip* slip)
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

  EngineResult run() {
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

 private:
  const std::string& id_of(std::int32_t instance) const {
    return cp_.pathway->tasks[static_cast<std::size_t>(task_of(instance))].id;
  }
  std::int32_t task_of(std::int32_t instance) const {
    return cp_.instances[static_cast<std::size_t>(instance)].task;
  }
  const CompiledTask& compiled(std::int32_t instance) const {
    return cp_.tasks[static_cast<std::size_t>(task_of(instance))];
  }
  const calendar::Calendar& calendar_of(std::int32_t instance) const {
    return *cp_.calendars[static_cast<std::size_t>(compiled(instance).calendar)];
  }

  // Durations, existence and rounds of this run: the draws where given, else the
  // deterministic values compiled into the pathway. The scratch vectors keep their
  // storage from one application to the next.
  void prepare_plan(const Draws* draws, std::vector<calendar::Duration>& durations,
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

  // Plan steps on or before the first arrival set the starting capacity; later ones are
  // events of their day, before that day's requests.
  void schedule_capacity_plans(std::int32_t base) {
    const auto& resources = cp_.pathway->resources;
    for (std::size_t p = 0; p < pools_.size(); ++p) {
      const auto& plan = resources[p].plan;
      for (std::size_t s = 0; s < plan.size(); ++s) {
        const std::int32_t day = to_day(plan[s].from);
        if (base == INT_MAX || day <= base) {
          pools_[p].capacity = plan[s].capacity;
        } else {
          queue_.push(day, EventPriority::release, EventType::capacity,
                      static_cast<std::int32_t>(p), static_cast<std::int32_t>(s));
        }
      }
    }
  }

  // A unit beyond a lowered capacity finishes the task it holds; only new starts see the
  // lower capacity. A raised capacity serves the queue at once.
  void change_capacity(std::int32_t pool, std::int32_t step, std::int32_t now) {
    const auto& plan = cp_.pathway->resources[static_cast<std::size_t>(pool)].plan;
    pools_[static_cast<std::size_t>(pool)].capacity = plan[static_cast<std::size_t>(step)].capacity;
    serve(pool, now);
  }

  void push_next_arrival() {
    if (next_arrival_ == arrival_order_.size()) return;
    const std::int32_t application = arrival_order_[next_arrival_++];
    queue_.push(result_.applications[static_cast<std::size_t>(application)].arrival,
                EventPriority::arrival, EventType::arrival, application, 0);
  }

  // A status overrides what happened: an actual means the task happened, an outcome taken
  // that the others did not; the rounds stated are all there were (finished) or at least
  // as many as there will be (in progress).
  void apply_status(std::size_t t, char& exists, std::int32_t& rounds) const {
    if (tracking_->happened[t] >= 0) exists = static_cast<char>(tracking_->happened[t]);
    const int stated = tracking_->rounds[t];
    if (stated == 0) return;
    rounds = tracking_->progress(t) == Progress::done ? stated - 1 : std::max(rounds, stated - 1);
  }

  std::size_t slot(std::int32_t application, std::int32_t instance) const {
    return static_cast<std::size_t>(application) * instance_count_ +
           static_cast<std::size_t>(instance);
  }

  // The duration of `instance`'s task for `application`: its own draw in a stochastic
  // portfolio, else the run's.
  calendar::Duration duration_of(std::int32_t application, std::int32_t instance) const {
    const auto t = static_cast<std::size_t>(task_of(instance));
    if (!application_draws_) return durations_[t];
    const auto& draws = (*application_draws_)[static_cast<std::size_t>(application)];
    if (t >= draws.durations.size()) return durations_[t];
    calendar::Duration duration = draws.durations[t];
    duration.amount = std::max(duration.amount, 0);
    return duration;
  }

  bool working_day_task(std::int32_t application, std::int32_t instance) const {
    return duration_of(application, instance).unit == calendar::DurationUnit::working_days;
  }

  std::int32_t adjust(std::int32_t application, std::int32_t instance, std::int32_t day) const {
    if (!working_day_task(application, instance)) return day;
    return to_day(calendar_of(instance).next_working_day_on_or_after(to_date(day)));
  }

  // The end of the instance's duration when it starts on `start`.
  std::int32_t duration_end(std::int32_t application, std::int32_t instance,
                            std::int32_t start) const {
    const auto& task = compiled(instance);
    const calendar::Duration duration = duration_of(application, instance);
    if (duration.amount == 0) return start;
    if (duration.unit == calendar::DurationUnit::calendar_days &&
        task.convention == calendar::Convention::plain) {
      return checked_day(start + duration.amount);
    }
    return to_day(
        calendar::add_duration(to_date(start), duration, calendar_of(instance), task.convention));
  }

  // Finish including the wait for the next sitting of a decision, or for the start of the
  // first slot of a timetable whose deadline is on or after the end of the work.
  std::int32_t finish_of(std::int32_t instance, std::int32_t end) const {
    const auto sittings = compiled(instance).sittings;
    if (sittings < 0) return end;
    const auto& calendar = *cp_.sittings[static_cast<std::size_t>(sittings)];
    std::optional<calendar::Date> next;
    if (calendar.is_timetable()) {
      if (const auto slot = calendar.slot_on_or_after(to_date(end))) next = slot->start;
    } else {
      next = calendar.next_sitting_on_or_after(to_date(end));
    }
    if (!next) {
      const auto& task = cp_.pathway->tasks[static_cast<std::size_t>(task_of(instance))];
      throw InputError(
          task.where, "no_sitting",
          "task '" + task.id + "' is ready on " + calendar::to_iso(to_date(end)) + " but " +
              (calendar.is_timetable() ? "timetable '" : "sitting calendar '") + task.sittings +
              "' has no " + (calendar.is_timetable() ? "slot with a deadline" : "sitting") +
              " on or after that day");
    }
    return to_day(*next);
  }

  // Runs `work`, which computes the dates of `instance`. Date arithmetic leaving the years
  // 1400..9999 (a start near 9999, a long duration) is a problem of the file: it is
  // reported at the task whose dates overflowed, like any other diagnostic.
  template <class Work>
  void blaming(std::int32_t instance, Work work) const {
    try {
      work();
    } catch (const InputError&) {
      throw;
    } catch (const Error& error) {
      const auto& task = cp_.pathway->tasks[static_cast<std::size_t>(task_of(instance))];
      throw InputError(task.where, "date_out_of_range",
                       "task '" + task.id + "': " + std::string(error.what()));
    }
  }

  // All dependencies of `instance` are known: decide when it can start.
  void resolve(std::int32_t application, std::int32_t instance, std::int32_t now) {
    auto& record = result_.applications[static_cast<std::size_t>(application)];
    const auto i = static_cast<std::size_t>(instance);
    std::int32_t earliest = record.arrival;
    std::int32_t finish_bound = INT_MIN;
    // The driving links: the first with the latest bound; a link bounding the start at
    // the arrival day itself still drives (the path goes on to the start milestone).
    std::int32_t start_link = -1, finish_link = -1;
    const calendar::Calendar& calendar = calendar_of(instance);
    for (auto k = cp_.in_begin[i]; k < cp_.in_begin[i + 1]; ++k) {
      const Link& link = cp_.in_links[static_cast<std::size_t>(k)];
      const auto p = static_cast<std::size_t>(link.other);
      const std::int32_t anchor =
          anchored_on_finish(link.type) ? record.finish[p] : record.start[p];
      const std::int32_t bound = apply_lag(anchor, link.lag, calendar);
      if (constrains_start(link.type)) {
        if (bound > earliest || (start_link < 0 && bound == earliest)) start_link = k;
        earliest = std::max(earliest, bound);
      } else {
        if (bound > finish_bound) finish_link = k;
        finish_bound = std::max(finish_bound, bound);
      }
    }
    // Nothing starts before the moment its predecessors' dates became known.
    earliest = std::max(earliest, now);
    record.driver[i].link = start_link;
    if (record.skipped[i]) {
      const std::int32_t day = std::max(earliest, finish_bound);
      if (finish_bound > earliest) record.driver[i].link = finish_link;
      record.ready[i] = record.start[i] = record.finish[i] = record.duration_end[i] = day;
      if (observer_)
        queue_.push(day, EventPriority::release, EventType::skipped, application, instance);
      settle(application, instance);
      return;
    }
    if (tracking_) {
      const auto progress = tracking_->progress(static_cast<std::size_t>(task_of(instance)));
      // Rounds after the one under way have not started.
      if (progress == Progress::done ||
          (progress == Progress::in_progress && cp_.instances[i].round <= round_under_way(i))) {
        fix_actual(application, instance, earliest, progress, now);
        return;
      }
      // Nothing that had not started by the as-of date starts before it.
      const std::int32_t as_of = to_day(tracking_->as_of);
      if (as_of > earliest) {
        earliest = as_of;
        record.driver[i].link = -1;
        record.driver[i].as_of = true;
      }
    }
    std::int32_t start = adjust(application, instance, earliest);
    if (finish_bound != INT_MIN &&
        finish_of(instance, duration_end(application, instance, start)) < finish_bound) {
      start = earliest_start_finishing_by(application, instance, start, finish_bound);
      record.driver[i].link = finish_link;
    }
    record.ready[i] = start;
    const auto& task = compiled(instance);
    if (task.needs_begin != task.needs_end) {
      queue_.push(start, EventPriority::request, EventType::request, application, instance);
      return;
    }
    begin(application, instance, start);
    if (observer_) {
      queue_.push(start, EventPriority::release, EventType::started, application, instance);
      queue_.push(record.finish[i], EventPriority::release, EventType::finished, application,
                  instance);
    }
    settle(application, instance);
  }

  // The round of instance `i`'s loop that a task in progress is in: the rounds stated for
  // the loop (`rounds: N`), else the first.
  std::int32_t round_under_way(std::size_t i) const {
    const auto& instance = cp_.instances[i];
    const auto loop = instance.loop_task >= 0 ? instance.loop_task : instance.task;
    return std::max(1, tracking_->rounds[static_cast<std::size_t>(loop)]);
  }

  // The dates of an instance of a task that had started by the as-of date (docs/status.md):
  // the actual start for its first round, the actual finish for its last; a round between
  // them runs as planned within those dates. The round in progress continues for its
  // planned duration from its start, and at the earliest ends on the as-of date (an overrun
  // leaves nothing to do: it finishes then). Actual work queues for no pool unit: its dates
  // are facts, not the result of queueing.
  void fix_actual(std::int32_t application, std::int32_t instance, std::int32_t earliest,
                  Progress progress, std::int32_t now) {
    auto& record = result_.applications[static_cast<std::size_t>(application)];
    const auto i = static_cast<std::size_t>(instance);
    const auto t = static_cast<std::size_t>(task_of(instance));
    const std::int32_t round = cp_.instances[i].round;
    const std::int32_t as_of = to_day(tracking_->as_of);
    const auto& actual_start = tracking_->start[t];
    const auto& actual_finish = tracking_->finish[t];
    const std::int32_t high = progress == Progress::done ? to_day(*actual_finish) : as_of;
    const std::int32_t low = actual_start ? to_day(*actual_start) : INT_MIN;
    std::int32_t start = 0;
    if (round == 1 && actual_start) {
      start = low;
    } else {
      start = std::clamp(adjust(application, instance, earliest), std::min(low, high), high);
    }
    const bool last =
        progress == Progress::done ? round == last_round_[t] : round == round_under_way(i);
    std::int32_t end = duration_end(application, instance, start);
    std::int32_t finish = 0;
    if (progress == Progress::done) {
      end = finish = last ? high : std::min(end, high);
    } else if (last) {
      end = std::max(end, as_of);
      finish = finish_of(instance, end);
    } else {
      end = finish = std::min(end, as_of);
    }
    record.driver[i] = Driver{};
    record.driver[i].actual = true;
    record.ready[i] = record.start[i] = start;
    record.duration_end[i] = end;
    record.finish[i] = finish;
    if (observer_) {
      queue_.push(std::max(start, now), EventPriority::release, EventType::started, application,
                  instance);
      queue_.push(std::max(finish, now), EventPriority::release, EventType::finished, application,
                  instance);
    }
    settle(application, instance);
  }

  // FF/SF: the smallest start (not before `low`, which finishes too early) whose finish
  // is on or after `bound`. Finishes grow with the start, so a binary search finds it.
  std::int32_t earliest_start_finishing_by(std::int32_t application, std::int32_t instance,
                                           std::int32_t low, std::int32_t bound) const {
    std::int32_t high = std::max(bound, low + 1);  // durations are never negative
    while (high - low > 1) {
      const std::int32_t middle = low + (high - low) / 2;
      if (finish_of(instance, duration_end(application, instance,
                                           adjust(application, instance, middle))) >= bound) {
        high = middle;
      } else {
        low = middle;
      }
    }
    return adjust(application, instance, high);
  }

  // Fixes start and finish of an instance that starts on `start`.
  void begin(std::int32_t application, std::int32_t instance, std::int32_t start) {
    auto& record = result_.applications[static_cast<std::size_t>(application)];
    const auto i = static_cast<std::size_t>(instance);
    record.start[i] = start;
    record.duration_end[i] = duration_end(application, instance, start);
    // A slip overruns the work where it started (its start was planned without it).
    if (application == 0 && instance == slip_.instance)
      record.duration_end[i] = checked_day(record.duration_end[i] + slip_.days);
    record.finish[i] = finish_of(instance, record.duration_end[i]);
  }

  // The instance's dates are fixed: its successors may now be resolvable.
  void settle(std::int32_t application, std::int32_t instance) {
    const auto i = static_cast<std::size_t>(instance);
    for (auto k = cp_.out_begin[i]; k < cp_.out_begin[i + 1]; ++k) {
      const std::int32_t next = cp_.out_links[static_cast<std::size_t>(k)];
      if (--pending_[slot(application, next)] == 0) worklist_.push_back(next);
    }
  }

  void drain(std::int32_t application, std::int32_t now) {
    while (!worklist_.empty()) {
      const std::int32_t instance = worklist_.back();
      worklist_.pop_back();
      blaming(instance, [&] { resolve(application, instance, now); });
    }
  }

  void request(std::int32_t application, std::int32_t instance, std::int32_t now) {
    const auto& task = compiled(instance);
    std::int32_t blocked = -1;
    for (auto k = task.needs_begin; k < task.needs_end; ++k) {
      const Need& need = cp_.needs[static_cast<std::size_t>(k)];
      const auto& pool = pools_[static_cast<std::size_t>(need.pool)];
      if (!pool.queue.empty() || pool.in_use + need.units > pool.capacity) {
        blocked = need.pool;
        break;
      }
    }
    if (blocked < 0) {
      acquire(application, instance, now);
      return;
    }
    enqueue(blocked, Waiter{0, now, application, instance});
    serve(blocked, now);
  }

  void enqueue(std::int32_t pool_index, Waiter waiter) {
    auto& pool = pools_[static_cast<std::size_t>(pool_index)];
    waiter.rank =
        pool.priority
            ? -static_cast<std::int64_t>(priorities_[static_cast<std::size_t>(waiter.application)])
            : 0;
    pool.queue.push_back(waiter);
    std::push_heap(pool.queue.begin(), pool.queue.end(), std::greater<>());
    waited_pool_[slot(waiter.application, waiter.instance)] = pool_index;
  }

  // Hands free units to the head of the pool's queue, strictly in queue order.
  void serve(std::int32_t pool_index, std::int32_t now) {
    auto& pool = pools_[static_cast<std::size_t>(pool_index)];
    while (!pool.queue.empty()) {
      const Waiter head = pool.queue.front();
      const auto& task = compiled(head.instance);
      std::int32_t blocked = -1;
      for (auto k = task.needs_begin; k < task.needs_end; ++k) {
        const Need& need = cp_.needs[static_cast<std::size_t>(k)];
        const auto& other = pools_[static_cast<std::size_t>(need.pool)];
        if (other.in_use + need.units > other.capacity) {
          blocked = need.pool;
          break;
        }
      }
      if (blocked == pool_index) return;
      std::pop_heap(pool.queue.begin(), pool.queue.end(), std::greater<>());
      pool.queue.pop_back();
      if (blocked >= 0) {
        enqueue(blocked, head);  // wait for the other pool, keeping the request day
        continue;
      }
      acquire(head.application, head.instance, now);
    }
  }

  void acquire(std::int32_t application, std::int32_t instance, std::int32_t now) {
    auto& record = result_.applications[static_cast<std::size_t>(application)];
    const auto i = static_cast<std::size_t>(instance);
    const auto& task = compiled(instance);
    std::int32_t start = now;
    blaming(instance, [&] {
      start = adjust(application, instance, now);
      begin(application, instance, start);
    });
    const std::int32_t wait = start - record.ready[i];
    if (wait > 0) {
      auto& driver = record.driver[i];
      driver.pool = waited_pool_[slot(application, instance)];
      driver.releaser_application = releaser_application_;
      driver.releaser = releaser_;
    }
    for (auto k = task.needs_begin; k < task.needs_end; ++k) {
      const Need& need = cp_.needs[static_cast<std::size_t>(k)];
      pools_[static_cast<std::size_t>(need.pool)].in_use += need.units;
      auto& stats = result_.pools[static_cast<std::size_t>(need.pool)];
      ++stats.requests;
      stats.total_wait += wait;
      stats.max_wait = std::max<std::int64_t>(stats.max_wait, wait);
      if (wait > 0) ++stats.waited;
      stats.busy_unit_days += static_cast<std::int64_t>(need.units) * (record.finish[i] - start);
    }
    queue_.push(record.finish[i], EventPriority::release, EventType::finished, application,
                instance);
    if (observer_) {
      const std::int32_t pool = waited_pool_[slot(application, instance)];
      if (wait > 0 && pool >= 0) {
        observer_->waited_for_resource(application, id_of(instance),
                                       cp_.pathway->resources[static_cast<std::size_t>(pool)].id,
                                       to_date(record.ready[i]), to_date(start));
      }
      notify_started(application, instance);
    }
    settle(application, instance);
    drain(application, now);
  }

  void notify_started(std::int32_t application, std::int32_t instance) {
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

  void finished(std::int32_t application, std::int32_t instance, std::int32_t now) {
    const auto& task = compiled(instance);
    // Actual work took no unit (fix_actual), so it has none to give back.
    const bool actual = result_.applications[static_cast<std::size_t>(application)]
                            .driver[static_cast<std::size_t>(instance)]
                            .actual;
    for (auto k = task.needs_begin; k < task.needs_end && !actual; ++k) {
      const Need& need = cp_.needs[static_cast<std::size_t>(k)];
      pools_[static_cast<std::size_t>(need.pool)].in_use -= need.units;
    }
    if (observer_) {
      const auto& record = result_.applications[static_cast<std::size_t>(application)];
      const auto i = static_cast<std::size_t>(instance);
      if (task.sittings >= 0 && record.finish[i] > record.duration_end[i]) {
        observer_->waited_for_sitting(
            application, id_of(instance),
            cp_.pathway->tasks[static_cast<std::size_t>(task_of(instance))].sittings,
            to_date(record.duration_end[i]), to_date(record.finish[i]));
      }
      observer_->task_finished(application, id_of(instance), to_date(now));
    }
    // Units handed out now were released by this instance: the pool constraint of the
    // task that gets one points back here.
    releaser_application_ = application;
    releaser_ = instance;
    for (auto k = task.needs_begin; k < task.needs_end && !actual; ++k) {
      serve(cp_.needs[static_cast<std::size_t>(k)].pool, now);
    }
    releaser_application_ = releaser_ = -1;
  }

  const CompiledPathway& cp_;
  Observer* observer_;
  const Tracking* tracking_;
  std::vector<std::int32_t> last_round_;  ///< by task: the last round that happens
  std::size_t instance_count_;
  const std::vector<Draws>* application_draws_;  ///< one per application, or null
  Slip slip_;                                    ///< instance -1: none
  EngineResult result_;
  std::vector<calendar::Duration> durations_;
  std::vector<char> skipped_;
  std::vector<calendar::Duration> scratch_durations_;
  std::vector<char> scratch_exists_;
  std::vector<std::int32_t> scratch_rounds_;
  std::vector<std::int32_t> arrival_order_;  ///< applications by (arrival day, index)
  std::size_t next_arrival_ = 0;
  std::vector<std::int32_t> pending_;
  std::vector<std::int32_t> waited_pool_;
  std::vector<int> priorities_;
  std::vector<PoolState> pools_;
  std::vector<std::int32_t> worklist_;
  std::int32_t releaser_application_ = -1, releaser_ = -1;  ///< while finished() serves pools
  EventQueue queue_;
};

}  // namespace

std::int64_t capacity_unit_days(const CompiledPathway& pathway, std::size_t pool, std::int32_t from,
                                std::int32_t to) {
  std::int64_t total = 0;
  std::int32_t day = from;
  std::int64_t capacity = pathway.capacities[pool];
  for (const auto& step : pathway.pathway->resources[pool].plan) {
    const std::int32_t change = to_day(step.from);
    if (change > day) {
      total += capacity * (std::min(change, to) - day);
      day = std::min(change, to);
    }
    capacity = step.capacity;
  }
  if (to > day) total += capacity * (to - day);
  return total;
}

std::int32_t apply_lag(std::int32_t anchor, calendar::Duration lag,
                       const calendar::Calendar& calendar) {
  if (lag.amount == 0) return anchor;
  switch (lag.unit) {
    case calendar::DurationUnit::calendar_days:
      return checked_day(anchor + lag.amount);
    case calendar::DurationUnit::weeks:
      return checked_day(anchor + 7 * lag.amount);
    default:
      return to_day(
          calendar::add_duration(to_date(anchor), lag, calendar, calendar::Convention::plain));
  }
}

EngineResult run_engine(const CompiledPathway& pathway, const std::vector<std::int32_t>& arrivals,
                        const std::vector<int>& priorities, const Draws* draws, Observer* observer,
                        const Tracking* tracking, const std::vector<Draws>* application_draws,
                        const Slip* slip) {
  return Engine(pathway, arrivals, priorities, draws, observer, tracking, application_draws, slip)
      .run();
}

}  // namespace regsim::sim::detail
