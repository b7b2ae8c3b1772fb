#include "composition.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

namespace regsim::io::detail {
namespace {

struct Prefixer {
  std::string prefix;
  std::string operator()(const std::string& id) const {
    return id.empty() ? id : prefix + "." + id;
  }
};

void prefix_task(model::Task& task, const Prefixer& p) {
  task.id = p(task.id);
  for (auto& need : task.needs)
    need.pool = p(need.pool);
  task.sittings = p(task.sittings);
  if (task.rework) task.rework->restart = p(task.rework->restart);
}

void prefix_patch(model::TaskPatch& patch, const Prefixer& p) {
  patch.id = p(patch.id);
  if (patch.needs) {
    for (auto& need : *patch.needs)
      need.pool = p(need.pool);
  }
  if (patch.sittings) patch.sittings = p(*patch.sittings);
  if (patch.rework) patch.rework->restart = p(patch.rework->restart);
}

// Pins the included file's defaults on tasks that relied on them.
void pin_defaults(model::Task& task, const model::Pathway& part) {
  if (task.calendar.empty()) task.calendar = part.calendar;
  if (!task.convention && !part.calendar_conventions.contains(task.calendar)) {
    task.convention = part.convention;
  }
}

void prefix_scenario(model::Scenario& scenario, const model::Pathway& part,
                     const std::vector<std::string>& default_calendar_tasks, const Prefixer& p) {
  for (auto& ref : scenario.remove)
    ref.id = p(ref.id);
  for (auto& ref : scenario.skip)
    ref.id = p(ref.id);
  for (auto& patch : scenario.change)
    prefix_patch(patch, p);
  for (auto& task : scenario.add) {
    prefix_task(task, p);
    pin_defaults(task, part);
  }
  for (auto& ref : scenario.remove_dependencies) {
    ref.from = p(ref.from);
    ref.to = p(ref.to);
  }
  for (auto& dependency : scenario.add_dependencies) {
    dependency.from = p(dependency.from);
    dependency.to = p(dependency.to);
  }
  std::map<std::string, int> capacities;
  for (auto& [pool, capacity] : scenario.capacities)
    capacities[p(pool)] = capacity;
  scenario.capacities = std::move(capacities);
  std::map<std::string, calendar::SittingCalendar> sittings;
  for (auto& [name, calendar] : scenario.sittings)
    sittings.emplace(p(name), std::move(calendar));
  scenario.sittings = std::move(sittings);
  // The part's scenario-wide calendar and convention applied to its tasks that used its
  // defaults; as patches they reach only those tasks once merged.
  if (scenario.calendar || scenario.convention) {
    for (const auto& id : default_calendar_tasks) {
      model::TaskPatch patch;
      patch.id = id;
      patch.calendar = scenario.calendar;
      patch.convention = scenario.convention;
      patch.where = scenario.where;
      scenario.change.push_back(std::move(patch));
    }
    scenario.calendar.reset();
    scenario.convention.reset();
  }
  scenario.start.reset();  // the including file's start governs
  for (auto& lever : scenario.levers) {
    lever.id = p(lever.id);  // beside the including file's own levers
    prefix_scenario(lever, part, default_calendar_tasks, p);
  }
}

template <typename T>
void append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

void share_pools(model::Pathway& whole, const std::string& prefix,
                 const std::vector<model::ResourcePool>& shared, std::size_t first_task,
                 std::size_t first_pool) {
  // The shared id of `pool` when it is `prefix.X` for a shared X, else nullptr.
  const auto shared_id = [&](const std::string& pool) -> const std::string* {
    if (pool.size() <= prefix.size() + 1 || pool.compare(0, prefix.size(), prefix) != 0 ||
        pool[prefix.size()] != '.') {
      return nullptr;
    }
    const std::string_view rest = std::string_view(pool).substr(prefix.size() + 1);
    for (const auto& candidate : shared) {
      if (candidate.id == rest) return &candidate.id;
    }
    return nullptr;
  };
  const auto rename = [&](std::vector<model::ResourceNeed>& needs) {
    for (auto& need : needs) {
      if (const auto* id = shared_id(need.pool)) need.pool = *id;
    }
  };
  for (std::size_t t = first_task; t < whole.tasks.size(); ++t)
    rename(whole.tasks[t].needs);
  for (auto& scenario : whole.scenarios) {
    const auto share = [&](model::Scenario& overlay) {
      for (auto& task : overlay.add)
        rename(task.needs);
      for (auto& patch : overlay.change) {
        if (patch.needs) rename(*patch.needs);
      }
      // The portfolio file owns the capacity of a shared pool: a class's overlay of it goes.
      std::erase_if(overlay.capacities, [&](const auto& entry) { return shared_id(entry.first); });
    };
    share(scenario);
    for (auto& lever : scenario.levers)
      share(lever);
  }
  auto& pools = whole.resources;
  pools.erase(std::remove_if(pools.begin() + static_cast<std::ptrdiff_t>(first_pool), pools.end(),
                             [&](const model::ResourcePool& pool) { return shared_id(pool.id); }),
              pools.end());
}

void merge_scenario(model::Scenario& into, model::Scenario&& later) {
  append(into.remove, later.remove);
  append(into.skip, later.skip);
  append(into.change, later.change);
  append(into.add, later.add);
  append(into.remove_dependencies, later.remove_dependencies);
  append(into.add_dependencies, later.add_dependencies);
  append(into.levers, later.levers);
  for (auto& [pool, capacity] : later.capacities)
    into.capacities[pool] = capacity;
  for (auto& [name, calendar] : later.sittings)
    into.sittings.insert_or_assign(name, calendar);
  for (auto& source : later.sources) {
    if (std::find(into.sources.begin(), into.sources.end(), source) == into.sources.end()) {
      into.sources.push_back(source);
    }
  }
  // Whoever comes later (the including file) decides the scenario's own settings.
  if (!later.title.empty()) into.title = later.title;
  if (!later.description.empty()) into.description = later.description;
  if (!later.extends.empty()) into.extends = later.extends;
  if (later.calendar) into.calendar = later.calendar;
  if (later.convention) into.convention = later.convention;
  if (later.start) into.start = later.start;
  if (later.where.line != 0) into.where = later.where;
}

void merge_scenarios(std::vector<model::Scenario>& into, std::vector<model::Scenario>&& later) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < into.size(); ++i)
    index.emplace(into[i].id, i);
  for (auto& scenario : later) {
    const auto [existing, added] = index.emplace(scenario.id, into.size());
    if (added) {
      into.push_back(std::move(scenario));
    } else {
      merge_scenario(into[existing->second], std::move(scenario));
    }
  }
}

