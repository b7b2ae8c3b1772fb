#include "overlay.hpp"

#include <algorithm>
#include <unordered_set>

#include "support/id_index.hpp"
#include "support/suggest.hpp"

namespace regsim::graph::detail {
namespace {

using model::Dependency;
using model::Fixed;
using model::ResourceNeed;
using model::ResourcePool;
using model::Task;
using model::TaskKind;
using model::TaskRef;

// Applies one overlay in the documented order, collecting what does not fit.
class OverlayApplier {
 public:
  OverlayApplier(Pathway& pathway, const Scenario& scenario, Diagnostics& diagnostics, Blame& blame)
      : pathway_(pathway), scenario_(scenario), diagnostics_(diagnostics), blame_(blame) {}

  void apply() {
    index_tasks();
    remove_tasks();
    skip_tasks();
    change_tasks();
    add_tasks();
    remove_dependencies();
    add_dependencies();
    change_capacities();
    if (scenario_.calendar) {
      if (check_calendar(*scenario_.calendar, scenario_.where)) {
        pathway_.calendar = *scenario_.calendar;
      }
    }
    if (scenario_.convention) pathway_.convention = *scenario_.convention;
    for (const auto& [name, sittings] : scenario_.sittings) {
      pathway_.sittings.insert_or_assign(name, sittings);
    }
    if (scenario_.start) pathway_.start = scenario_.start;
    // Sitting names are checked last: this overlay's own `sittings` may define them.
    for (const auto& [name, where] : sittings_to_check_) {
      if (pathway_.sittings.find(name) == pathway_.sittings.end()) {
        report(diagnostics_, where, "unknown_sittings",
               in_scenario() + "no sitting calendar " + quoted(name));
      }
    }
  }

 private:
  std::string in_scenario() const { return "scenario " + quoted(scenario_.id) + ": "; }

  // The index holds views of the task ids, which move with the tasks: it is rebuilt after
  // remove_tasks, and the room reserved here lets add_tasks append without moving any.
  void index_tasks() {
    pathway_.tasks.reserve(pathway_.tasks.size() + scenario_.add.size());
    index_ = support::IdIndex(pathway_.tasks.size() + scenario_.add.size());
    for (std::size_t i = 0; i < pathway_.tasks.size(); ++i)
      index_.insert(pathway_.tasks[i].id, static_cast<std::int32_t>(i));
  }

  Task* task(std::string_view id) {
    const std::int32_t found = index_.find(id);
    return found < 0 ? nullptr : &pathway_.tasks[static_cast<std::size_t>(found)];
  }

  void unknown_task(const SourceLocation& where, std::string_view verb, const std::string& id) {
    report(diagnostics_, where, "unknown_task",
           in_scenario() + std::string(verb) + " task " + quoted(id) + ", which does not exist");
  }

  void remove_tasks() {
    if (scenario_.remove.empty()) return;
    std::unordered_map<std::string, const TaskRef*> removed;
    for (const auto& ref : scenario_.remove) {
      if (!task(ref.id) || removed.count(ref.id)) {
        unknown_task(ref.where, "removes", ref.id);
        continue;
      }
      removed.emplace(ref.id, &ref);
    }
    if (removed.empty()) return;
    auto& tasks = pathway_.tasks;
    tasks.erase(std::remove_if(tasks.begin(), tasks.end(),
                               [&](const Task& t) { return removed.count(t.id) != 0; }),
                tasks.end());
    auto& dependencies = pathway_.dependencies;
    dependencies.erase(std::remove_if(dependencies.begin(), dependencies.end(),
                                      [&](const Dependency& d) {
                                        return removed.count(d.from) || removed.count(d.to);
                                      }),
                       dependencies.end());
    index_tasks();
    // Deadlines, branches and rework loops cannot measure from or return to a task that
    // no longer exists; say so at the overlay line rather than later at the deadline.
    // `by` names the user; it is only spelt out when there is something to report.
    const auto still_named = [&](const std::string& id, std::string_view by_kind,
                                 const std::string& by_id) {
      const auto found = removed.find(id);
      if (found == removed.end()) return;
      report(diagnostics_, found->second->where, "unknown_task",
             in_scenario() + "removes task " + quoted(id) + ", but " + std::string(by_kind) +
                 quoted(by_id) + " names it; use `skip` to keep it as a pass-through");
    };
    if (removed.empty()) return;
    for (const auto& deadline : pathway_.deadlines) {
      still_named(deadline.from, "deadline ", deadline.id);
      if (deadline.to != deadline.from) still_named(deadline.to, "deadline ", deadline.id);
    }
    for (const auto& branch : pathway_.branches) {
      for (const auto& outcome : branch.outcomes) {
        still_named(outcome.task, "branch ", branch.id);
      }
    }
    for (const auto& t : tasks) {
      if (t.rework) still_named(t.rework->restart, "the rework of task ", t.id);
    }
  }

