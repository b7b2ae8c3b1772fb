// Writes JSON text straight into a buffer, formatted exactly as nlohmann::json's dump (internal).
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace regsim::support {

/// A streaming JSON writer for the documents regsim emits. Building an nlohmann::json
/// tree first cost more than scheduling a 2,000-task pathway; this writes the same
/// bytes (same indentation, escapes and number forms as dump(indent)) in one pass.
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
  void value(unsigned long number);
  void value(unsigned long long number);
  /// Shortest form that reads back the same double ("2.0", "0.25", "1e-05"); NaN and
  /// infinities become null, as in nlohmann::json.
  void value(double number);
  void null();

  /// A whole JSON document written by another JsonWriter with the same indent,
  /// embedded as the next value (re-indented to this depth).
  void document(std::string_view json_text);

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
  void before_value();
  void new_line();
  void write_string(std::string_view text);
  void put(std::string_view text);

  fmt::memory_buffer out_;
  int indent_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace regsim::support
