#include "export_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "regsim/report/check_results.hpp"

namespace regsim::report::detail {

std::string xml_escape(std::string_view text) {
  // One escaping for every XML and SVG document: the JUnit one, which also replaces the
  // control characters XML 1.0 does not allow.
  return report::xml_escape(std::string(text));
}

std::string plain_identifier(std::string_view text) {
  std::string identifier;
  for (char c : text) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    identifier += keep ? c : '_';
  }
  if (identifier.empty() || (identifier[0] >= '0' && identifier[0] <= '9')) {
    identifier.insert(0, "t_");
  }
  return identifier;
}

std::vector<std::string> plain_identifiers(const model::Pathway& pathway) {
  std::vector<std::string> identifiers;
  std::set<std::string> taken;
  identifiers.reserve(pathway.tasks.size());
  for (const auto& task : pathway.tasks) {
    const std::string identifier = plain_identifier(task.id);
    // Two ids may map to one identifier ("a.b" and "a-b"): number the later ones.
    std::string candidate = identifier;
    for (int suffix = 2; taken.count(candidate) != 0; ++suffix) {
      candidate = identifier + "_" + std::to_string(suffix);
    }
    taken.insert(candidate);
    identifiers.push_back(candidate);
  }
  return identifiers;
}

std::string shorten(const std::string& text, std::size_t max_code_points) {
  std::size_t count = 0, cut = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (count + 1 == max_code_points) cut = i;
    if (++count > max_code_points) return text.substr(0, cut) + "…";
  }
  return text;
}

const std::string& display_name(const model::Task& task) {
  return task.name.empty() ? task.id : task.name;
}

int percent_complete(const sim::TaskTiming& timing, calendar::Date start, calendar::Date finish,
                     calendar::Date as_of) {
  if (timing.progress == sim::Progress::done) return 100;
  if (timing.progress == sim::Progress::planned || !(start < as_of)) return 0;
  const int days = calendar::days_between(start, finish);
  if (days <= 0) return 99;
  const int elapsed = std::min(calendar::days_between(start, as_of), days);
  return std::min(99, (200 * elapsed + days) / (2 * days));  // rounded half up
}

std::string cut_off_sentence(std::string_view task_id, const sim::SittingCutOff& cut_off) {
  return fmt::format("{}: {} d before missing the {} sitting of {}, then +{} d", task_id,
                     cut_off.slack_days, cut_off.calendar, calendar::to_iso(cut_off.date),
                     cut_off.cost_days);
}

namespace {

// The task a constraint came from, by id, with the application for one of a portfolio.
std::string source_task(const sim::Timeline& timeline, const sim::DrivingConstraint& constraint) {
  const auto from = static_cast<std::size_t>(constraint.from_task);
  std::string id = constraint.from_task >= 0 && from < timeline.tasks.size()
                       ? timeline.tasks[from].task_id
                       : std::string("another task");
  if (constraint.from_application >= 0) {
    id += fmt::format(" of application {}", constraint.from_application);
  }
  return id;
}

}  // namespace

std::string constraint_phrase(const sim::Timeline& timeline, const sim::TaskTiming& timing) {
  const sim::DrivingConstraint& constraint = timing.constraint;
  const std::string link =
      constraint.has_dependency
          ? fmt::format("{} lag {} on {}", model::to_string(constraint.type),
                        calendar::to_string(constraint.lag), source_task(timeline, constraint))
          : source_task(timeline, constraint);
  switch (constraint.kind) {
    case sim::ConstraintKind::start:
      return "the start date";
    case sim::ConstraintKind::dependency:
      return link;
    case sim::ConstraintKind::clock_stop:
      return "the applicant's answer, " + link;
    case sim::ConstraintKind::rework:
      return "a rework round, " + link;
    case sim::ConstraintKind::pool:
      return fmt::format("a unit of pool {} released by {}", constraint.pool_id,
                         source_task(timeline, constraint));
    case sim::ConstraintKind::sitting:
      return fmt::format("the {} sitting of {}", constraint.sitting_calendar,
                         calendar::to_iso(timing.finish));
    case sim::ConstraintKind::actual:
      return "its actual start in the status file";
    case sim::ConstraintKind::status_date:
      return "the status date";
  }
  return std::string(sim::to_string(constraint.kind));
}

std::string driving_sentence(const sim::Timeline& timeline, const sim::TaskTiming& timing) {
  return "On the driving path (constraint: " + constraint_phrase(timeline, timing) + ")";
}

}  // namespace regsim::report::detail
