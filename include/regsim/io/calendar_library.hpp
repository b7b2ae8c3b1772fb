// Holiday calendars from files: bundled names ("kr"), paths, and calendars built on a base.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/calendar/calendar.hpp"
#include "regsim/calendar/convention.hpp"

namespace regsim::io {

/// A calendar read from a file, with what the file says about it.
struct LoadedCalendar {
  calendar::Calendar calendar;  ///< named by the file's `id` (a spec's id for build_calendar)
  std::optional<calendar::Convention> convention;  ///< the default convention, if one is given
  std::string title;
  std::filesystem::path file;  ///< empty for the built-in `weekdays`
};

/// The bundled calendar names, sorted: "weekdays" and the stem of every `.yaml` file in
/// calendars_directory() ("eu-ema", "kr", "us-federal", ...).
std::vector<std::string> bundled_calendar_names();

/// Whether `reference` names a file rather than a bundled calendar: it contains a '/' or
/// ends in ".yaml" or ".yml".
bool is_calendar_path(std::string_view reference);

/// Loads a calendar by bundled name ("kr", "weekdays") or by path (is_calendar_path();
/// relative paths are taken relative to `relative_to` when it is not empty). Throws
/// InputError: `unknown_calendar` (the message lists the bundled names), `file_not_found`,
/// or every problem in the file (docs/calendars.md, "File format").
LoadedCalendar load_calendar(std::string_view reference,
                             const std::filesystem::path& relative_to = {});

/// Reads one calendar file. Throws InputError with every problem found.
LoadedCalendar read_calendar_file(const std::filesystem::path& path);

/// Parses calendar YAML held in memory. `file` names it in diagnostics, gives the default
/// id (its stem), and is where a relative `base` path is resolved from.
LoadedCalendar parse_calendar(std::string_view text, const std::filesystem::path& file);

/// A calendar defined inside a pathway file (`calendars:` entries): a base calendar plus
/// extra closure days, under a new id.
struct CalendarSpec {
  std::string id;
  std::string base = "weekdays";  ///< a bundled name or a path (see load_calendar)
  std::vector<calendar::Holiday> closures;
  std::optional<calendar::Convention> convention;  ///< overrides the base's default
};

/// Loads `spec.base` (paths relative to `relative_to`), adds the closures and names the
/// result `spec.id`; the convention is the spec's, else the base's.
LoadedCalendar build_calendar(const CalendarSpec& spec,
                              const std::filesystem::path& relative_to = {});

/// Loads each calendar once per library: for readers that name one calendar many times.
/// Not thread-safe; share the returned calendars, not the library.
class CalendarLibrary {
 public:
  /// load_calendar(reference, relative_to) the first time; the same object afterwards
  /// (references stay valid for the library's lifetime).
  const LoadedCalendar& get(std::string_view reference,
                            const std::filesystem::path& relative_to = {});

 private:
  std::map<std::string, std::unique_ptr<LoadedCalendar>> cache_;
};

}  // namespace regsim::io
