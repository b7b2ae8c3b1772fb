#include "json_writer.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace regsim::support {

void JsonWriter::put(std::string_view text) {
  out_.append(text.data(), text.data() + text.size());
}

void JsonWriter::new_line() {
  if (indent_ < 0) return;
  static constexpr std::string_view spaces =
      "\n                                                                ";
  auto remaining = static_cast<std::size_t>(indent_) * empty_.size() + 1;
  // Deep documents need more spaces than the constant holds: write it in pieces.
  put(spaces.substr(0, std::min(remaining, spaces.size())));
  remaining -= std::min(remaining, spaces.size());
  while (remaining > 0) {
    const auto piece = std::min(remaining, spaces.size() - 1);
    put(spaces.substr(1, piece));
    remaining -= piece;
  }
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the document's top value
  if (!empty_.back()) out_.push_back(',');
  empty_.back() = false;
  new_line();
}

void JsonWriter::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  empty_.push_back(true);
}

void JsonWriter::close(char bracket) {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) new_line();
  out_.push_back(bracket);
}

void JsonWriter::key(std::string_view name) {
  before_value();
  write_string(name);
  out_.push_back(':');
  if (indent_ >= 0) out_.push_back(' ');
  after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
  before_value();
  write_string(text);
}

void JsonWriter::value(bool flag) {
  before_value();
  const std::string_view word = flag ? "true" : "false";
  put(word);
}

void JsonWriter::value(long long number) {
  before_value();
  const fmt::format_int digits(number);
  put(std::string_view(digits.data(), digits.size()));
}

void JsonWriter::value(unsigned long number) {
  value(static_cast<unsigned long long>(number));
}

void JsonWriter::value(unsigned long long number) {
  before_value();
  const fmt::format_int digits(number);
  put(std::string_view(digits.data(), digits.size()));
}

void JsonWriter::value(double number) {
  if (!std::isfinite(number)) {
    null();
    return;
  }
  before_value();
  const std::size_t start = out_.size();
  fmt::format_to(std::back_inserter(out_), "{}", number);
  // nlohmann::json marks a whole-valued double as one ("2.0"); fmt writes "2".
  const std::string_view written(out_.data() + start, out_.size() - start);
  if (written.find_first_of(".e") == std::string_view::npos) {
    out_.push_back('.');
    out_.push_back('0');
  }
}

void JsonWriter::null() {
  before_value();
  const std::string_view word = "null";
  put(word);
}

void JsonWriter::document(std::string_view json_text) {
  before_value();
  while (!json_text.empty() && json_text.back() == '\n')
    json_text.remove_suffix(1);
  // Strings never hold a raw newline (it is escaped), so every newline in the text is
  // layout, and indenting after each one moves the whole document to this depth.
  const auto spaces = indent_ < 0 ? 0 : static_cast<std::size_t>(indent_) * empty_.size();
  for (const char c : json_text) {
    out_.push_back(c);
    if (c == '\n') {
      for (std::size_t i = 0; i < spaces; ++i)
        out_.push_back(' ');
    }
  }
}

void JsonWriter::write_string(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out_.push_back('"');
  // Copies runs of plain characters at once; only quotes, backslashes and control
  // characters are escaped (UTF-8 passes through, as with nlohmann::json's dump).
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    put(text.substr(run, i - run));
    run = i + 1;
    switch (byte) {
      case '"':
        put("\\\"");
        break;
      case '\\':
        put("\\\\");
        break;
      case '\b':
        put("\\b");
        break;
      case '\f':
        put("\\f");
        break;
      case '\n':
        put("\\n");
        break;
      case '\r':
        put("\\r");
        break;
      case '\t':
        put("\\t");
        break;
      default: {
        const char escape[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
        put(std::string_view(escape, sizeof escape));
      }
    }
  }
  put(text.substr(run));
  out_.push_back('"');
}

std::string JsonWriter::take(bool newline) {
  if (newline) out_.push_back('\n');
  std::string text(out_.data(), out_.size());
  out_.clear();
  return text;
}

}  // namespace regsim::support
