// Escaping and identifier helpers shared by the exporters (internal).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::report::detail {

/// Escapes &, <, >, " and ' for XML text and attribute values.
std::string xml_escape(std::string_view text);

/// `text` with every character outside [A-Za-z0-9] replaced by '_', and "t_" in front
/// when it would start with a digit or be empty.
std::string plain_identifier(std::string_view text);

/// Identifiers usable by tools that accept only [A-Za-z_][A-Za-z0-9_]*: one per task,
/// in task order, unique, derived from the task ids ("approval.review" -> "approval_review").
std::vector<std::string> plain_identifiers(const model::Pathway& pathway);

/// `text` cut to at most `max_code_points` code points, ending in "…" when cut; never
/// splits a UTF-8 sequence.
std::string shorten(const std::string& text, std::size_t max_code_points);

/// The task's display name (its name, else its id).
const std::string& display_name(const model::Task& task);

/// One line on a task's sitting cut-off: "drec: 23 d before missing the drec sitting of
/// 2026-11-05, then +28 d" (its float, the sitting, what one day more costs the end).
std::string cut_off_sentence(std::string_view task_id, const sim::SittingCutOff& cut_off);

/// What set a task's dates, in words, for the exports that mark the driving path: "FS lag
/// 2d on questions", "the drec sitting of 2026-06-10", "a unit of pool reviewers released
/// by review", "the start date" (docs/guide.md, "Driving path, float and sitting cut-offs").
std::string constraint_phrase(const sim::Timeline& timeline, const sim::TaskTiming& timing);

/// "On the driving path (constraint: ...)", the sentence the calendar and project exports
/// give a task on the driving path.
std::string driving_sentence(const sim::Timeline& timeline, const sim::TaskTiming& timing);

/// With a status (docs/status.md): how much of a run from `start` to `finish` lay before
/// the as-of date, in whole percent: 100 for a task done, 0 for one planned, and for one in
/// progress the share of its calendar days elapsed, at most 99 (it is not finished).
int percent_complete(const sim::TaskTiming& timing, calendar::Date start, calendar::Date finish,
                     calendar::Date as_of);

}  // namespace regsim::report::detail
