#include "source_file.hpp"

#include <algorithm>
#include <fstream>
#include <system_error>

#include "regsim/io/folder_policy.hpp"
#include "support/ascii_scan.hpp"

namespace regsim::io::detail {
namespace {

// Length of the UTF-8 sequence starting at `i`, or 0 when it is not valid UTF-8.
std::size_t utf8_length(const std::string& text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  unsigned min = 0;
  if (byte < 0x80) return 1;
  if ((byte & 0xE0) == 0xC0)
    length = 2, min = 0x80;
  else if ((byte & 0xF0) == 0xE0)
    length = 3, min = 0x800;
  else if ((byte & 0xF8) == 0xF0)
    length = 4, min = 0x10000;
  else
    return 0;
  if (i + length > text.size()) return 0;
  unsigned code = byte & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return 0;
    code = (code << 6) | (next & 0x3F);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

SourceLocation position_of(const std::string& text, std::size_t offset, const std::string& file) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {file, line, column};
}

std::string split_hint(const FileKind& kind) {
  return &kind == &pathway_file ? "; split it with 'include'" : "";
}

bool says_nothing(const std::string& text) {
  bool in_comment = false;
  for (char c : text) {
    if (c == '\n')
      in_comment = false;
    else if (c == '#')
      in_comment = true;
    else if (!in_comment && c != ' ' && c != '\t' && c != '\r')
      return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> read_source_file(const std::filesystem::path& path,
                                            std::size_t max_bytes, const SourceLocation& where,
                                            const char* missing_id, const FileKind& kind,
                                            std::vector<Diagnostic>& diagnostics) {
  // A file no line names (one from the command line) is blamed on its own 1:1, so that
  // every diagnostic has a position (issue 28); one named by a line, on that line.
  const SourceLocation blame = where.file.empty() ? SourceLocation{path.string(), 1, 1} : where;
  // Before anything else, not even whether it exists is looked at: an untrusted file
  // must not learn about the files around it.
  if (auto refused = outside_folder(path)) {
    diagnostics.push_back({blame, Severity::error, "outside_folder", std::move(*refused)});
    return std::nullopt;
  }
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) {
    diagnostics.push_back({blame, Severity::error, missing_id,
                           "no such file: '" + path.string() + "'; " + kind.missing_hint});
    return std::nullopt;
  }
  if (std::filesystem::is_directory(status)) {
    diagnostics.push_back({blame, Severity::error, "not_a_file",
                           "'" + path.string() + "' is a directory; name a " + kind.noun});
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(status)) {
    // A pipe with no writer, a terminal or a device would block the read or never end.
    diagnostics.push_back({blame, Severity::error, "not_a_file",
                           "'" + path.string() +
                               "' is not a regular file (a pipe, socket or device); save the " +
                               kind.noun + " and name that"});
    return std::nullopt;
  }
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > max_bytes && !where.file.empty()) {
    // Named by a line (an include, a calendar): that line is the place. Otherwise the
    // bounded read below finds the line where the limit is crossed.
    diagnostics.push_back({blame, Severity::error, "file_too_large",
                           "'" + path.string() + "' has " + std::to_string(size) +
                               " bytes, more than the limit of " + std::to_string(max_bytes) +
                               split_hint(kind)});
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.push_back({blame, Severity::error, "file_not_found",
                           "cannot read '" + path.string() + "'; check its permissions"});
    return std::nullopt;
  }
  // Read at most one byte past the limit so that a growing or special file cannot make
  // us read without bound; size the buffer by the file, not the limit, which would
  // clear megabytes of memory for every small file.
  std::string text;
  const std::size_t expected = !error && size > 0 ? static_cast<std::size_t>(size) : 0;
  std::size_t capacity = std::min(max_bytes + 1, expected + 1);
  std::size_t length = 0;
  while (true) {
    text.resize(std::max(capacity, std::size_t{4096}));
    in.read(text.data() + length, static_cast<std::streamsize>(text.size() - length));
    length += static_cast<std::size_t>(in.gcount());
    if (!in || length > max_bytes) break;
    capacity = std::min(max_bytes + 1, text.size() * 2);
  }
  text.resize(std::min(length, max_bytes + 1));
  if (in.bad()) {
    diagnostics.push_back(
        {blame, Severity::error, "file_not_found", "cannot read '" + path.string() + "'"});
    return std::nullopt;
  }
  if (text.size() > max_bytes) {
    diagnostics.push_back(
        {position_of(text, max_bytes, path.string()), Severity::error, "file_too_large",
         "'" + path.string() + "' has more than the limit of " + std::to_string(max_bytes) +
             " bytes (this is where it is "
             "crossed)" +
             split_hint(kind)});
    return std::nullopt;
  }
  return text;
}

std::string short_excerpt(std::string_view text, std::size_t max_characters) {
  static constexpr char hex[] = "0123456789abcdef";
  const std::string bytes(text);
  std::string out;
  std::size_t shown = 0;
  for (std::size_t i = 0; i < bytes.size(); ++shown) {
    if (shown == max_characters) return out + "...";
    const auto byte = static_cast<unsigned char>(bytes[i]);
    std::size_t length = byte >= 0x20 && byte != 0x7F ? utf8_length(bytes, i) : 0;
    if (length == 2 && byte == 0xC2 && static_cast<unsigned char>(bytes[i + 1]) < 0xA0) {
      length = 0;  // a C1 control character (U+0080..U+009F) starts escape sequences too
    }
    if (length == 0) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
      ++i;
      continue;
    }
    out.append(bytes, i, length);
    i += length;
  }
  return out;
}

bool check_source_text(std::string& text, const std::string& file, std::size_t max_bytes,
                       const FileKind& kind, std::vector<Diagnostic>& diagnostics) {
  if (text.size() > max_bytes) {
    diagnostics.push_back(
        {position_of(text, max_bytes, file), Severity::error, "file_too_large",
         "the input has more than " + std::to_string(max_bytes) + " bytes" + split_hint(kind)});
    return false;
  }
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  for (std::size_t i = support::skip_printable_ascii(text, 0); i < text.size();
       i = support::skip_printable_ascii(text, i)) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte != 0 && byte < 0x80) {  // other ASCII (newlines): no decoding needed
      ++i;
      continue;
    }
    const std::size_t length = byte == 0 ? 0 : utf8_length(text, i);
    if (length == 0) {
      diagnostics.push_back(
          {position_of(text, i, file), Severity::error, "not_text",
           std::string("this is not UTF-8 text (binary data?); a ") + kind.noun + " is text"});
      return false;
    }
    i += length;
  }
  if (says_nothing(text)) {
    // Member by member: GCC 12 at -O3 (the Release build of scripts/demo.sh) warns falsely
    // (maybe-uninitialized) on the braced form.
    Diagnostic empty;
    empty.where = SourceLocation{file, 1, 1};
    empty.severity = Severity::error;
    empty.id = "empty_file";
    empty.message = std::string("the file is empty; ") + kind.content_hint;
    diagnostics.push_back(std::move(empty));
    return false;
  }
  return true;
}

bool is_file_level(const Diagnostic& diagnostic) {
  // file_too_large has the line where the limit is crossed when nothing named the file; a
  // file that could not be read at all is at its own 1:1 when nothing named it (and the
  // message names it), unlike a `base:` or `include` inside it naming a missing file.
  const auto& where = diagnostic.where;
  const bool whole_file = (diagnostic.id == "file_not_found" || diagnostic.id == "not_a_file" ||
                           diagnostic.id == "outside_folder") &&
                          where.line == 1 && where.column == 1 &&
                          diagnostic.message.find("'" + where.file + "'") != std::string::npos;
  return where.file.empty() || where.line == 0 || whole_file || diagnostic.id == "file_too_large";
}

}  // namespace regsim::io::detail
