#include <fmt/format.h>

#include <map>

#include "export_runs.hpp"
#include "export_text.hpp"
#include "regsim/report/exports.hpp"

namespace regsim::report {
namespace {

// Mermaid reads ':' as the name/fields separator, '#' as a comment and ';' as a
// statement separator; none may appear in a task name.
std::string mermaid_text(std::string_view text) {
  std::string cleaned;
  for (char c : text) {
    if (c == ':')
      cleaned += " -";
    else if (c == '#')
      cleaned += "no.";
    else if (c == ';')
      cleaned += ',';
    else if (c == '\n' || c == '\r')
      cleaned += ' ';
    else
      cleaned += c;
  }
  return cleaned;
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

}  // namespace

std::string render_mermaid(const analysis::ScheduledScenario& scheduled) {
  const auto& pathway = scheduled.pathway;
  const auto& timeline = scheduled.timeline;
  const auto identifiers = detail::plain_identifiers(pathway);
  const bool long_span = timeline.calendar_days > 180;

  std::string out = "gantt\n";
  out += fmt::format("    title {} ({})\n", mermaid_text(pathway.title),
                     mermaid_text(timeline.scenario_id));
  out += "    dateFormat YYYY-MM-DD\n";
  out += fmt::format("    axisFormat {}\n", long_span ? "%b %Y" : "%d %b");
  out += "    todayMarker off\n";

  // Sections by owner, in the order owners first appear; tasks keep the pathway order.
  std::vector<std::string> owners;
  std::map<std::string, std::vector<std::size_t>> tasks_by_owner;
  for (std::size_t index = 0; index < pathway.tasks.size(); ++index) {
    const auto& owner = pathway.tasks[index].owner;
    if (tasks_by_owner.find(owner) == tasks_by_owner.end()) owners.push_back(owner);
    tasks_by_owner[owner].push_back(index);
  }
  std::string skipped;
  for (const auto& owner : owners) {
    out += fmt::format("    section {}\n", mermaid_text(capitalised(owner)));
    for (std::size_t index : tasks_by_owner[owner]) {
      const auto& task = pathway.tasks[index];
      const auto& timing = timeline.tasks[index];
      if (timing.skipped) {
        skipped += (skipped.empty() ? "" : ", ") + task.id;
        continue;
      }
      // A task that rework repeated: one bar per round.
      const int runs = detail::run_count(timing);
      for (int round = 1; round <= runs; ++round) {
        const auto dates = detail::run_dates(timing, round);
        const bool milestone =
            task.kind == model::TaskKind::milestone || dates.start == dates.finish;
        std::string tags;
        // Mermaid has one highlight: the driving path (what set the end) and zero float.
        if (timing.critical || timing.driving) tags += "crit, ";
        if (milestone) tags += "milestone, ";
        const std::string end = milestone ? std::string("0d") : calendar::to_iso(dates.finish);
        std::string name = mermaid_text(detail::display_name(task));
        std::string id = identifiers[index];
        if (runs > 1) {
          name += fmt::format(" (round {})", round);
          id += fmt::format("_r{}", round);
        }
        out += fmt::format("    {} :{}{}, {}, {}\n", name, tags, id, calendar::to_iso(dates.start),
                           end);
      }
    }
  }
  if (!timeline.deadlines.empty()) {
    out += "    section Deadlines\n";
    for (const auto& deadline : timeline.deadlines) {
      out += fmt::format(
          "    {} ({}) :{}milestone, deadline_{}, {}, 0d\n", mermaid_text(deadline.deadline_id),
          deadline.met ? "met" : "missed", deadline.met ? "" : "crit, ",
          detail::plain_identifier(deadline.deadline_id), calendar::to_iso(deadline.due));
    }
  }
  if (!skipped.empty()) out += "    %% skipped in this scenario: " + skipped + "\n";
  return out;
}

}  // namespace regsim::report
