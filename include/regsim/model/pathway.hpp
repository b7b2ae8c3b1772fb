// A pathway: tasks, dependencies, resources, deadlines and calendars of one procedure.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "regsim/calendar/calendar.hpp"
#include "regsim/calendar/convention.hpp"
#include "regsim/calendar/sittings.hpp"
#include "regsim/error.hpp"
#include "regsim/model/dependency.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/model/task.hpp"

namespace regsim::model {

/// A citation backing figures in the file.
struct Source {
  std::string id;        ///< referenced from tasks' `sources`
  std::string citation;  ///< author, title, date
  std::string url;
  friend bool operator==(const Source&, const Source&) = default;
};

/// How a resource pool hands out units to waiting tasks.
enum class QueueDiscipline {
  fifo,      ///< first come, first served (ties: application order, then task order)
  priority,  ///< higher application priority first, then FIFO
};

/// Reviewers (or any capacity) shared by the tasks that need them.
/// A pool's capacity from a date on (one step of a hiring plan).
struct CapacityStep {
  calendar::Date from;
  int capacity = 1;
  SourceLocation where;  ///< its `from` date
  friend bool operator==(const CapacityStep&, const CapacityStep&) = default;
};

struct ResourcePool {
  std::string id;
  std::string name;
  int capacity = 1;  ///< before the first step of `plan` (a scenario's `capacities` set it)
  QueueDiscipline discipline = QueueDiscipline::fifo;
  SourceLocation where;
  std::vector<CapacityStep> plan;  ///< capacity from dates on (a hiring plan), dates increasing
  /// The calendar the pool's people work on: a task needing the pool that names no
  /// calendar of its own counts its working days on it. Empty: the tasks' calendars.
  std::string calendar;
  friend bool operator==(const ResourcePool&, const ResourcePool&) = default;
};

/// An outcome branch: exactly one of `outcomes` happens, picked by probability; the
/// others are skipped (zero-duration pass-throughs). Deterministic mode takes the most
/// probable outcome (the first listed on a tie).
struct Branch {
  struct Outcome {
    std::string task;
    double probability = 0;
    friend bool operator==(const Outcome&, const Outcome&) = default;
  };
  std::string id;
  std::vector<Outcome> outcomes;  ///< probabilities sum to 1
  SourceLocation where;
  friend bool operator==(const Branch&, const Branch&) = default;
};

/// What a deadline's limit is counted in.
enum class ClockBasis {
  calendar_days,  ///< elapsed calendar days
  working_days,   ///< working days of the pathway's default calendar
  clock_days,     ///< calendar days during which the agency clock runs
};

/// "calendar-days", "working-days" or "clock-days": the name used in files and JSON.
std::string_view to_string(ClockBasis basis) noexcept;

/// Which instant of a task a deadline is measured from or to.
enum class Anchor { start, finish };

/// A statutory or goal limit, e.g. "295 clock days from submission to approval".
struct Deadline {
  std::string id;
  std::string name;
  std::string from;
  Anchor from_anchor = Anchor::start;
  std::string to;
  Anchor to_anchor = Anchor::finish;
  int limit = 0;  ///< in `basis` units
  ClockBasis basis = ClockBasis::calendar_days;
  std::vector<std::string> sources;
  SourceLocation where;
  friend bool operator==(const Deadline&, const Deadline&) = default;
};

/// One class of applications in a portfolio: its own pathway, read and merged into the
/// portfolio file's pathway with every id prefixed `id.` (as an include); pools of the
/// portfolio file's `resources:` replace the class pathway's pools of the same id.
struct PortfolioClass {
  std::string id;
  std::string pathway;   ///< as written: a file (from the portfolio file's folder) or bundled name
  double share = 0;      ///< of the arrivals; the shares of a portfolio sum to 1
  int priority = 0;      ///< higher is served first by every pool (FIFO within a priority)
  SourceLocation where;  ///< the class's map
  SourceLocation pathway_where;  ///< its `pathway:` value
  friend bool operator==(const PortfolioClass&, const PortfolioClass&) = default;
};

/// Many applications sharing the resource pools (portfolio mode). Arrivals are the
/// explicit dates; or one every `interval` from the start date (`poisson`: a Poisson
/// process whose mean interval is `interval`), `count` of them or up to `until`.
/// With `classes`, each arrival is of one class, drawn by share.
struct Portfolio {
  std::vector<calendar::Date> arrivals;
  int count = 0;  ///< 0: no count (then `until` ends the arrivals)
  calendar::Duration interval{30, calendar::DurationUnit::calendar_days};
  bool poisson = false;  ///< random arrivals, `interval` their mean spacing
  /// Empirical gaps between arrivals in days, each drawn with equal chance (a renewal
  /// process); empty: none.
  std::vector<double> gaps;
  /// Expected arrivals in each calendar month, January first (twelve): a Poisson process
  /// whose rate changes with the month (seasonality); empty: none.
  std::vector<double> monthly;
  std::optional<calendar::Date> until;  ///< no arrival after this date
  std::vector<int> priorities;          ///< per application (cycled); higher goes first
  std::vector<PortfolioClass> classes;  ///< empty: one class, the file's own pathway
  SourceLocation where;                 ///< the `portfolio:` key's value
  friend bool operator==(const Portfolio&, const Portfolio&) = default;
};

/// One procedure. After io reads a file, includes are flattened (ids prefixed),
/// calendar names are resolved into `calendars` and `sittings`, and scenarios are kept
/// as overlays; apply_scenario() turns the pathway plus one overlay into a plain one.
struct Pathway {
  std::string id;
  std::string title;
  std::string jurisdiction;
  std::string description;
  std::vector<Source> sources;
  std::string calendar = "weekdays";  ///< default holiday calendar of tasks
  calendar::Convention convention = calendar::Convention::plain;
  std::optional<calendar::Date> start;  ///< default start (first task's date)

