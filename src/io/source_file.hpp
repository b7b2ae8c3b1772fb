// The one guarded read of every file kind: existence, size, text, encoding (internal).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/error.hpp"

namespace regsim::io::detail {

/// What a file is, for the messages about it.
struct FileKind {
  const char* noun;          ///< "pathway file"
  const char* missing_hint;  ///< what to check when it does not exist
  const char* content_hint;  ///< what an empty file lacks
};

inline constexpr FileKind pathway_file{
    "pathway file",
    "check the path (relative paths start from the current directory, includes from the "
    "including file) or run 'regsim list' for bundled pathways",
    "a pathway needs at least 'regsim: 1', 'id', 'title' and 'tasks'"};
inline constexpr FileKind calendar_file{"calendar file",
                                        "check the path (relative to the file that names it)",
                                        "a calendar file is a YAML map (see docs/calendars.md)"};
inline constexpr FileKind expectation_file{"expectation file", "check the path",
                                           "an expectation file needs 'regsim: 1' and 'expect:'"};
inline constexpr FileKind sittings_file{
    "sitting calendar file", "check the path (relative to the file that names it)",
    "a sitting calendar file needs 'regsim: 1', 'id' and 'title'"};
inline constexpr FileKind baseline_file{
    "baseline file", "save one with 'regsim baseline save'",
    "a baseline file is the JSON 'regsim baseline save' writes"};
inline constexpr FileKind status_file{"status file", "check the path",
                                      "a status file needs 'regsim: 1', 'status' and 'as_of'"};
inline constexpr FileKind goal_file{"goal file", "check the path",
                                    "a goal file needs 'regsim: 1', 'targets' and 'levers'"};

/// Reads `path` whole, for every kind of file regsim reads. Missing files, directories,
/// pipes and devices, files over `max_bytes` and unreadable files become one diagnostic
/// each (`missing_id`, not_a_file, file_too_large), never a blocked or unbounded read;
/// `where` is the location to blame (the line that names the file) when given.
std::optional<std::string> read_source_file(const std::filesystem::path& path,
                                            std::size_t max_bytes, const SourceLocation& where,
                                            const char* missing_id, const FileKind& kind,
                                            std::vector<Diagnostic>& diagnostics);

/// Checks that `text` is UTF-8 text that says something: binary bytes (NUL, invalid
/// UTF-8) give not_text, an empty file or one with only comments gives empty_file,
/// oversized text gives file_too_large. Strips a UTF-8 byte-order mark in place.
bool check_source_text(std::string& text, const std::string& file, std::size_t max_bytes,
                       const FileKind& kind, std::vector<Diagnostic>& diagnostics);

/// Whether `diagnostic` is about a file as a whole (no line, or too large), which a reader
/// blames on the line that named the file.
bool is_file_level(const Diagnostic& diagnostic);

/// At most `max_characters` of `text` for a diagnostic, with control characters, DEL and
/// bytes that are not UTF-8 escaped (\xNN) and "..." where it was cut: a diagnostic never
/// echoes more than this of a file's content.
std::string short_excerpt(std::string_view text, std::size_t max_characters = 60);

}  // namespace regsim::io::detail
