#include "calendar_resolution.hpp"

#include <algorithm>
#include <map>

#include "regsim/io/calendar_library.hpp"
#include "suggest.hpp"

namespace regsim::io::detail {
namespace {

// Loads a bundled calendar by name; nullopt (after reporting) when it cannot be loaded.
std::optional<calendar::Calendar> load_bundled(const std::string& name, const SourceLocation& where,
                                               const std::filesystem::path& data_dir,
                                               ReadContext& context,
                                               const std::vector<std::string>& user_names) {
  std::vector<std::string> known = bundled_calendar_names(data_dir);
  if (std::find(known.begin(), known.end(), name) == known.end() && name != "weekdays") {
    known.insert(known.end(), user_names.begin(), user_names.end());
    context.error(where, "unknown_calendar",
                  "no calendar named '" + name + "'" + did_you_mean(name, known) +
                      "; use a bundled one (" + [&] {
                        std::string list;
                        for (const auto& n : bundled_calendar_names(data_dir)) {
                          list += (list.empty() ? "" : ", ") + n;
                        }
                        return list;
                      }() + ") or define it under 'calendars'");
    return std::nullopt;
  }
  try {
    return load_calendar(name, data_dir);
  } catch (const InputError& error) {
    for (const auto& diagnostic : error.diagnostics()) context.diagnostics().push_back(diagnostic);
  } catch (const Error& error) {
    context.error(where, "unknown_calendar", error.what());
  }
  return std::nullopt;
}

}  // namespace

void resolve_calendars(Document& document, const std::filesystem::path& data_dir,
                       ReadContext& context) {
  model::Pathway& pathway = document.pathway;
  std::vector<std::string> user_names;
  std::map<std::string, SourceLocation> defined;
  for (const auto& definition : document.calendars) {
    auto [it, inserted] = defined.emplace(definition.id, definition.where);
    if (!inserted) {
      context.error(definition.where, "duplicate_id",
                    "calendar id '" + definition.id + "' is already defined at line " +
                        std::to_string(it->second.line));
    }
    user_names.push_back(definition.id);
  }
  for (const auto& definition : document.calendars) {
    std::optional<calendar::Calendar> base;
    if (!definition.file.empty()) {
      try {
        base = load_calendar_file(definition.file);
      } catch (const InputError& error) {
        for (const auto& d : error.diagnostics()) context.diagnostics().push_back(d);
      } catch (const Error& error) {
        context.error(definition.base_where, "include_not_found", error.what());
      }
    } else if (auto known = pathway.calendars.find(definition.base);
               known != pathway.calendars.end()) {
      base = known->second;
    } else {
      base = load_bundled(definition.base, definition.base_where, data_dir, context, {});
    }
    if (!base) continue;
    pathway.calendars.insert_or_assign(definition.id,
                                       base->with_closures(definition.id, definition.closures));
    if (definition.convention) {
      pathway.calendar_conventions.insert_or_assign(definition.id, *definition.convention);
    }
  }

  std::vector<std::pair<std::string, SourceLocation>> needed;
  needed.emplace_back(pathway.calendar, document.has_calendar
                                            ? document.calendar_where
                                            : SourceLocation{pathway.file, 1, 1});
  for (const auto& ref : document.references) {
    if (ref.kind == ReferenceKind::calendar) needed.emplace_back(ref.name, ref.where);
  }
  for (const auto& [name, where] : needed) {
    if (pathway.calendars.contains(name)) continue;
    if (auto loaded = load_bundled(name, where, data_dir, context, user_names)) {
      pathway.calendars.emplace(name, std::move(*loaded));
    }
  }
}

}  // namespace regsim::io::detail
