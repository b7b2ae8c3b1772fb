#include "expectation_yaml.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace regsim::io::expectation_yaml {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string quoted(std::string_view key) {
  return "'" + std::string(key) + "'";
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  // A third of the word's length (at least 1, at most 3) keeps suggestions plausible:
  // "calender_days" -> "calendar_days", but "x" suggests nothing.
  const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const auto candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

SourceLocation YamlDiagnostics::at(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return SourceLocation{file_, 0, 0};
  return SourceLocation{file_, mark.line + 1, mark.column + 1};
}

void YamlDiagnostics::error(const YAML::Node& node, std::string id, std::string message) {
  error(at(node), std::move(id), std::move(message));
}

void YamlDiagnostics::error(SourceLocation where, std::string id, std::string message) {
  diagnostics_.push_back(
      Diagnostic{std::move(where), Severity::error, std::move(id), std::move(message)});
}

void YamlDiagnostics::check_keys(const YAML::Node& map,
                                 std::initializer_list<std::string_view> known) {
  const std::vector<std::string_view> candidates(known);
  for (auto it = map.begin(); it != map.end(); ++it) {
    const std::string key = it->first.IsScalar() ? it->first.Scalar() : std::string("?");
    if (std::find(candidates.begin(), candidates.end(), key) != candidates.end()) continue;
    std::string message = "unknown key " + quoted(key);
    const std::string suggestion = closest_match(key, candidates);
    if (!suggestion.empty()) message += "; did you mean " + quoted(suggestion) + "?";
    error(it->first, "unknown_key", message);
  }
}

bool YamlDiagnostics::require(const YAML::Node& map, std::string_view key, std::string_view what) {
  if (map[std::string(key)]) return true;
  error(map, "missing_key", std::string(what) + " needs " + quoted(key));
  return false;
}

std::optional<std::string> YamlDiagnostics::string(const YAML::Node& node, std::string_view key) {
  if (!node.IsScalar()) {
    error(node, "wrong_type", quoted(key) + " must be a single value, not a list or map");
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<long long> YamlDiagnostics::integer(const YAML::Node& node, std::string_view key,
                                                  long long minimum, long long maximum) {
  const auto text = string(node, key);
  if (!text) return std::nullopt;
  long long value = 0;
  const auto result = std::from_chars(text->data(), text->data() + text->size(), value);
  if (result.ec != std::errc() || result.ptr != text->data() + text->size()) {
    error(node, "wrong_type", quoted(key) + " must be a whole number, not '" + *text + "'");
    return std::nullopt;
  }
  if (value < minimum || value > maximum) {
    error(node, "bad_number",
          quoted(key) + " must be between " + std::to_string(minimum) + " and " +
              std::to_string(maximum) + ", not " + *text);
    return std::nullopt;
  }
  return value;
}

std::optional<double> YamlDiagnostics::number(const YAML::Node& node, std::string_view key) {
  const auto text = string(node, key);
  if (!text) return std::nullopt;
  double value = 0;
  const auto result = std::from_chars(text->data(), text->data() + text->size(), value);
  if (result.ec != std::errc() || result.ptr != text->data() + text->size() ||
      !std::isfinite(value)) {
    error(node, "wrong_type", quoted(key) + " must be a number, not '" + *text + "'");
    return std::nullopt;
  }
  return value;
}

std::optional<calendar::Date> YamlDiagnostics::date(const YAML::Node& node, std::string_view key) {
  const auto text = string(node, key);
  if (!text) return std::nullopt;
  auto value = calendar::parse_date(*text);
  if (!value) {
    error(node, "bad_date", quoted(key) + " must be a real date YYYY-MM-DD, not '" + *text + "'");
  }
  return value;
}

bool YamlDiagnostics::is_map(const YAML::Node& node, std::string_view key) {
  if (node.IsMap()) return true;
  error(node, "wrong_type", quoted(key) + " must be a map");
  return false;
}

}  // namespace regsim::io::expectation_yaml