  void skip_tasks() {
    for (const auto& ref : scenario_.skip) {
      Task* skipped = task(ref.id);
      if (!skipped) {
        unknown_task(ref.where, "skips", ref.id);
        continue;
      }
      // A skipped task behaves as one whose probability did not come up: it stays in the
      // graph so that its dependencies still pass through, takes no time, holds no pool
      // and repeats nothing.
      skipped->probability = 0;
      skipped->duration.distribution = Fixed{0};
      skipped->needs.clear();
      skipped->rework.reset();
    }
  }

  bool check_calendar(const std::string& name, const SourceLocation& where) {
    if (name == "weekdays" || pathway_.calendars.find(name) != pathway_.calendars.end()) {
      return true;
    }
    report(diagnostics_, where, "unknown_calendar",
           in_scenario() + "calendar " + quoted(name) + " is not loaded into the pathway");
    return false;
  }

  bool check_needs(const std::vector<ResourceNeed>& needs, const SourceLocation& where) {
    bool ok = true;
    for (const auto& need : needs) {
      const bool known =
          std::any_of(pathway_.resources.begin(), pathway_.resources.end(),
                      [&](const ResourcePool& pool) { return pool.id == need.pool; });
      if (!known) {
        report(diagnostics_, where, "unknown_pool",
               in_scenario() + "no resource pool " + quoted(need.pool));
        ok = false;
      }
    }
    return ok;
  }

  // Names a task refers to that must exist once the overlay is applied.
  void check_references(const Task& t, const SourceLocation& where) {
    if (!t.calendar.empty()) check_calendar(t.calendar, where);
    check_needs(t.needs, where);
    if (!t.sittings.empty()) sittings_to_check_.emplace_back(t.sittings, where);
  }

  void change_tasks() {
    for (const auto& patch : scenario_.change) {
      Task* changed = task(patch.id);
      if (!changed) {
        unknown_task(patch.where, "changes", patch.id);
        continue;
      }
      if (patch.kind || patch.duration || patch.sittings) {
        blame_.task_shape.insert_or_assign(patch.id, &patch.where);
      }
      if (patch.name) changed->name = *patch.name;
      if (patch.owner) changed->owner = *patch.owner;
      if (patch.kind) changed->kind = *patch.kind;
      if (patch.duration) changed->duration = *patch.duration;
      if (patch.clock_runs) changed->clock_runs = *patch.clock_runs;
      if (patch.calendar && check_calendar(*patch.calendar, patch.where)) {
        changed->calendar = *patch.calendar;
      }
      if (patch.convention) changed->convention = *patch.convention;
      if (patch.needs && check_needs(*patch.needs, patch.where)) {
        changed->needs = *patch.needs;
        blame_.task_needs.insert_or_assign(patch.id, &patch.where);
      }
      if (patch.sittings) {
        changed->sittings = *patch.sittings;
        sittings_to_check_.emplace_back(*patch.sittings, patch.where);
      }
      if (patch.probability) changed->probability = *patch.probability;
      if (patch.rework) changed->rework = *patch.rework;
      if (patch.note) changed->note = *patch.note;
    }
  }

  void add_tasks() {
    for (const auto& added : scenario_.add) {
      if (task(added.id)) {
        report(diagnostics_, added.where, "duplicate_id",
               in_scenario() + "adds task " + quoted(added.id) + ", which already exists");
        continue;
      }
      check_references(added, added.where);
      if (!added.needs.empty()) blame_.task_needs.insert_or_assign(added.id, &added.where);
      blame_.task_shape.insert_or_assign(added.id, &added.where);
      pathway_.tasks.push_back(added);
      index_.insert(pathway_.tasks.back().id, static_cast<std::int32_t>(pathway_.tasks.size() - 1));
    }
  }

  void remove_dependencies() {
    for (const auto& ref : scenario_.remove_dependencies) {
      const bool from_known = task(ref.from) != nullptr;
      const bool to_known = task(ref.to) != nullptr;
      if (!from_known) unknown_task(ref.where, "removes a dependency from", ref.from);
      if (!to_known) unknown_task(ref.where, "removes a dependency to", ref.to);
      if (!from_known || !to_known) continue;
      auto& dependencies = pathway_.dependencies;
      const auto kept =
          std::remove_if(dependencies.begin(), dependencies.end(),
                         [&](const Dependency& d) { return d.from == ref.from && d.to == ref.to; });
      if (kept == dependencies.end()) {
        report(diagnostics_, ref.where, "unknown_dependency",
               in_scenario() + "removes dependency " + quoted(ref.from + " -> " + ref.to) +
                   ", which does not exist");
      }
      dependencies.erase(kept, dependencies.end());
    }
  }

