// The fast reader of the YAML that pathway files use. It must build exactly the tree
// yaml-cpp builds (values, quoting, positions, duplicate-key reports); wherever that
// would take more than a few lines of care it gives up and yaml-cpp reads the file.
// tests/unit/io/yaml_subset_test.cpp compares the two readers on every YAML file of
// the repository and on generated variations.
#include <optional>

#include "yaml_builder.hpp"
#include "yaml_subset_cursor.hpp"
#include "yaml_tree.hpp"

namespace regsim::io::detail {
namespace {

class SubsetParser : SubsetCursor {
 public:
  SubsetParser(std::string_view text, YamlTreeBuilder& out) : SubsetCursor(text), out_(out) {}

  void parse_document() {
    if (!next_content_line()) give_up();
    if (indent() == 0 && rest().substr(0, 3) == "---") {  // a marker only at the margin
      pos_ += 3;
      if (!at_line_end_after_spaces()) give_up();
      if (!advance_to_content()) give_up();
    }
    if (peek() == '%' || indent() != 0) give_up();
    parse_block_node(indent());
    if (has_content_) give_up();  // a second document, '...' or text the subset misread
  }

 private:
  // ---- block collections -------------------------------------------------------------

  // A block node starting at the cursor, the first content of its line at `at_indent`.
  void parse_block_node(int at_indent) {
    if (at_sequence_item()) {
      parse_block_sequence(at_indent);
    } else if (key_end().has_value()) {
      parse_block_map(at_indent);
    } else {
      give_up();  // a multi-line scalar, or something else yaml-cpp must judge
    }
  }

  void parse_block_sequence(int at_indent) {
    out_.open(line_, column(), YamlNode::Kind::sequence);
    while (true) {
      ++pos_;  // the '-'
      skip_spaces();
      if (pos_ < line_end_ && text_[pos_] != '#' && !at_sequence_item() && key_end().has_value()) {
        parse_block_map(indent());  // "- key: value" opens a map at the key's column
      } else {
        parse_value(at_indent, false);
      }
      if (!has_content_ || indent() < at_indent) break;
      if (indent() > at_indent) give_up();
      if (!at_sequence_item()) break;  // a key of the map this list is a value of
    }
    out_.close();
  }

  void parse_block_map(int at_indent) {
    out_.open(line_, column(), YamlNode::Kind::map);
    while (true) {
      parse_key();
      parse_value(at_indent, true);
      if (!has_content_ || indent() < at_indent) break;
      if (indent() > at_indent || at_sequence_item()) give_up();
    }
    out_.close();
  }

  // Where the ':' of a key on the cursor's line is, if the line holds a key.
  std::optional<std::size_t> key_end() const {
    const char first = peek();
    if (first == '"' || first == '\'') {
      std::size_t close = pos_ + 1;
      while (true) {
        close = text_.find(first, close);
        if (close == std::string_view::npos || close >= line_end_) return std::nullopt;
        if (first == '\'' && close + 1 < line_end_ && text_[close + 1] == '\'') {
          close += 2;
        } else if (first == '"' && text_[close - 1] == '\\') {
          return std::nullopt;  // an escaped quote: not worth getting right here
        } else {
          break;
        }
      }
      std::size_t colon = close + 1;
      while (colon < line_end_ && text_[colon] == ' ')
        ++colon;
      if (colon < line_end_ && text_[colon] == ':' &&
          (colon + 1 == line_end_ || text_[colon + 1] == ' ')) {
        return colon;
      }
      return std::nullopt;
    }
    if (!plain_can_start()) return std::nullopt;
    for (std::size_t i = pos_; i < line_end_; ++i) {
      if (text_[i] == '#' && text_[i - 1] == ' ') return std::nullopt;
      if (text_[i] == ':' && (i + 1 == line_end_ || text_[i + 1] == ' ')) return i;
    }
    return std::nullopt;
  }

  void parse_key() {
    const auto colon = key_end();
    if (!colon) give_up();
    const int column_of_key = column();
    if (peek() == '"' || peek() == '\'') {
      std::string value = quoted_scalar();
      out_.scalar(line_, column_of_key, std::move(value), true);
    } else {
      std::size_t end = *colon;
      while (end > pos_ && text_[end - 1] == ' ')
        --end;
      plain(text_.substr(pos_, end - pos_), column_of_key);
    }
    pos_ = *colon + 1;
  }

