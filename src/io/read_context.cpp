#include "read_context.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "regsim/io/calendar_library.hpp"
#include "source_file.hpp"
#include "support/suggest.hpp"

namespace regsim::io::detail {

using support::did_you_mean;
namespace {

// A value quoted in a message: short, control characters escaped (it may come from any file).
std::string shown(std::string_view text) {
  return "'" + short_excerpt(text, 60) + "'";
}

// A finite number written in decimal: from_chars takes no hexadecimal ("0x1p3"), no '+',
// no spaces and no locale, where strtod took all four.
std::optional<double> decimal(const std::string& text) {
  double number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
      !std::isfinite(number)) {
    return std::nullopt;
  }
  return number;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

}  // namespace

bool is_valid_id(std::string_view text) {
  // A table: every task id, dependency end and reference passes through here.
  static constexpr auto id_character = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) {
      table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                           (c >= '0' && c <= '9') || c == '_' || c == '.' ||
                                           c == '-';
    }
    return table;
  }();
  if (text.empty()) return false;
  for (const char c : text) {
    if (!id_character[static_cast<unsigned char>(c)]) return false;
  }
  return true;
}

void ReadContext::error(const SourceLocation& where, std::string id, std::string message) {
  diagnostics_.push_back({where, Severity::error, std::move(id), std::move(message)});
}

bool ReadContext::expect_map(const YamlNode& node, std::string_view what) {
  if (node.is_map()) return true;
  error(node.where, "wrong_type",
        std::string(what) + " must be a map (key: value lines), not " + describe(node));
  return false;
}

bool ReadContext::expect_list(const YamlNode& node, std::string_view what) {
  if (node.is_sequence()) return true;
  error(node.where, "wrong_type",
        std::string(what) + " must be a list ('- ' items), not " + describe(node));
  return false;
}

void ReadContext::check_keys(const YamlNode& map, std::string_view what,
                             std::initializer_list<std::string_view> known,
                             std::initializer_list<std::string_view> required) {
  for (const auto& [key, value] : map.entries) {
    if (!key->is_scalar()) {
      error(key->where, "wrong_type", "keys of " + std::string(what) + " must be plain words");
      continue;
    }
    // Views, not C strings: most keys differ in length and are rejected without a compare.
    const std::string_view name = key->value;
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      // Spelt out only for the message: every task map passes through here.
      const std::vector<std::string> known_keys(known.begin(), known.end());
      error(key->where, "unknown_key",
            "unknown key " + shown(key->value) + " in " + std::string(what) +
                did_you_mean(key->value, known_keys) + "; known keys: " + join(known_keys));
    }
  }
  for (const std::string_view key : required)
    require(map, key, what);
}

bool ReadContext::check_file_keys(const YamlNode& map, std::string_view what,
                                  std::initializer_list<std::string_view> known,
                                  std::initializer_list<std::string_view> required) {
  const bool any_known =
      std::any_of(map.entries.begin(), map.entries.end(), [&](const auto& entry) {
        return entry.first->is_scalar() &&
               std::find(known.begin(), known.end(), entry.first->value) != known.end();
      });
  if (!any_known && !map.entries.empty()) {
    error(map.where, "missing_key",
          std::string(what) +
              " starts with 'regsim: 1'; this file has none of its keys, so it "
              "is not read further (is it the file you meant?)");
    return false;
  }
  check_keys(map, what, known, required);
  return true;
}

bool ReadContext::require(const YamlNode& map, std::string_view key, std::string_view what) {
  if (map.find(key) != nullptr) return true;
  error(map.where, "missing_key",
        std::string(what) + " needs the key '" + std::string(key) + "'; add it");
  return false;
}

std::optional<std::string> ReadContext::text(const YamlNode& node, std::string_view what) {
  if (node.is_scalar()) return node.value;
  error(node.where, "wrong_type",
        std::string(what) + " must be a single value, not " + describe(node));
  return std::nullopt;
}

std::optional<std::string> ReadContext::id(const YamlNode& node, std::string_view what) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  if (!is_valid_id(*value)) {
    error(node.where, "bad_id",
          std::string(what) + " " + shown(*value) +
              " may use only letters, digits, '_', '.' and '-'");
    return std::nullopt;
  }
  return value;
}

