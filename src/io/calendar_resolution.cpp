#include "calendar_resolution.hpp"

#include <algorithm>
#include <map>

#include "regsim/io/calendar_library.hpp"
#include "regsim/io/folder_policy.hpp"
#include "source_file.hpp"
#include "support/suggest.hpp"

namespace regsim::io::detail {

using support::did_you_mean;
namespace {

void take_diagnostics(const InputError& error, const SourceLocation& where, ReadContext& context) {
  for (auto diagnostic : error.diagnostics()) {
    if (is_file_level(diagnostic)) {
      // A problem without a line of its own (a missing, oversized or unknown file) is
      // blamed on the line that named the calendar.
      diagnostic.where = where;
    } else if (diagnostic.where.file != where.file) {
      // A problem inside the calendar file keeps its place and names the line that
      // brought the file in, as a compiler names the line of an #include.
      diagnostic.message += " (calendar named at " + where.file + ":" + std::to_string(where.line) +
                            ":" + std::to_string(where.column) + ")";
    }
    context.diagnostics().push_back(std::move(diagnostic));
  }
}

// A bundled calendar by name, or a calendar file by path (relative to `directory`);
// nullopt (after reporting) when there is none or it is broken.
std::optional<calendar::Calendar> load_bundled(const std::string& name, const SourceLocation& where,
                                               const std::filesystem::path& directory,
                                               ReadContext& context,
                                               const std::vector<std::string>& user_names) {
  if (is_calendar_path(name)) {
    const std::filesystem::path path =
        directory.empty() ? std::filesystem::path(name) : directory / name;
    if (auto refused = outside_folder(path)) {  // before even looking whether it exists
      context.error(where, "outside_folder", std::move(*refused));
      return std::nullopt;
    }
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
      context.error(where, "unknown_calendar",
                    "no calendar file '" + path.string() +
                        "'; calendar paths are relative to the pathway file");
      return std::nullopt;
    }
    try {
      return read_calendar_file(path).calendar;
    } catch (const InputError& failure) {
      take_diagnostics(failure, where, context);
    }
    return std::nullopt;
  }
  const std::vector<std::string> bundled = bundled_calendar_names();
  if (std::find(bundled.begin(), bundled.end(), name) == bundled.end()) {
    std::vector<std::string> known = bundled;
    known.insert(known.end(), user_names.begin(), user_names.end());
    std::string list;
    for (const auto& n : bundled)
      list += (list.empty() ? "" : ", ") + n;
    context.error(where, "unknown_calendar",
                  "no calendar named '" + name + "'" + did_you_mean(name, known) +
                      "; use a bundled one (" + list + ") or define it under 'calendars'");
    return std::nullopt;
  }
  try {
    return load_calendar(name).calendar;
  } catch (const InputError& error) {
    take_diagnostics(error, where, context);
  }
  return std::nullopt;
}

}  // namespace

void resolve_calendars(Document& document, const std::filesystem::path& directory,
                       ReadContext& context) {
  model::Pathway& pathway = document.pathway;
  std::vector<std::string> user_names;
  std::map<std::string, SourceLocation> defined;
  for (const auto& definition : document.calendars) {
    auto [it, inserted] = defined.emplace(definition.id, definition.where);
    if (!inserted) {
      context.error(definition.where, "duplicate_id",
                    "calendar id '" + definition.id + "' is already defined at line " +
                        std::to_string(it->second.line) + "; give each a unique id");
    }
    user_names.push_back(definition.id);
  }
  for (const auto& definition : document.calendars) {
    std::optional<calendar::Calendar> base;
    if (!definition.file.empty()) {
      try {
        base = read_calendar_file(definition.file).calendar;
      } catch (const InputError& error) {
        take_diagnostics(error, definition.base_where, context);
      }
    } else if (auto known = pathway.calendars.find(definition.base);
               known != pathway.calendars.end()) {
      base = known->second;  // a user calendar defined above, or one loaded by a part
    } else {
      base = load_bundled(definition.base, definition.base_where, directory, context, {});
    }
    if (!base) continue;
    pathway.calendars.insert_or_assign(definition.id,
                                       base->with_closures(definition.id, definition.closures));
    if (definition.convention) {
      pathway.calendar_conventions.insert_or_assign(definition.id, *definition.convention);
    }
  }

  std::vector<std::pair<std::string, SourceLocation>> needed;
  needed.emplace_back(pathway.calendar, document.has_calendar ? document.calendar_where
                                                              : SourceLocation{pathway.file, 1, 1});
  for (const auto& ref : document.references) {
    if (ref.kind == ReferenceKind::calendar) needed.emplace_back(ref.name, ref.where);
  }
  for (const auto& [name, where] : needed) {
    // A user calendar whose definition failed was reported there; "no calendar named
    // 'office'" for it would be wrong.
    if (pathway.calendars.contains(name) || defined.contains(name)) continue;
    if (auto loaded = load_bundled(name, where, directory, context, user_names)) {
      pathway.calendars.emplace(name, std::move(*loaded));
    }
  }
}

}  // namespace regsim::io::detail
