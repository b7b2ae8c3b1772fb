// Internal: the one JSON writer of every document regsim emits (nlohmann::json's dump bytes).
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace regsim::report::detail {

/// A share (0..1) rounded to six decimals, and a count of days (a mean, a spread) to three,
/// for documents whose numbers must read the same on every machine; never -0.0.
double json_fraction(double value);
double json_days(double value);

/// A streaming JSON writer for the documents regsim emits. Building an nlohmann::json
/// tree first cost more than scheduling a 2,000-task pathway; this writes the same
/// bytes (same indentation, escapes and number forms as dump(indent)) in one pass,
/// reserving room for a whole token before writing it byte by byte.
/// Usage: begin_object(); key("id"); value("x"); ... end_object(); then take().
class JsonWriter {
 public:
  /// `indent` < 0: compact, one line; otherwise that many spaces per level.
  explicit JsonWriter(int indent = 2) : indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// The key of the next value in the current object.
  void key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(const std::string& text) { value(std::string_view(text)); }
  void value(bool flag);
  void value(int number) { value(static_cast<long long>(number)); }
  void value(long number) { value(static_cast<long long>(number)); }
  void value(long long number);
  void value(unsigned long number) { value(static_cast<unsigned long long>(number)); }
  void value(unsigned long long number);
  /// Shortest form that reads back the same double ("2.0", "0.25", "1e-05"); NaN and
  /// infinities become null, as in nlohmann::json.
  void value(double number);
  void null();

  /// `key` and `value` in one call.
  template <typename T>
  void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }

  /// The text written so far, with a final newline when `newline`.
  std::string take(bool newline = true);

 private:
  void open(char bracket);
  void close(char bracket);
  // Makes room for `bytes` more bytes at cursor_.
  char* reserve(std::size_t bytes) {
    if (bytes > buffer_.size() - length_) grow(bytes);
    return buffer_.data() + length_;
  }
  void grow(std::size_t bytes);
  void commit(const char* end) { length_ = static_cast<std::size_t>(end - buffer_.data()); }
  // The separator and line break before a value (nothing after a key).
  void before_value();
  // A line break and the current depth's indentation plus `extra_spaces`.
  void new_line(std::size_t extra_spaces = 0);
  void put(std::string_view text);
  void write_string(std::string_view text);

  std::string buffer_;  // bytes [0, length_) are written
  std::size_t length_ = 0;
  int indent_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace regsim::report::detail