  // The value after "key:" (in_map) or "-", from the cursor on. Returns with the
  // cursor on the next content line (or at the end).
  void parse_value(int parent_indent, bool in_map) {
    skip_spaces();
    if (pos_ >= line_end_ || text_[pos_] == '#') {
      advance_to_content();
      if (has_content_ && indent() > parent_indent) {
        parse_block_node(indent());
      } else if (has_content_ && in_map && indent() == parent_indent && at_sequence_item()) {
        parse_block_sequence(parent_indent);  // a list may sit at its key's indentation
      } else {
        const auto [line, column] = next_token_position(parent_indent, in_map);
        out_.null(line, column);
      }
      return;
    }
    const int value_column = column();
    switch (peek()) {
      case '[':
      case '{':
        parse_flow_collection();
        finish_line();
        return;
      case '"':
      case '\'': {
        std::string value = quoted_scalar();
        out_.scalar(line_, value_column, std::move(value), true);
        finish_line();
        return;
      }
      case '|':
      case '>':
        parse_block_scalar(parent_indent);
        return;
      default:
        break;
    }
    if (!plain_can_start()) give_up();
    std::size_t end = pos_;
    while (end < line_end_ && !(text_[end] == '#' && text_[end - 1] == ' ')) {
      if (text_[end] == ':' && (end + 1 == line_end_ || text_[end + 1] == ' ')) give_up();
      ++end;
    }
    plain_until(end, value_column);
    advance_to_content();
  }

  // The plain scalar from the cursor to `end` (trailing spaces dropped); moves there.
  void plain_until(std::size_t end, int column) {
    std::size_t last = end;
    while (text_[last - 1] == ' ')
      --last;
    plain(text_.substr(pos_, last - pos_), column);
    pos_ = end;
  }

  void plain(std::string_view value, int column) {
    if (is_null_word(value)) {
      out_.null(line_, column);
    } else {
      out_.scalar(line_, column, std::string(value), false);
    }
  }

  // ---- scalars -----------------------------------------------------------------------

  // A quoted scalar on one line, from its opening quote; leaves the cursor after it.
  std::string quoted_scalar() {
    const char quote = text_[pos_++];
    std::string value;
    while (true) {
      if (pos_ >= line_end_) give_up();  // continues on the next line
      const char c = text_[pos_++];
      if (c == quote) {
        if (quote == '\'' && peek() == '\'') {
          value += '\'';
          ++pos_;
          continue;
        }
        return value;
      }
      if (quote == '"' && c == '\\') {
        switch (peek()) {
          case '\\':
            value += '\\';
            break;
          case '"':
            value += '"';
            break;
          case '/':
            value += '/';
            break;
          case 'n':
            value += '\n';
            break;
          case 't':
            value += '\t';
            break;
          default:
            give_up();
        }
        ++pos_;
        continue;
      }
      value += c;
    }
  }

