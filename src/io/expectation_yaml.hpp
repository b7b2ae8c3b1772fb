// Private to io: collecting YAML diagnostics while reading expectation files.
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/calendar/date.hpp"
#include "regsim/error.hpp"

namespace regsim::io::expectation_yaml {

/// The closest of `candidates` to `word` within a small edit distance, or empty.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

/// Typed access to YAML nodes that records a diagnostic (and returns nothing) when a
/// value has the wrong shape, so that reading carries on and reports every problem.
class YamlDiagnostics {
 public:
  explicit YamlDiagnostics(std::string file) : file_(std::move(file)) {}

  /// The location of a node (1-based line and column).
  SourceLocation at(const YAML::Node& node) const;
  /// Records an error at `node`.
  void error(const YAML::Node& node, std::string id, std::string message);
  /// Records an error at a known location.
  void error(SourceLocation where, std::string id, std::string message);

  /// Reports every key of `map` not in `known` (`unknown_key`, with a suggestion).
  void check_keys(const YAML::Node& map, std::initializer_list<std::string_view> known);
  /// Reports `missing_key` when `map` lacks `key`; returns whether it is there.
  bool require(const YAML::Node& map, std::string_view key, std::string_view what);

  /// A plain scalar, or nothing (`wrong_type`).
  std::optional<std::string> string(const YAML::Node& node, std::string_view key);
  /// An integer in [minimum, maximum], or nothing (`wrong_type`, `bad_number`).
  std::optional<long long> integer(const YAML::Node& node, std::string_view key, long long minimum,
                                   long long maximum);
  /// A finite number, or nothing (`wrong_type`, `bad_number`).
  std::optional<double> number(const YAML::Node& node, std::string_view key);
  /// A `YYYY-MM-DD` date, or nothing (`bad_date`).
  std::optional<calendar::Date> date(const YAML::Node& node, std::string_view key);
  /// Whether the node is a map; records `wrong_type` when not.
  bool is_map(const YAML::Node& node, std::string_view key);

  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }
  const std::string& file() const noexcept { return file_; }

 private:
  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace regsim::io::expectation_yaml