  void add_dependencies() {
    for (const auto& dependency : scenario_.add_dependencies) {
      const bool from_known = task(dependency.from) != nullptr;
      const bool to_known = task(dependency.to) != nullptr;
      if (!from_known) unknown_task(dependency.where, "adds a dependency from", dependency.from);
      if (!to_known) unknown_task(dependency.where, "adds a dependency to", dependency.to);
      if (from_known && to_known) pathway_.dependencies.push_back(dependency);
    }
  }

  void change_capacities() {
    for (const auto& [pool_id, capacity] : scenario_.capacities) {
      // An init-capture, not [&]: clang before 16 cannot capture a structured binding,
      // and the fuzz build uses clang 14.
      const auto pool = std::find_if(pathway_.resources.begin(), pathway_.resources.end(),
                                     [&id = pool_id](const ResourcePool& p) { return p.id == id; });
      if (pool == pathway_.resources.end()) {
        report(diagnostics_, scenario_.where, "unknown_pool",
               in_scenario() + "changes the capacity of " + quoted(pool_id) +
                   ", which is not a resource pool");
      } else if (capacity < 1) {
        report(diagnostics_, scenario_.where, "bad_capacity",
               in_scenario() + "the capacity of " + quoted(pool_id) + " must be at least 1, not " +
                   std::to_string(capacity));
      } else {
        pool->capacity = capacity;
        blame_.pool_capacity.insert_or_assign(pool_id, &scenario_.where);
      }
    }
  }

  Pathway& pathway_;
  const Scenario& scenario_;
  Diagnostics& diagnostics_;
  Blame& blame_;
  support::IdIndex index_;
  std::vector<std::pair<std::string, SourceLocation>> sittings_to_check_;
};

// A need larger than its pool can never be met. Only needs or capacities an overlay set
// are checked here: the file's own are the reader's to report.
void check_capacities(const Pathway& pathway, const std::string& scenario_id, const Blame& blame,
                      Diagnostics& diagnostics) {
  for (const auto& task : pathway.tasks) {
    for (const auto& need : task.needs) {
      const auto pool = std::find_if(pathway.resources.begin(), pathway.resources.end(),
                                     [&](const ResourcePool& p) { return p.id == need.pool; });
      if (pool == pathway.resources.end() || need.units <= pool->capacity) continue;
      const auto by_task = blame.task_needs.find(task.id);
      const auto by_pool = blame.pool_capacity.find(need.pool);
      if (by_task == blame.task_needs.end() && by_pool == blame.pool_capacity.end()) continue;
      const SourceLocation& where =
          *(by_task != blame.task_needs.end() ? by_task->second : by_pool->second);
      report(diagnostics, where, "needs_exceed_capacity",
             "scenario " + quoted(scenario_id) + ": task " + quoted(task.id) + " needs " +
                 std::to_string(need.units) + " of " + quoted(need.pool) + ", which has " +
                 std::to_string(pool->capacity));
    }
  }
}

// Kind, duration and sittings must still agree after an overlay changed one of them
// (a task turned into a decision needs a sitting calendar; a milestone takes no time).
void check_shapes(const Pathway& pathway, const std::string& scenario_id, const Blame& blame,
                  Diagnostics& diagnostics) {
  for (const auto& task : pathway.tasks) {
    const auto touched = blame.task_shape.find(task.id);
    if (touched == blame.task_shape.end()) continue;
    const auto prefix = [&] {
      return "scenario " + quoted(scenario_id) + ": task " + quoted(task.id);
    };
    if (task.kind == TaskKind::decision && task.sittings.empty()) {
      report(diagnostics, *touched->second, "decision_without_sittings",
             prefix() + " is a decision but names no sitting calendar");
    }
    const auto* fixed = std::get_if<Fixed>(&task.duration.distribution);
    if (task.kind == TaskKind::milestone && !(fixed && fixed->value == 0)) {
      report(diagnostics, *touched->second, "milestone_duration",
             prefix() + " is a milestone and must have a zero duration");
    }
  }
}

}  // namespace

void apply_overlay(Pathway& pathway, const Scenario& scenario, Diagnostics& diagnostics,
                   Blame& blame) {
  OverlayApplier(pathway, scenario, diagnostics, blame).apply();
}

void check_overlaid(const Pathway& pathway, const std::string& scenario_id, const Blame& blame,
                    Diagnostics& diagnostics) {
  check_capacities(pathway, scenario_id, blame, diagnostics);
  check_shapes(pathway, scenario_id, blame, diagnostics);
}

}  // namespace regsim::graph::detail
