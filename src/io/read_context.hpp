// Shared state and small value readers used while turning YAML into the model (internal).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/calendar/convention.hpp"
#include "regsim/calendar/date.hpp"
#include "regsim/calendar/duration.hpp"
#include "regsim/error.hpp"
#include "yaml_tree.hpp"

namespace regsim::io::detail {

/// Collects diagnostics and reads typed values out of YAML nodes, reporting (never
/// throwing) what is wrong. Every reader returns nullopt after reporting.
class ReadContext {
 public:
  explicit ReadContext(std::vector<Diagnostic>& diagnostics) : diagnostics_(diagnostics) {}

  /// Records one error.
  void error(const SourceLocation& where, std::string id, std::string message);
  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

  /// True when `node` is a map; otherwise reports wrong_type ("`what` must be a map").
  bool expect_map(const YamlNode& node, std::string_view what);
  /// True when `node` is a list; otherwise reports wrong_type.
  bool expect_list(const YamlNode& node, std::string_view what);
  /// Reports unknown keys (with a suggestion) and missing required keys of a map.
  void check_keys(const YamlNode& map, std::string_view what,
                  std::initializer_list<std::string_view> known,
                  std::initializer_list<std::string_view> required = {});

  /// check_keys() for the top level of a file, unless no key of `map` is known: then the
  /// file is not a regsim file (a log, /etc/passwd), reported once as missing_key without
  /// echoing its lines as unknown keys; returns false then.
  bool check_file_keys(const YamlNode& map, std::string_view what,
                       std::initializer_list<std::string_view> known,
                       std::initializer_list<std::string_view> required = {});
  /// True when `map` has `key`; otherwise reports missing_key ("`what` needs the key").
  bool require(const YamlNode& map, std::string_view key, std::string_view what);

  /// A scalar as text (numbers and booleans as written).
  std::optional<std::string> text(const YamlNode& node, std::string_view what);
  /// An id matching [A-Za-z0-9_.-]+ (bad_id otherwise).
  std::optional<std::string> id(const YamlNode& node, std::string_view what);
  /// A whole number in [min, max].
  std::optional<long> integer(const YamlNode& node, std::string_view what, long min, long max,
                              const char* range_id = "wrong_type");
  /// A finite decimal number (no hexadecimal, no sign '+').
  std::optional<double> number(const YamlNode& node, std::string_view what);
  /// A number in [0, 1] (bad_probability).
  std::optional<double> probability(const YamlNode& node, std::string_view what);
  /// `YYYY-MM-DD` (bad_date).
  std::optional<calendar::Date> date(const YamlNode& node, std::string_view what);
  /// A duration; negative amounts only when `allow_negative` (bad_duration).
  std::optional<calendar::Duration> duration(const YamlNode& node, std::string_view what,
                                             bool allow_negative);
  /// A calendar: an id, or the path of a calendar file (io::is_calendar_path: it has a
  /// '/' or ends in .yaml/.yml).
  std::optional<std::string> calendar_name(const YamlNode& node);
  /// A counting convention name (unknown_convention).
  std::optional<calendar::Convention> convention(const YamlNode& node);
  /// One of `choices` (bad_value otherwise, with a suggestion).
  std::optional<std::string> choice(const YamlNode& node, std::string_view what,
                                    const std::vector<std::string>& choices);
  /// A list of ids; a single id is accepted as a list of one.
  std::vector<std::pair<std::string, SourceLocation>> id_list(const YamlNode& node,
                                                              std::string_view what);

 private:
  std::vector<Diagnostic>& diagnostics_;
};

/// Whether `text` is a valid id ([A-Za-z0-9_.-]+).
bool is_valid_id(std::string_view text);

}  // namespace regsim::io::detail
