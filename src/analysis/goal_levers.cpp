// Goal levers on a grid: the value and cost of each grid point and what it does to a
// pathway. Every evaluation applies the levers to the pathway as read, so a lever's
// effect never compounds.
#include "goal_levers.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "regsim/graph/names.hpp"

namespace regsim::analysis::detail {
namespace {

using model::LeverKind;

// Whether more grid points raise the value (a pool, days off, a likelier outcome, a
// longer gap, more sittings) or lower it (a factor, a rework probability).
bool rises(const model::GoalLever& lever) {
  return lever.kind != LeverKind::duration_scale && lever.kind != LeverKind::rework;
}

double clamp0(double value) {
  return std::max(0.0, value);
}

// Every draw of the distribution `shift` units shorter (never below 0).
model::Distribution shortened(model::Distribution distribution, double shift) {
  std::visit(
      [&](auto& d) {
        using D = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<D, model::Fixed>) {
          d.value = clamp0(d.value - shift);
        } else if constexpr (std::is_same_v<D, model::Uniform>) {
          d.min = clamp0(d.min - shift);
          d.max = clamp0(d.max - shift);
        } else if constexpr (std::is_same_v<D, model::Triangular> ||
                             std::is_same_v<D, model::Pert>) {
          d.min = clamp0(d.min - shift);
          d.mode = clamp0(d.mode - shift);
          d.max = clamp0(d.max - shift);
        } else if constexpr (std::is_same_v<D, model::Empirical>) {
          for (auto& v : d.values)
            v = clamp0(v - shift);
        }
      },
      distribution);
  return distribution;
}

// Every draw of the distribution times `factor`.
model::Distribution scaled(model::Distribution distribution, double factor) {
  std::visit(
      [&](auto& d) {
        using D = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<D, model::Fixed>) {
          d.value *= factor;
        } else if constexpr (std::is_same_v<D, model::Uniform>) {
          d.min *= factor;
          d.max *= factor;
        } else if constexpr (std::is_same_v<D, model::Triangular> ||
                             std::is_same_v<D, model::Pert>) {
          d.min *= factor;
          d.mode *= factor;
          d.max *= factor;
        } else if constexpr (std::is_same_v<D, model::LogNormal>) {
          d.mu += std::log(factor);
        } else if constexpr (std::is_same_v<D, model::Empirical>) {
          for (auto& v : d.values)
            v *= factor;
        } else if constexpr (std::is_same_v<D, model::Exponential>) {
          d.mean *= factor;
        }
      },
      distribution);
  return distribution;
}

// The outcome's probability set to `value`, the others scaled to keep the sum at 1.
void set_outcome(model::Branch& branch, const std::string& outcome, double value) {
  double before = 0;
  for (const auto& o : branch.outcomes) {
    if (o.task == outcome) before = o.probability;
  }
  const double others = static_cast<double>(branch.outcomes.size() - 1);
  for (auto& o : branch.outcomes) {
    if (o.task == outcome) {
      o.probability = value;
    } else {
      o.probability = before < 1 ? o.probability * (1 - value) / (1 - before)
                                 : (1 - value) / std::max(1.0, others);
    }
  }
}

void apply(model::Pathway& pathway, const model::GoalLever& lever, double value) {
  switch (lever.kind) {
    case LeverKind::pool_capacity:
      for (auto& pool : pathway.resources) {
        if (pool.id == lever.pool) pool.capacity = static_cast<int>(std::lround(value));
      }
      return;
    case LeverKind::duration_shorten:
    case LeverKind::duration_scale:
    case LeverKind::rework: {
      model::Task* task = pathway.find_task(lever.task);
      if (!task) return;
      if (lever.kind == LeverKind::duration_shorten) {
        task->duration.distribution = shortened(task->duration.distribution, value);
      } else if (lever.kind == LeverKind::duration_scale) {
        task->duration.distribution = scaled(task->duration.distribution, value);
      } else if (task->rework) {
        task->rework->probability = value;
      }
      return;
    }
    case LeverKind::branch:
      for (auto& branch : pathway.branches) {
        if (branch.id == lever.branch) set_outcome(branch, lever.outcome, value);
      }
      return;
    case LeverKind::arrival_interval:
      if (pathway.portfolio)
        pathway.portfolio->interval = {static_cast<int>(std::lround(value)),
                                       calendar::DurationUnit::calendar_days};
      return;
    case LeverKind::sitting_cadence: {
      const auto found = pathway.sittings.find(lever.sittings);
      if (found == pathway.sittings.end() || found->second.rules().size() != 1) return;
      found->second.set_rules(calendar::monthly_cadence(found->second.rules().front(),
                                                        static_cast<int>(std::lround(value))));
      return;
    }
  }
}

}  // namespace

