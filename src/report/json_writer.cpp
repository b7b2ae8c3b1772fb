#include "json_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace regsim::report::detail {

void JsonWriter::grow(std::size_t bytes) {
  buffer_.resize(std::max(buffer_.size() * 2, length_ + bytes + 4096));
}

void JsonWriter::put(std::string_view text) {
  char* out = reserve(text.size());
  std::memcpy(out, text.data(), text.size());
  commit(out + text.size());
}

void JsonWriter::new_line(std::size_t extra_spaces) {
  if (indent_ < 0) return;
  const std::size_t spaces = static_cast<std::size_t>(indent_) * empty_.size() + extra_spaces;
  char* out = reserve(spaces + 1);
  *out++ = '\n';
  std::memset(out, ' ', spaces);
  commit(out + spaces);
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the document's top value
  if (!empty_.back()) put(",");
  empty_.back() = false;
  new_line();
}

void JsonWriter::open(char bracket) {
  before_value();
  put(std::string_view(&bracket, 1));
  empty_.push_back(true);
}

void JsonWriter::close(char bracket) {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) new_line();
  put(std::string_view(&bracket, 1));
}

void JsonWriter::key(std::string_view name) {
  before_value();
  write_string(name);
  put(indent_ < 0 ? ":" : ": ");
  after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
  before_value();
  write_string(text);
}

void JsonWriter::value(bool flag) {
  before_value();
  put(flag ? "true" : "false");
}

void JsonWriter::value(long long number) {
  before_value();
  const fmt::format_int digits(number);
  put(std::string_view(digits.data(), digits.size()));
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
  // The shortest form is at most 24 characters ("-2.2250738585072014e-308"): formatted in
  // place, not into a string per number (a portfolio's month series has thousands).
  char* out = reserve(32);
  char* end = fmt::format_to(out, "{}", number);
  // nlohmann::json marks a whole-valued double as one ("2.0"); fmt writes "2".
  if (std::find_if(out, end, [](char c) { return c == '.' || c == 'e'; }) == end) {
    *end++ = '.';
    *end++ = '0';
  }
  commit(end);
}

void JsonWriter::null() {
  before_value();
  put("null");
}

void JsonWriter::write_string(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  // Room for every byte escaped as \u00XX, and the quotes.
  char* out = reserve(text.size() * 6 + 2);
  *out++ = '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != '"' && byte != '\\') {
      *out++ = c;  // UTF-8 passes through, as with nlohmann::json's dump
      continue;
    }
    *out++ = '\\';
    switch (byte) {
      case '"':
        *out++ = '"';
        break;
      case '\\':
        *out++ = '\\';
        break;
      case '\b':
        *out++ = 'b';
        break;
      case '\f':
        *out++ = 'f';
        break;
      case '\n':
        *out++ = 'n';
        break;
      case '\r':
        *out++ = 'r';
        break;
      case '\t':
        *out++ = 't';
        break;
      default:
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = hex[byte >> 4];
        *out++ = hex[byte & 0xF];
    }
  }
  *out++ = '"';
  commit(out);
}

std::string JsonWriter::take(bool newline) {
  if (newline) put("\n");
  buffer_.resize(length_);
  length_ = 0;
  return std::move(buffer_);
}

namespace {

double rounded(double value, double scale) {
  const double result = std::round(value * scale) / scale;
  return result == 0 ? 0.0 : result;  // no "-0.0" in the output
}

}  // namespace

double json_fraction(double value) {
  return rounded(value, 1e6);
}

double json_days(double value) {
  return rounded(value, 1e3);
}

}  // namespace regsim::report::detail
