// Reading a pathway file's bytes safely: existence, size, text, encoding (internal).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "regsim/error.hpp"

namespace regsim::io::detail {

/// Reads `path` whole. Missing files, directories, pipes and devices, files over `max_bytes` and
/// unreadable files become one diagnostic each (file_not_found, not_a_file,
/// file_too_large); `where` is the location to blame (an include line) when given.
std::optional<std::string> read_source_file(const std::filesystem::path& path,
                                            std::size_t max_bytes, const SourceLocation& where,
                                            const char* missing_id,
                                            std::vector<Diagnostic>& diagnostics);

/// Checks that `text` is UTF-8 text that says something: binary bytes (NUL, invalid
/// UTF-8) give not_text, an empty file or one with only comments gives empty_file,
/// oversized text gives file_too_large. Strips a UTF-8 byte-order mark in place.
bool check_source_text(std::string& text, const std::string& file, std::size_t max_bytes,
                       std::vector<Diagnostic>& diagnostics);

}  // namespace regsim::io::detail