int steps(const model::GoalLever& lever) {
  return static_cast<int>(std::lround((lever.max - lever.min) / lever.step));
}

double lever_value(const model::GoalLever& lever, int k) {
  const double value = rises(lever) ? lever.min + k * lever.step : lever.max - k * lever.step;
  return lever.step == 1 ? std::round(value) : std::round(value * 100) / 100;
}

double lever_cost(const model::GoalLever& lever, int k) {
  if (lever.kind == LeverKind::pool_capacity || lever.kind == LeverKind::duration_shorten ||
      lever.kind == LeverKind::sitting_cadence)
    return lever_value(lever, k) * lever.cost;
  return k * lever.step * lever.cost;
}

std::string lever_id(const model::GoalLever& lever) {
  switch (lever.kind) {
    case LeverKind::pool_capacity:
      return lever.pool;
    case LeverKind::duration_shorten:
      return "shorten(" + lever.task + ")";
    case LeverKind::duration_scale:
      return "scale(" + lever.task + ")";
    case LeverKind::rework:
      return "rework(" + lever.task + ")";
    case LeverKind::branch:
      return "probability(" + lever.branch + "/" + lever.outcome + ")";
    case LeverKind::arrival_interval:
      return "arrivals(interval)";
    case LeverKind::sitting_cadence:
      return "sittings(" + lever.sittings + ")";
  }
  return {};
}

model::Pathway with_levers(const model::Pathway& base, const model::Goal& goal,
                           const std::vector<int>& points) {
  model::Pathway pathway = base;
  for (std::size_t l = 0; l < goal.levers.size(); ++l)
    apply(pathway, goal.levers[l], lever_value(goal.levers[l], points[l]));
  return pathway;
}

LeverSetting setting(const model::GoalLever& lever, int k) {
  LeverSetting row;
  row.id = lever_id(lever);
  row.value = lever_value(lever, k);
  row.cost = lever_cost(lever, k);
  row.min = lever.min;
  row.max = lever.max;
  row.at_bound = k == steps(lever);
  return row;
}

