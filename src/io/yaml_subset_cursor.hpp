// The line cursor of the fast YAML subset reader (yaml_subset.cpp): lines, spaces,
// comments and the positions yaml-cpp reports, kept apart from the grammar that uses it.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace regsim::io::detail {

// Thrown to give up: the text is outside the subset (or not YAML at all).
struct SubsetUnsupported {};

[[noreturn]] inline void give_up() {
  throw SubsetUnsupported{};
}

inline bool is_null_word(std::string_view word) {
  // yaml-cpp reports these plain scalars as nulls (IsNullString).
  return word == "~" || word == "null" || word == "Null" || word == "NULL";
}

// Characters that give a plain scalar's first character another meaning.
inline bool is_indicator(char c) {
  switch (c) {
    case '-':
    case '?':
    case ':':
    case ',':
    case '[':
    case ']':
    case '{':
    case '}':
    case '#':
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case '\'':
    case '"':
    case '%':
    case '@':
    case '`':
      return true;
    default:
      return false;
  }
}

// Bytes the subset leaves to yaml-cpp: control characters (tabs and carriage returns
// among them), and the Unicode line breaks and byte-order mark that YAML 1.1 treats
// specially.
bool outside_subset_bytes(std::string_view text);

// The cursor is pos_ inside the line [line_begin_, line_end_), numbered line_; the
// grammar (SubsetParser) moves it.
class SubsetCursor {
 protected:
  explicit SubsetCursor(std::string_view text) : text_(text) { begin_line(0, 1); }

  // ---- lines -------------------------------------------------------------------------
  // The cursor is pos_ inside the line [line_begin_, line_end_), numbered line_.

  void begin_line(std::size_t begin, int number) {
    line_begin_ = begin;
    line_ = number;
    const auto newline = text_.find('\n', begin);
    line_end_ = newline == std::string_view::npos ? text_.size() : newline;
    pos_ = begin;
  }

  // Moves to the next line holding something other than spaces and a comment, starting
  // with the current one from the cursor; false at the end of the text.
  bool next_content_line() {
    while (true) {
      skip_spaces();
      if (pos_ < line_end_ && text_[pos_] != '#') {
        has_content_ = true;
        return true;
      }
      if (line_end_ >= text_.size()) {
        pos_ = line_end_;
        has_content_ = false;
        return false;
      }
      begin_line(line_end_ + 1, line_ + 1);
    }
  }

  // Leaves the current line and moves to the next content line.
  bool advance_to_content() {
    if (line_end_ >= text_.size()) {
      pos_ = line_end_;
      has_content_ = false;
      return false;
    }
    begin_line(line_end_ + 1, line_ + 1);
    return next_content_line();
  }

  // After a value: only spaces and a comment may follow on the line; then moves on.
  void finish_line() {
    if (!at_line_end_after_spaces()) give_up();
    advance_to_content();
  }

  bool at_line_end_after_spaces() {
    const std::size_t before = pos_;
    skip_spaces();
    if (pos_ >= line_end_) return true;
    return text_[pos_] == '#' && pos_ > before;  // a comment needs a space before it
  }

  void skip_spaces() {
    while (pos_ < line_end_ && text_[pos_] == ' ')
      ++pos_;
  }
  char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < line_end_ ? text_[pos_ + ahead] : '\n';
  }
  std::string_view rest() const { return text_.substr(pos_, line_end_ - pos_); }
  int indent() const { return static_cast<int>(pos_ - line_begin_); }
  int column() const { return static_cast<int>(pos_ - line_begin_) + 1; }
  // Where yaml-cpp places an empty value: at the next token. At the end of the text
  // that is where its scanner stops on the last line (after spaces and a comment) when
  // the collection holding the value ends there (column left of a map's indentation, or
  // not right of a list's), and otherwise the start of the last line.
  std::pair<int, int> next_token_position(int parent_indent, bool in_map) const {
    if (has_content_) return {line_, column()};
    const auto last_line = static_cast<int>(line_end_ - line_begin_);
    const bool block_ends_here = in_map ? last_line < parent_indent : last_line <= parent_indent;
    return {line_, block_ends_here ? last_line + 1 : 1};
  }

  bool is_space_or_end(std::size_t ahead) const {
    const char c = peek(ahead);
    return c == ' ' || c == '\n';
  }
  bool at_sequence_item() const { return peek() == '-' && is_space_or_end(1); }
  // Whether a plain scalar may start at the cursor: not at an indicator, except a '-'
  // that is glued to what follows ("-3wd").
  bool plain_can_start() const {
    // '---' or '...' at the margin mark documents, not text (a fuzz finding).
    const auto marker = rest().substr(0, 3);
    if (indent() == 0 && (marker == "---" || marker == "...") && is_space_or_end(3)) return false;
    if (peek() == '-') return !is_space_or_end(1) && !is_indicator(peek(1));
    return !is_indicator(peek());
  }

  std::string_view text_;
  std::size_t line_begin_ = 0;
  std::size_t line_end_ = 0;
  std::size_t pos_ = 0;
  int line_ = 1;
  bool has_content_ = false;  // the cursor is on content (not at the end of the text)
};

}  // namespace regsim::io::detail