  std::vector<Task> tasks;  ///< in file order; reports keep this order
  std::vector<Dependency> dependencies;
  std::vector<ResourcePool> resources;
  std::vector<Branch> branches;
  std::vector<Deadline> deadlines;
  std::optional<Portfolio> portfolio;
  std::vector<Scenario> scenarios;  ///< overlays as written; empty after apply_scenario

  /// Every holiday calendar a task or the pathway names, loaded.
  std::map<std::string, calendar::Calendar, std::less<>> calendars;
  /// Default conventions declared by user calendars (`calendars: - convention:`).
  std::map<std::string, calendar::Convention, std::less<>> calendar_conventions;
  /// Every sitting calendar a decision names, loaded.
  std::map<std::string, calendar::SittingCalendar, std::less<>> sittings;

  std::string scenario;  ///< which scenario was applied ("baseline" when none)
  std::string file;      ///< the file it was read from
  /// Where the file's pathway begins (its first key): problems of the pathway as a whole
  /// (no start date, no tasks) are reported here. Line 0 for a pathway built in code.
  SourceLocation where;
  /// `where`, or just the file when it is unknown.
  SourceLocation location() const { return where.line != 0 ? where : SourceLocation{file}; }

  /// The task with this id, or nullptr.
  const Task* find_task(std::string_view task_id) const;
  Task* find_task(std::string_view task_id);
  /// The calendar a task runs on (its own, else the pathway default), looked up in
  /// `calendars`; "weekdays" (Mon-Fri, no holidays) works without being loaded. Throws
  /// InputError (unknown_calendar, at the task) for any other name that is not loaded.
  const calendar::Calendar& calendar_of(const Task& task) const;
  /// The default calendar (`calendar`), found as calendar_of() finds a task's; working-day
  /// deadlines count on it. Throws regsim::Error when a name other than "weekdays" is not
  /// loaded (reading reports that first, with its position).
  const calendar::Calendar& default_calendar() const;
  /// The convention a task counts by: its own, else its calendar's declared default,
  /// else the pathway default.
  calendar::Convention convention_of(const Task& task) const;
};

}  // namespace regsim::model