std::optional<long> ReadContext::integer(const YamlNode& node, std::string_view what, long min,
                                         long max, const char* range_id) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const long number = std::strtol(value->c_str(), &end, 10);
  if (value->empty() || end != value->c_str() + value->size() || errno == ERANGE) {
    error(node.where, "wrong_type",
          std::string(what) + " must be a whole number, not " + shown(*value));
    return std::nullopt;
  }
  if (number < min || number > max) {
    error(node.where, range_id,
          std::string(what) + " must be between " + std::to_string(min) + " and " +
              std::to_string(max) + ", not " + *value);
    return std::nullopt;
  }
  return number;
}

std::optional<double> ReadContext::number(const YamlNode& node, std::string_view what) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  const auto number = decimal(*value);
  if (!number) {
    error(node.where, "wrong_type", std::string(what) + " must be a number, not " + shown(*value));
    return std::nullopt;
  }
  return *number;
}

std::optional<double> ReadContext::probability(const YamlNode& node, std::string_view what) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  const auto number = decimal(*value);
  if (!number || *number < 0 || *number > 1) {
    error(node.where, "bad_probability",
          std::string(what) + " must be a probability between 0 and 1 (e.g. 0.4), not " +
              shown(*value));
    return std::nullopt;
  }
  return *number;
}

std::optional<calendar::Date> ReadContext::date(const YamlNode& node, std::string_view what) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  auto parsed = calendar::parse_date(*value);
  if (!parsed) {
    error(node.where, "bad_date",
          std::string(what) + " " + shown(*value) +
              " is not a real date; write YYYY-MM-DD, e.g. 2026-03-02");
  }
  return parsed;
}

std::optional<calendar::Duration> ReadContext::duration(const YamlNode& node, std::string_view what,
                                                        bool allow_negative) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  auto parsed = calendar::parse_duration(*value);
  if (!parsed.value) {
    error(node.where, "bad_duration", std::string(what) + ": " + parsed.error);
    return std::nullopt;
  }
  if (!allow_negative && parsed.value->amount < 0) {
    error(node.where, "bad_duration",
          std::string(what) + " " + shown(*value) +
              " is negative; only dependency lags may be negative");
    return std::nullopt;
  }
  return parsed.value;
}

std::optional<std::string> ReadContext::calendar_name(const YamlNode& node) {
  if (node.is_scalar() && is_calendar_path(node.value)) return node.value;
  return id(node, "calendar name");
}

std::optional<calendar::Convention> ReadContext::convention(const YamlNode& node) {
  auto value = text(node, "convention");
  if (!value) return std::nullopt;
  auto parsed = calendar::parse_convention(*value);
  if (!parsed) {
    const std::vector<std::string> names{"plain", "kr-civil-petition", "ema-day", "calendar-months",
                                         "kr-civil-act"};
    error(node.where, "unknown_convention",
          "unknown counting convention " + shown(*value) + did_you_mean(*value, names) +
              "; use one of " + join(names));
  }
  return parsed;
}

std::optional<std::string> ReadContext::choice(const YamlNode& node, std::string_view what,
                                               const std::vector<std::string>& choices) {
  auto value = text(node, what);
  if (!value) return std::nullopt;
  for (const auto& c : choices) {
    if (c == *value) return value;
  }
  error(node.where, "bad_value",
        std::string(what) + " cannot be " + shown(*value) + did_you_mean(*value, choices) +
            "; use one of " + join(choices));
  return std::nullopt;
}

std::vector<std::pair<std::string, SourceLocation>> ReadContext::id_list(const YamlNode& node,
                                                                         std::string_view what) {
  std::vector<std::pair<std::string, SourceLocation>> ids;
  if (node.is_scalar()) {
    if (auto value = id(node, what)) ids.emplace_back(*value, node.where);
    return ids;
  }
  if (!expect_list(node, what)) return ids;
  for (const auto& item : node.items) {
    if (auto value = id(*item, what)) ids.emplace_back(*value, item->where);
  }
  return ids;
}

}  // namespace regsim::io::detail
