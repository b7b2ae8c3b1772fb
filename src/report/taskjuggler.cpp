#include <fmt/format.h>

#include <algorithm>

#include "export_runs.hpp"
#include "export_text.hpp"
#include "regsim/report/exports.hpp"
#include "regsim/version.hpp"

namespace regsim::report {
namespace {

using calendar::Date;

// TaskJuggler strings are double-quoted; a double quote inside cannot be escaped
// portably across tj3 versions, so it becomes a single quote.
std::string tj_string(std::string_view text) {
  std::string cleaned;
  for (char c : text)
    cleaned += (c == '"') ? '\'' : (c == '\n' ? ' ' : c);
  return "\"" + cleaned + "\"";
}

// The date a link lets its successor start, and the gap tj3 needs to reproduce it, or
// nothing when tj3 cannot express the link (FF, SF, a lead).
struct ExpressedLink {
  std::string predecessor;
  bool on_start = false;
  int gap_days = 0;
  Date earliest_start;
};

std::optional<ExpressedLink> express(const model::Pathway& pathway, const detail::RunLink& link,
                                     const sim::RoundDates& from, const model::Task& successor,
                                     const std::string& predecessor_identifier) {
  using Type = model::DependencyType;
  if (link.type != Type::finish_to_start && link.type != Type::start_to_start) return std::nullopt;
  const bool on_start = link.type == Type::start_to_start;
  const Date anchor = on_start ? from.start : from.finish;
  const Date shifted = calendar::add_duration(anchor, link.lag, pathway.calendar_of(successor),
                                              calendar::Convention::plain);
  const int gap = calendar::days_between(anchor, shifted);
  if (gap < 0) return std::nullopt;  // tj3 has no negative gaps
  return ExpressedLink{predecessor_identifier, on_start, gap, shifted};
}

// The tj3 id of run `round` of task `index`: the task's, or "TASK.rN" inside its container.
std::string run_identifier(const std::vector<std::string>& identifiers,
                           const sim::Timeline& timeline, std::size_t index, int round) {
  if (detail::run_count(timeline.tasks[index]) == 1) return identifiers[index];
  return fmt::format("{}.r{}", identifiers[index], round);
}

// The pools as resources, one member per unit of capacity, so that each task can be given
// the units it holds.
void append_resources(std::string& out, const model::Pathway& pathway) {
  for (const auto& pool : pathway.resources) {
    const std::string id = detail::plain_identifier(pool.id);
    const std::string name = pool.name.empty() ? pool.id : pool.name;
    out += fmt::format("resource {} {} {{\n", id, tj_string(name));
    for (int unit = 1; unit <= pool.capacity; ++unit)
      out += fmt::format("  resource {}_{} {}\n", id, unit,
                         tj_string(fmt::format("{} {}", name, unit)));
    out += "}\n";
  }
  if (!pathway.resources.empty()) out += '\n';
}

// `allocate` lines for the pool units a task holds: each unit one member of the pool, any
// of them (tj3 books members only while free; the duration stays regsim's).
void append_allocations(std::string& out, const model::Pathway& pathway, const model::Task& task,
                        const std::string& indent) {
  for (const auto& need : task.needs) {
    const auto pool = std::find_if(pathway.resources.begin(), pathway.resources.end(),
                                   [&](const auto& p) { return p.id == need.pool; });
    if (pool == pathway.resources.end()) continue;
    const std::string id = detail::plain_identifier(pool->id);
    for (int unit = 1; unit <= need.units && unit <= pool->capacity; ++unit) {
      std::string alternatives;
      for (int other = 1; other <= pool->capacity; ++other) {
        if (other == unit) continue;
        alternatives += fmt::format("{}{}_{}", alternatives.empty() ? "" : ", ", id, other);
      }
      out += fmt::format("{}allocate {}_{}{}\n", indent, id, unit,
                         alternatives.empty() ? "" : " { alternative " + alternatives + " }");
    }
  }
}

// One run of a task: its links to predecessor runs (where tj3 can express them and they
// explain no later start than regsim's), a pinned start where they cannot explain it, its
// elapsed duration and its pool units.
void append_run(std::string& out, const model::Pathway& pathway, const sim::Timeline& timeline,
                std::size_t index, int round, const std::vector<detail::RunLink>& links,
                const std::vector<std::string>& identifiers, const std::string& indent) {
  const auto& task = pathway.tasks[index];
  const auto& timing = timeline.tasks[index];
  const sim::RoundDates dates = detail::run_dates(timing, round);
  std::optional<Date> implied_start;
  std::vector<std::string> unexpressed;
  for (const auto& link : links) {
    const auto from = detail::run_dates(timeline.tasks[link.from], link.from_round);
    const auto expressed =
        express(pathway, link, from, task,
                run_identifier(identifiers, timeline, link.from, link.from_round));
    if (!expressed || expressed->earliest_start > dates.start) {
      unexpressed.push_back(fmt::format("{} {} lag {}", model::to_string(link.type),
                                        pathway.tasks[link.from].id,
                                        calendar::to_string(link.lag)));
      continue;
    }
    std::string options;
    if (expressed->on_start) options += "onstart";
    if (expressed->gap_days > 0) {
      options += fmt::format("{}gapduration {}d", options.empty() ? "" : " ", expressed->gap_days);
    }
    out += fmt::format("{}depends {}{}\n", indent, expressed->predecessor,
                       options.empty() ? std::string() : " { " + options + " }");
    if (!implied_start || expressed->earliest_start > *implied_start) {
      implied_start = expressed->earliest_start;
    }
  }
  for (const auto& link : unexpressed)
    out += fmt::format("{}# not expressible in tj3: {}\n", indent, link);
  if (!implied_start || *implied_start != dates.start) {
    out += fmt::format("{}start {}\n", indent, calendar::to_iso(dates.start));
  }
  const int days = calendar::days_between(dates.start, dates.finish);
  if (days == 0) {
    out += indent + "milestone\n";
  } else {
    out += fmt::format("{}duration {}d\n", indent, days);
    if (!timing.skipped) append_allocations(out, pathway, task, indent);
  }
  if (timing.skipped) out += indent + "# skipped in this scenario: kept as a milestone\n";
}

// One task; a task that rework repeated is a container of one task per round.
void append_task(std::string& out, const model::Pathway& pathway, const sim::Timeline& timeline,
                 std::size_t index, const std::vector<std::vector<detail::RunLink>>& links,
                 const std::vector<std::string>& identifiers) {
  const auto& task = pathway.tasks[index];
  const std::string name = detail::display_name(task);
  out += fmt::format("task {} {} {{\n", identifiers[index], tj_string(name));
  const auto& timing = timeline.tasks[index];
  if (timeline.as_of && timing.progress != sim::Progress::planned) {
    // The status's actuals: tj3 shows the share done as of the project's `now`.
    out += fmt::format("  complete {}\n", detail::percent_complete(timing, timing.start,
                                                                   timing.finish, *timeline.as_of));
  }
  if (timing.driving && !timing.skipped) {
    // The driving path, as a flag a report can filter on (`hidetask ~driving`) and a note.
    out += "  flags driving\n";
    out += fmt::format("  note {}\n", tj_string(detail::driving_sentence(timeline, timing)));
  }
  const int runs = detail::run_count(timing);
  if (runs == 1) {
    append_run(out, pathway, timeline, index, 1, links[0], identifiers, "  ");
  } else {
    for (int round = 1; round <= runs; ++round) {
      out += fmt::format("  task r{} {} {{\n", round,
                         tj_string(fmt::format("{} (round {})", name, round)));
      append_run(out, pathway, timeline, index, round, links[static_cast<std::size_t>(round - 1)],
                 identifiers, "    ");
      out += "  }\n";
    }
  }
  out += "}\n";
}

}  // namespace

std::string render_taskjuggler(const analysis::ScheduledScenario& scheduled) {
  const auto& pathway = scheduled.pathway;
  const auto& timeline = scheduled.timeline;
  const auto identifiers = detail::plain_identifiers(pathway);
  const auto links = detail::run_links(pathway, timeline);

  const Date project_end = timeline.finish + boost::gregorian::days(400);
  std::string out;
  out += fmt::format("# TaskJuggler 3 project exported by regsim {} from {} (scenario {}).\n",
                     version_string, pathway.file.empty() ? pathway.id : pathway.file,
                     timeline.scenario_id);
  out +=
      "# Every task carries its elapsed duration from regsim's deterministic schedule (so\n"
      "# statutory counting rules, working days and committee sittings are already in it);\n"
      "# tj3 schedules the network itself from the FS/SS links and gaps below. A task whose\n"
      "# start the links cannot explain (a resource or sitting wait, an FF/SF link, a lead)\n"
      "# carries a `start` that tj3 checks against its links. A task that rework repeated is\n"
      "# a container of one task per round (TASK.r1, TASK.r2, ...); each reviewer pool is a\n"
      "# resource with a member per unit, allocated to the tasks that hold it. Tasks on the\n"
      "# driving path have the flag `driving` and a note naming what set their dates. Ids map\n"
      "# as regsim -> tj3:\n";
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index) {
    if (pathway.tasks[index].id != identifiers[index]) {
      out += fmt::format("#   {} -> {}\n", pathway.tasks[index].id, identifiers[index]);
    }
  }
  out += fmt::format("project {} {} {} - {} {{\n", detail::plain_identifier(pathway.id),
                     tj_string(pathway.title + " (" + timeline.scenario_id + ")"),
                     calendar::to_iso(timeline.start), calendar::to_iso(project_end));
  out += "  timezone \"UTC\"\n";
  if (timeline.as_of) out += fmt::format("  now {}\n", calendar::to_iso(*timeline.as_of));
  out += "}\n\n";
  // The tasks on the driving path (what set each date, back from the end) carry this flag.
  out += "flags driving\n\n";

  // The default calendar's holidays, so that a user who turns durations into working
  // time (`length`) gets the right closures.
  const auto default_calendar = pathway.calendars.find(pathway.calendar);
  const std::vector<calendar::Holiday> no_holidays;
  const auto& holidays = default_calendar == pathway.calendars.end()
                             ? no_holidays
                             : default_calendar->second.holidays();
  for (const auto& holiday : holidays) {
    if (holiday.date < timeline.start || holiday.date > project_end) continue;
    out += fmt::format("leaves holiday {} {}\n", tj_string(holiday.name),
                       calendar::to_iso(holiday.date));
  }
  out += '\n';
  append_resources(out, pathway);
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index)
    append_task(out, pathway, timeline, index, links[index], identifiers);
  return out;
}

}  // namespace regsim::report