namespace {

struct Names {
  std::vector<std::string> tasks, pools, branches, sittings;
};

Diagnostic bad_value(const model::GoalLever& lever, std::string message) {
  Diagnostic diagnostic;
  diagnostic.where = lever.where;
  diagnostic.id = "bad_value";
  diagnostic.message = std::move(message);
  return diagnostic;
}

// A cadence lever's problem with its sitting calendar: it needs one monthly rule whose week
// the cadence can count from (calendar::monthly_cadence).
std::optional<Diagnostic> cadence_problem(const model::GoalLever& lever,
                                          const calendar::SittingCalendar& calendar) {
  const std::string name = "sitting calendar '" + lever.sittings + "'";
  if (calendar.is_timetable())
    return bad_value(lever, name +
                                " is a timetable of slots: a 'per_month' lever sets how "
                                "often a committee sits by a rule");
  if (calendar.rules().size() != 1)
    return bad_value(lever, name + " has " + std::to_string(calendar.rules().size()) +
                                " rules: a 'per_month' lever repeats the one rule of a "
                                "committee's sittings on other weeks of the month");
  const int nth = calendar.rules().front().nth;
  if (nth < 1 || nth > 4)
    return bad_value(lever, name + "'s rule sits in the " +
                                (nth == -1 ? std::string("last") : std::to_string(nth) + "th") +
                                " week: a 'per_month' lever counts from a rule in week 1 to 4");
  return std::nullopt;
}

// A task lever's problem with its task's form.
std::optional<Diagnostic> task_problem(const model::GoalLever& lever, const model::Task& task) {
  const auto& d = task.duration.distribution;
  if (lever.kind == LeverKind::duration_shorten && (std::holds_alternative<model::LogNormal>(d) ||
                                                    std::holds_alternative<model::Exponential>(d)))
    return bad_value(lever, "task '" + lever.task +
                                "' has a lognormal or exponential duration, which a shift "
                                "would change in shape: give it a 'scale' lever");
  if (lever.kind == LeverKind::duration_scale && lever.min <= 0)
    return bad_value(lever, "a 'scale' factor is above 0 (0 would remove the task)");
  if (lever.kind == LeverKind::rework && !task.rework)
    return bad_value(lever, "task '" + lever.task + "' has no rework: nothing to set");
  return std::nullopt;
}

// The lever's problem against the pathway, if any. A name the pathway lacks is reported
// by graph::unknown_name, the one home of those ids (issue 20).
std::optional<Diagnostic> lever_problem(const model::GoalLever& lever,
                                        const model::Pathway& pathway, const Names& names) {
  const std::string subject = "pathway '" + pathway.id + "'";
  switch (lever.kind) {
    case LeverKind::pool_capacity: {
      const auto pool = std::find(names.pools.begin(), names.pools.end(), lever.pool);
      if (pool == names.pools.end())
        return graph::unknown_name(graph::NameKind::pool, lever.where, subject, lever.pool,
                                   names.pools);
      if (!pathway.resources[static_cast<std::size_t>(pool - names.pools.begin())].plan.empty())
        return bad_value(lever, "pool '" + lever.pool +
                                    "' has a capacity plan, which would override the lever on "
                                    "its dates; a lever sets one capacity for the whole run");
      return std::nullopt;
    }
    case LeverKind::duration_shorten:
    case LeverKind::duration_scale:
    case LeverKind::rework: {
      const model::Task* task = pathway.find_task(lever.task);
      if (!task)
        return graph::unknown_name(graph::NameKind::task, lever.where, subject, lever.task,
                                   names.tasks);
      return task_problem(lever, *task);
    }
    case LeverKind::branch: {
      const auto branch =
          std::find_if(pathway.branches.begin(), pathway.branches.end(),
                       [&](const model::Branch& b) { return b.id == lever.branch; });
      if (branch == pathway.branches.end())
        return graph::unknown_name(graph::NameKind::branch, lever.where, subject, lever.branch,
                                   names.branches);
      std::vector<std::string> outcomes;
      for (const auto& o : branch->outcomes)
        outcomes.push_back(o.task);
      if (std::find(outcomes.begin(), outcomes.end(), lever.outcome) == outcomes.end())
        return graph::unknown_name(graph::NameKind::outcome, lever.where,
                                   "branch '" + lever.branch + "'", lever.outcome, outcomes);
      return std::nullopt;
    }
    case LeverKind::arrival_interval: {
      const auto& p = pathway.portfolio;
      if (!p || !p->arrivals.empty() || !p->gaps.empty() || !p->monthly.empty())
        return bad_value(lever,
                         "an 'arrivals' lever sets a portfolio's 'interval': the pathway needs "
                         "a portfolio whose arrivals come every interval (not dates, gaps or "
                         "monthly rates)");
      if (lever.min < 1) return bad_value(lever, "an arrival interval is at least 1 day");
      return std::nullopt;
    }
    case LeverKind::sitting_cadence: {
      const auto found = pathway.sittings.find(lever.sittings);
      if (found == pathway.sittings.end())
        return graph::unknown_name(graph::NameKind::sittings, lever.where, subject, lever.sittings,
                                   names.sittings);
      return cadence_problem(lever, found->second);
    }
  }
  return std::nullopt;
}

}  // namespace

void check_levers(const model::Goal& goal, const model::Pathway& pathway,
                  std::vector<Diagnostic>& diagnostics) {
  Names names;
  for (const auto& task : pathway.tasks)
    names.tasks.push_back(task.id);
  for (const auto& pool : pathway.resources)
    names.pools.push_back(pool.id);
  for (const auto& branch : pathway.branches)
    names.branches.push_back(branch.id);
  for (const auto& [name, calendar] : pathway.sittings)
    names.sittings.push_back(name);
  std::vector<std::string> seen;
  for (const auto& lever : goal.levers) {
    auto problem = lever_problem(lever, pathway, names);
    const std::string name = lever_id(lever);
    if (!problem && std::find(seen.begin(), seen.end(), name) != seen.end())
      problem = bad_value(lever, "a second lever " + name + ": each lever appears once");
    seen.push_back(name);
    if (problem) diagnostics.push_back(std::move(*problem));
  }
}

}  // namespace regsim::analysis::detail