  // "|" or ">" with optional "-" (strip) and the indented lines that follow.
  void parse_block_scalar(int parent_indent) {
    const int line = line_;
    const int column_of_indicator = column();
    const bool folded = text_[pos_++] == '>';
    bool strip = false;
    if (peek() == '-') {
      strip = true;
      ++pos_;
    }
    if (!at_line_end_after_spaces()) give_up();  // keep ("+"), explicit indentation
    std::vector<std::string_view> lines;
    int block_indent = -1;
    std::size_t empty_run = 0;  // empty lines not yet known to be inside the scalar
    bool ended = true;          // the scalar runs to the end of the text
    while (line_end_ < text_.size()) {
      begin_line(line_end_ + 1, line_ + 1);
      skip_spaces();
      if (pos_ == line_end_) {
        if (block_indent < 0 || indent() > block_indent) give_up();  // leading or spaced
        ++empty_run;
        continue;
      }
      if (block_indent < 0 && indent() > parent_indent) block_indent = indent();
      if (block_indent < 0 || indent() < block_indent) {
        ended = false;
        break;
      }
      if (indent() > block_indent && folded) give_up();  // more-indented folded lines
      lines.insert(lines.end(), empty_run, std::string_view{});
      empty_run = 0;
      lines.push_back(
          text_.substr(line_begin_ + block_indent, line_end_ - line_begin_ - block_indent));
    }
    // A scalar running into the end of a text without a final line break is read by
    // yaml-cpp in ways of its own (a kept trailing space, no break to clip): fuzzing
    // found two. Such files are rare; yaml-cpp reads them.
    if (ended && (text_.empty() || text_.back() != '\n')) give_up();
    // Leaves the cursor at the next content line, as after any other value.
    if (ended) {
      pos_ = line_end_;
      has_content_ = false;
    } else {
      next_content_line();
    }
    std::string value;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) {
        if (!folded) {
          value += '\n';
        } else if (lines[i].empty() || lines[i - 1].empty()) {
          if (lines[i].empty()) value += '\n';
        } else {
          value += ' ';
        }
      }
      value += lines[i];
    }
    if (!lines.empty() && !strip) value += '\n';
    out_.scalar(line, column_of_indicator, std::move(value), true);
  }

  // ---- flow collections (on one line) ------------------------------------------------

  void parse_flow_collection() {
    const bool is_map = peek() == '{';
    const char close = is_map ? '}' : ']';
    out_.open(line_, column(), is_map ? YamlNode::Kind::map : YamlNode::Kind::sequence);
    ++pos_;
    skip_spaces();
    if (peek() == close) {
      ++pos_;
      out_.close();
      return;
    }
    while (true) {
      if (is_map) {
        if (peek() == '[' || peek() == '{') give_up();  // collection keys
        flow_scalar();
        skip_spaces();
        if (peek() != ':') give_up();
        ++pos_;
        if (peek() != ' ' && peek() != ',' && peek() != close) give_up();  // JSON-style "a":1
        skip_spaces();
        if (peek() == ',' || peek() == close) {
          out_.null(line_, column());
        } else {
          flow_node();
        }
      } else {
        flow_node();
      }
      skip_spaces();
      if (peek() == close) break;
      if (peek() != ',') give_up();
      ++pos_;
      skip_spaces();
      if (peek() == close || peek() == ',') give_up();  // trailing or empty entries
    }
    ++pos_;
    out_.close();
  }

  void flow_node() {
    if (peek() == '[' || peek() == '{') {
      parse_flow_collection();
    } else {
      flow_scalar();
    }
  }

  void flow_scalar() {
    const int value_column = column();
    if (peek() == '"' || peek() == '\'') {
      std::string value = quoted_scalar();
      out_.scalar(line_, value_column, std::move(value), true);
      return;
    }
    if (!plain_can_start()) give_up();
    std::size_t end = pos_;
    while (true) {
      if (end >= line_end_) give_up();  // the collection continues on the next line
      const char c = text_[end];
      if (c == ',' || c == ']' || c == '}') break;
      if (c == '[' || c == '{' || c == '?') give_up();  // yaml-cpp ends flow scalars at '?'
      if (c == '#' && text_[end - 1] == ' ') give_up();
      if (c == ':') {
        const char next = end + 1 < line_end_ ? text_[end + 1] : '\n';
        if (next == ' ' || next == ',' || next == ']' || next == '}' || next == '\n') break;
      }
      ++end;
    }
    plain_until(end, value_column);
  }

  YamlTreeBuilder& out_;
};

}  // namespace

std::optional<YamlNodePtr> parse_yaml_subset(std::string_view text, const std::string& file,
                                             const YamlLimits& limits,
                                             std::vector<Diagnostic>& diagnostics) {
  if (outside_subset_bytes(text)) return std::nullopt;
  std::vector<Diagnostic> found;
  YamlTreeBuilder builder(file, limits, found);
  try {
    SubsetParser(text, builder).parse_document();
  } catch (const SubsetUnsupported&) {
    return std::nullopt;
  } catch (const YamlAbort&) {
    return std::nullopt;  // a limit: yaml-cpp reports it the same way
  }
  diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  return builder.root();
}

}  // namespace regsim::io::detail
