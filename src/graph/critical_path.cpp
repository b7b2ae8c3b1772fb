#include "regsim/graph/critical_path.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>

namespace regsim::graph {
namespace {

using model::DependencyType;
constexpr std::size_t no_driver = std::numeric_limits<std::size_t>::max();

// The earliest start of `to` that one dependency allows, given the early dates of `from`.
std::int64_t start_allowed(DependencyType type, std::int64_t lag, const TaskTimes& from,
                           std::int64_t to_duration) {
  switch (type) {
    case DependencyType::finish_to_start:
      return from.earliest_finish + lag;
    case DependencyType::start_to_start:
      return from.earliest_start + lag;
    case DependencyType::finish_to_finish:
      return from.earliest_finish + lag - to_duration;
    case DependencyType::start_to_finish:
      return from.earliest_start + lag - to_duration;
  }
  return 0;
}

// The latest finish of `from` that one dependency allows, given the late dates of `to`.
std::int64_t finish_allowed(DependencyType type, std::int64_t lag, const TaskTimes& to,
                            std::int64_t from_duration) {
  switch (type) {
    case DependencyType::finish_to_start:
      return to.latest_start - lag;
    case DependencyType::start_to_start:
      return to.latest_start - lag + from_duration;
    case DependencyType::finish_to_finish:
      return to.latest_finish - lag;
    case DependencyType::start_to_finish:
      return to.latest_finish - lag + from_duration;
  }
  return 0;
}

// How far `from` may slip before the dependency moves the early dates of `to`.
std::int64_t slack(DependencyType type, std::int64_t lag, const TaskTimes& from,
                   const TaskTimes& to) {
  switch (type) {
    case DependencyType::finish_to_start:
      return to.earliest_start - lag - from.earliest_finish;
    case DependencyType::start_to_start:
      return to.earliest_start - lag - from.earliest_start;
    case DependencyType::finish_to_finish:
      return to.earliest_finish - lag - from.earliest_finish;
    case DependencyType::start_to_finish:
      return to.earliest_finish - lag - from.earliest_start;
  }
  return 0;
}

}  // namespace

std::vector<std::int64_t> deterministic_amounts(const model::Pathway& pathway) {
  std::vector<std::int64_t> amounts(pathway.tasks.size());
  for (std::size_t i = 0; i < pathway.tasks.size(); ++i) {
    const auto& task = pathway.tasks[i];
    amounts[i] = task.probability >= 0.5 ? model::deterministic_duration(task.duration).amount : 0;
  }
  if (pathway.branches.empty()) return amounts;
  std::unordered_map<std::string_view, std::size_t> index;
  index.reserve(pathway.tasks.size());
  for (std::size_t i = 0; i < pathway.tasks.size(); ++i)
    index.emplace(pathway.tasks[i].id, i);
  for (const auto& branch : pathway.branches) {
    const model::Branch::Outcome* taken = nullptr;
    for (const auto& outcome : branch.outcomes) {
      if (!taken || outcome.probability > taken->probability) taken = &outcome;
    }
    for (const auto& outcome : branch.outcomes) {
      const auto found = index.find(outcome.task);
      if (&outcome != taken && found != index.end()) amounts[found->second] = 0;
    }
  }
  return amounts;
}

CriticalPath critical_path(const model::Pathway& pathway, const TaskGraph& graph,
                           std::span<const std::int64_t> durations) {
  const std::size_t n = graph.size();
  if (durations.size() != n || pathway.tasks.size() != n) {
    throw Error("critical_path: " + std::to_string(durations.size()) + " durations for " +
                std::to_string(n) + " tasks");
  }
  if (std::any_of(durations.begin(), durations.end(), [](std::int64_t d) { return d < 0; })) {
    throw Error("critical_path: task durations must not be negative");
  }
  const auto& dependencies = pathway.dependencies;
  const auto lag_of = [&](const Arc& arc) -> std::int64_t {
    return dependencies[arc.dependency].lag.amount;
  };

  CriticalPath result;
  result.tasks.resize(n);
  std::vector<std::size_t> driver(n, no_driver);  // predecessor that set the earliest start
  const auto& order = graph.topological_order();

  for (const std::size_t j : order) {
    TaskTimes& times = result.tasks[j];
    times.duration = durations[j];
    std::int64_t start = 0;  // nothing starts before the pathway does
    for (const Arc& arc : graph.predecessors(j)) {
      const std::int64_t allowed = start_allowed(dependencies[arc.dependency].type, lag_of(arc),
                                                 result.tasks[arc.task], times.duration);
      if (driver[j] == no_driver ? allowed >= start : allowed > start) {
        start = allowed;
        driver[j] = arc.task;
      }
    }
    times.earliest_start = start;
    times.earliest_finish = start + times.duration;
    result.length = std::max(result.length, times.earliest_finish);
  }

  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const std::size_t i = *it;
    TaskTimes& times = result.tasks[i];
    std::int64_t finish = result.length;  // everything finishes by the end
    std::int64_t free = result.length - times.earliest_finish;
    for (const Arc& arc : graph.successors(i)) {
      const auto type = dependencies[arc.dependency].type;
      const TaskTimes& successor = result.tasks[arc.task];
      finish = std::min(finish, finish_allowed(type, lag_of(arc), successor, times.duration));
      free = std::min(free, slack(type, lag_of(arc), times, successor));
    }
    times.latest_finish = finish;
    times.latest_start = finish - times.duration;
    times.total_float = times.latest_start - times.earliest_start;
    times.free_float = free;
    times.critical = times.total_float == 0;
  }

  // The last task in topological order that ends the pathway, then back along drivers:
  // the driver of a critical task is itself critical (its dependency is binding).
  const auto last = std::find_if(order.rbegin(), order.rend(), [&](std::size_t t) {
    return result.tasks[t].earliest_finish == result.length;
  });
  if (last != order.rend()) {
    for (std::size_t t = *last; t != no_driver; t = driver[t])
      result.path.push_back(t);
    std::reverse(result.path.begin(), result.path.end());
  }
  return result;
}

CriticalPath critical_path(const model::Pathway& pathway) {
  const TaskGraph graph(pathway);
  const auto amounts = deterministic_amounts(pathway);
  return critical_path(pathway, graph, amounts);
}

}  // namespace regsim::graph
