#include "regsim/io/calendar_library.hpp"

#include <algorithm>

#include "calendar_file.hpp"
#include "regsim/error.hpp"
#include "regsim/io/data_directory.hpp"
#include "regsim/io/folder_policy.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "source_file.hpp"
#include "support/suggest.hpp"

namespace regsim::io {
namespace {

constexpr std::size_t max_base_depth = 16;

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string joined_names() {
  std::string list;
  for (const auto& name : bundled_calendar_names()) {
    list += (list.empty() ? "" : ", ") + name;
  }
  return list;
}

}  // namespace

namespace detail {

LoadedCalendar load_calendar_in_chain(std::string_view reference,
                                      const std::filesystem::path& relative_to,
                                      LoadingChain& chain) {
  if (!is_calendar_path(reference)) {
    if (reference == "weekdays") return LoadedCalendar{calendar::Calendar(), std::nullopt, {}, {}};
    const auto file = calendars_directory() / (std::string(reference) + ".yaml");
    std::error_code error;
    if (reference.empty() || !std::filesystem::is_regular_file(file, error)) {
      throw InputError(SourceLocation{}, "unknown_calendar",
                       "unknown calendar '" + std::string(reference) + "'" +
                           support::did_you_mean(reference, bundled_calendar_names()) +
                           "; bundled calendars: " + joined_names() +
                           " (or give the path of a calendar file)");
    }
    return load_calendar_file_in_chain(file, chain);
  }
  std::filesystem::path path(reference);
  if (path.is_relative() && !relative_to.empty()) path = relative_to / path;
  return load_calendar_file_in_chain(path.lexically_normal(), chain);
}

LoadedCalendar load_calendar_file_in_chain(const std::filesystem::path& path, LoadingChain& chain) {
  std::error_code error;
  const auto canonical = std::filesystem::weakly_canonical(path, error);
  const auto& key = error ? path : canonical;
  if (std::find(chain.begin(), chain.end(), key) != chain.end() || chain.size() >= max_base_depth) {
    std::string loop;
    for (const auto& file : chain)
      loop += file.filename().string() + " -> ";
    throw InputError(
        SourceLocation{path.string(), 0, 0}, "calendar_loop",
        "calendar files name each other as `base`: " + loop + path.filename().string());
  }
  std::vector<Diagnostic> diagnostics;
  const auto text = read_source_file(path, ReadLimits{}.max_file_bytes, {}, "file_not_found",
                                     calendar_file, diagnostics);
  if (!text) throw InputError(std::move(diagnostics));
  chain.push_back(key);
  LoadedCalendar loaded = parse_calendar_in_chain(*text, path, chain);
  chain.pop_back();
  return loaded;
}

}  // namespace detail

std::vector<std::string> bundled_calendar_names() {
  std::vector<std::string> names{"weekdays"};
  std::error_code error;
  for (std::filesystem::directory_iterator it(calendars_directory(), error), end;
       !error && it != end; it.increment(error)) {
    if (it->path().extension() == ".yaml" && it->is_regular_file()) {
      names.push_back(it->path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

bool is_calendar_path(std::string_view reference) {
  return reference.find('/') != std::string_view::npos || ends_with(reference, ".yaml") ||
         ends_with(reference, ".yml");
}

LoadedCalendar load_calendar(std::string_view reference, const std::filesystem::path& relative_to) {
  // Named on the command line, the calendar's folder bounds the bases it names; named by a
  // pathway, the pathway's scope is already active and is kept.
  const FolderScope scope(
      relative_to.empty() ? std::filesystem::path(reference) : relative_to / reference, false);
  detail::LoadingChain chain;
  return detail::load_calendar_in_chain(reference, relative_to, chain);
}

LoadedCalendar read_calendar_file(const std::filesystem::path& path) {
  const FolderScope scope(path, false);
  detail::LoadingChain chain;
  return detail::load_calendar_file_in_chain(path, chain);
}

LoadedCalendar parse_calendar(std::string_view text, const std::filesystem::path& file) {
  detail::LoadingChain chain{file};
  return detail::parse_calendar_in_chain(text, file, chain);
}

LoadedCalendar build_calendar(const CalendarSpec& spec, const std::filesystem::path& relative_to) {
  LoadedCalendar base = load_calendar(spec.base, relative_to);
  LoadedCalendar built{base.calendar.with_closures(spec.id, spec.closures),
                       spec.convention ? spec.convention : base.convention, base.title, base.file};
  return built;
}

const LoadedCalendar& CalendarLibrary::get(std::string_view reference,
                                           const std::filesystem::path& relative_to) {
  const std::string key = is_calendar_path(reference) && !relative_to.empty() &&
                                  std::filesystem::path(reference).is_relative()
                              ? (relative_to / reference).lexically_normal().string()
                              : std::string(reference);
  auto found = cache_.find(key);
  if (found == cache_.end()) {
    found =
        cache_.emplace(key, std::make_unique<LoadedCalendar>(load_calendar(reference, relative_to)))
            .first;
  }
  return *found->second;
}

}  // namespace regsim::io