void merge_included(model::Pathway& whole, model::Pathway part, const std::string& prefix) {
  const Prefixer p{prefix};
  std::vector<std::string> default_calendar_tasks;
  for (auto& task : part.tasks) {
    if (task.calendar.empty()) default_calendar_tasks.push_back(p(task.id));
    prefix_task(task, p);
    pin_defaults(task, part);
  }
  for (auto& dependency : part.dependencies) {
    dependency.from = p(dependency.from);
    dependency.to = p(dependency.to);
  }
  for (auto& pool : part.resources)
    pool.id = p(pool.id);
  for (auto& branch : part.branches) {
    branch.id = p(branch.id);
    for (auto& outcome : branch.outcomes)
      outcome.task = p(outcome.task);
  }
  for (auto& deadline : part.deadlines) {
    deadline.id = p(deadline.id);
    deadline.from = p(deadline.from);
    deadline.to = p(deadline.to);
  }
  for (auto& scenario : part.scenarios) {
    prefix_scenario(scenario, part, default_calendar_tasks, p);
  }

  append(whole.tasks, part.tasks);
  append(whole.dependencies, part.dependencies);
  append(whole.resources, part.resources);
  append(whole.branches, part.branches);
  append(whole.deadlines, part.deadlines);
  for (auto& source : part.sources) {
    const bool known = std::any_of(whole.sources.begin(), whole.sources.end(),
                                   [&](const model::Source& s) { return s.id == source.id; });
    if (!known) whole.sources.push_back(std::move(source));
  }
  for (auto& [name, sittings] : part.sittings)
    whole.sittings.emplace(p(name), std::move(sittings));
  for (auto& [name, calendar] : part.calendars)
    whole.calendars.emplace(name, std::move(calendar));
  for (auto& [name, convention] : part.calendar_conventions) {
    whole.calendar_conventions.emplace(name, convention);
  }
  merge_scenarios(whole.scenarios, std::move(part.scenarios));
}

}  // namespace regsim::io::detail
