// Committee sitting calendars and timetables from files: bundled names ("chmp") and paths.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/calendar/sittings.hpp"

namespace regsim::io {

/// A sitting calendar or timetable read from a file, with what the file says of each
/// published date (docs/calendars.md, "Sitting calendars and timetables").
struct LoadedSittings {
  calendar::SittingCalendar calendar;
  std::string title;
  std::filesystem::path file;
  /// Per published sitting date or slot start: its source ("citation <url>"), when given.
  std::map<calendar::Date, std::string> sources;
  /// The published slots, in deadline order (empty for a sitting calendar).
  std::vector<calendar::Slot> slots;
};

/// The bundled sitting calendars: the stem of every `.yaml` file in
/// calendars_directory() / "sittings", sorted.
std::vector<std::string> bundled_sittings_names();

/// Loads a sitting calendar or timetable by bundled name ("chmp") or by path (a '/' or a
/// .yaml/.yml ending; relative paths against `relative_to` when not empty). Throws
/// InputError: `unknown_sittings` (listing the bundled names), `file_not_found`, or every
/// problem in the file.
LoadedSittings load_sittings(std::string_view reference,
                             const std::filesystem::path& relative_to = {});

}  // namespace regsim::io
