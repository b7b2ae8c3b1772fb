// Scenarios: named overlays on a pathway (the reform), and applying them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/convention.hpp"
#include "regsim/calendar/sittings.hpp"
#include "regsim/error.hpp"
#include "regsim/model/dependency.hpp"
#include "regsim/model/task.hpp"

namespace regsim::model {

struct Pathway;

/// Changes to one existing task; only the fields that are set change.
struct TaskPatch {
  std::string id;
  std::optional<std::string> name;
  std::optional<std::string> owner;
  std::optional<TaskKind> kind;
  std::optional<DurationSpec> duration;
  std::optional<bool> clock_runs;
  std::optional<std::string> calendar;
  std::optional<calendar::Convention> convention;
  std::optional<std::vector<ResourceNeed>> needs;
  std::optional<std::string> sittings;
  std::optional<double> probability;
  std::optional<Rework> rework;
  std::optional<std::string> note;
  SourceLocation where;
  friend bool operator==(const TaskPatch&, const TaskPatch&) = default;
};

/// A task id named by an overlay, with where it was named.
struct TaskRef {
  std::string id;
  SourceLocation where;
  friend bool operator==(const TaskRef&, const TaskRef&) = default;
};

/// A dependency named by an overlay for removal (any type between the two tasks).
struct DependencyRef {
  std::string from;
  std::string to;
  SourceLocation where;
  friend bool operator==(const DependencyRef&, const DependencyRef&) = default;
};

/// A named overlay. Applied in this order: extends chain first (base before derived),
/// then remove/skip, change, add tasks, remove and add dependencies, capacities,
/// calendar, convention, sittings, start; then its levers, in their order.
///
/// A lever (docs/workflow-format.md, "Levers") is an overlay of the same kind for one
/// announced measure of a reform: its `id`, `title`, `sources` and, where a figure is not
/// sourced, `estimate` (what is estimated and its plausible range). A lever has no
/// `extends` and no levers of its own. `regsim explain` attributes a scenario's change
/// to its levers (analysis/explanation.hpp).
struct Scenario {
  std::string id;
  std::string title;
  std::string description;
  std::string extends;          ///< another scenario applied first; empty: the baseline
  std::vector<TaskRef> remove;  ///< tasks deleted together with their dependencies
  std::vector<TaskRef> skip;    ///< tasks kept as zero-duration pass-throughs
  std::vector<TaskPatch> change;
  std::vector<Task> add;
  std::vector<DependencyRef> remove_dependencies;
  std::vector<Dependency> add_dependencies;
  std::map<std::string, int> capacities;  ///< pool id -> new capacity
  std::optional<std::string> calendar;
  std::optional<calendar::Convention> convention;
  std::map<std::string, calendar::SittingCalendar> sittings;  ///< replaced by name
  std::optional<calendar::Date> start;
  std::vector<std::string> sources;
  std::string estimate;          ///< a lever's unsourced figures and their plausible range
  std::vector<Scenario> levers;  ///< applied after the scenario's own changes, in order
  SourceLocation where;
  friend bool operator==(const Scenario&, const Scenario&) = default;
};

/// True when `overlay` changes something (its own fields, not its levers): title,
/// description, sources and estimate change nothing.
bool changes_anything(const Scenario& overlay);

/// The name of the scenario-less pathway.
inline constexpr const char* baseline_scenario = "baseline";

/// Every scenario id, baseline first.
std::vector<std::string> scenario_ids(const Pathway& pathway);

}  // namespace regsim::model
