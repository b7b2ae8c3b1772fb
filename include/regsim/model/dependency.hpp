// Dependencies between tasks (finish-to-start and the other three types, with lags).
#pragma once

#include <string>
#include <string_view>
#include <optional>

#include "regsim/calendar/duration.hpp"
#include "regsim/error.hpp"

namespace regsim::model {

/// The four precedence types of project scheduling.
enum class DependencyType {
  finish_to_start,   ///< FS: `to` starts after `from` finishes (the default)
  start_to_start,    ///< SS: `to` starts after `from` starts
  finish_to_finish,  ///< FF: `to` finishes after `from` finishes
  start_to_finish,   ///< SF: `to` finishes after `from` starts
};

/// "FS", "SS", "FF", "SF".
std::string_view to_string(DependencyType type);
/// Parses "FS", "SS", "FF", "SF" (case-insensitive).
std::optional<DependencyType> parse_dependency_type(std::string_view text);

/// `to` depends on `from`. The lag (negative: a lead) is counted from the anchor date
/// on the successor's calendar with the plain convention.
struct Dependency {
  std::string from;
  std::string to;
  DependencyType type = DependencyType::finish_to_start;
  calendar::Duration lag;
  SourceLocation where;

  friend bool operator==(const Dependency&, const Dependency&) = default;
};

}  // namespace regsim::model
