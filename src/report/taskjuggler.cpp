#include <fmt/format.h>

#include <map>

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

// The date a dependency lets its successor start, and the gap tj3 needs to reproduce
// it, or nothing when tj3 cannot express the link (FF, SF, a lead).
struct ExpressedLink {
  std::string predecessor;
  bool on_start = false;
  int gap_days = 0;
  Date earliest_start;
};

std::optional<ExpressedLink> express(const model::Pathway& pathway, const model::Dependency& link,
                                     const sim::TaskTiming& from, const model::Task& successor,
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

// One task: its links to predecessors (where tj3 can express them), a pinned start where
// they cannot explain it, and its elapsed duration.
void append_task(std::string& out, const model::Pathway& pathway, const sim::Timeline& timeline,
                 std::size_t index, const std::vector<std::string>& identifiers,
                 const std::vector<const model::Dependency*>& incoming,
                 const std::map<std::string, std::size_t, std::less<>>& index_of) {
  const auto& task = pathway.tasks[index];
  const auto& timing = timeline.tasks[index];
  out += fmt::format("task {} {} {{\n", identifiers[index], tj_string(detail::display_name(task)));
  std::optional<Date> implied_start;
  std::vector<std::string> unexpressed;
  for (const auto* link : incoming) {
    const std::size_t from = index_of.at(link->from);
    const auto expressed = express(pathway, *link, timeline.tasks[from], task, identifiers[from]);
    if (!expressed) {
      unexpressed.push_back(fmt::format("{} {} lag {}", model::to_string(link->type), link->from,
                                        calendar::to_string(link->lag)));
      continue;
    }
    std::string options;
    if (expressed->on_start) options += "onstart";
    if (expressed->gap_days > 0) {
      options += fmt::format("{}gapduration {}d", options.empty() ? "" : " ", expressed->gap_days);
    }
    out += fmt::format("  depends {}{}\n", expressed->predecessor,
                       options.empty() ? std::string() : " { " + options + " }");
    if (!implied_start || expressed->earliest_start > *implied_start) {
      implied_start = expressed->earliest_start;
    }
  }
  for (const auto& link : unexpressed)
    out += fmt::format("  # not expressible in tj3: {}\n", link);
  if (!implied_start || *implied_start != timing.start) {
    out += fmt::format("  start {}\n", calendar::to_iso(timing.start));
  }
  const int days = calendar::days_between(timing.start, timing.finish);
  if (days == 0) {
    out += "  milestone\n";
  } else {
    out += fmt::format("  duration {}d\n", days);
  }
  if (timing.skipped) out += "  # skipped in this scenario: kept as a milestone\n";
  out += "}\n";
}

}  // namespace

std::string render_taskjuggler(const analysis::ScheduledScenario& scheduled) {
  const auto& pathway = scheduled.pathway;
  const auto& timeline = scheduled.timeline;
  const auto identifiers = detail::plain_identifiers(pathway);
  std::map<std::string, std::size_t, std::less<>> index_of;
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index) {
    index_of[pathway.tasks[index].id] = index;
  }
  std::vector<std::vector<const model::Dependency*>> incoming(pathway.tasks.size());
  for (const auto& link : pathway.dependencies)
    incoming[index_of.at(link.to)].push_back(&link);

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
      "# carries a `start` that tj3 checks against its links. Ids map as regsim -> tj3:\n";
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index) {
    if (pathway.tasks[index].id != identifiers[index]) {
      out += fmt::format("#   {} -> {}\n", pathway.tasks[index].id, identifiers[index]);
    }
  }
  out += fmt::format("project {} {} {} - {} {{\n", detail::plain_identifier(pathway.id),
                     tj_string(pathway.title + " (" + timeline.scenario_id + ")"),
                     calendar::to_iso(timeline.start), calendar::to_iso(project_end));
  out += "  timezone \"UTC\"\n";
  out += "}\n\n";

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
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index)
    append_task(out, pathway, timeline, index, identifiers, incoming[index], index_of);
  return out;
}

}  // namespace regsim::report
