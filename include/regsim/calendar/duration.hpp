// Durations as written in pathway files: an integer amount and a unit (30d, 20wd, 6w, 10mo).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace regsim::calendar {

/// What a duration counts.
enum class DurationUnit {
  calendar_days,  ///< `d`
  working_days,   ///< `wd`: days that are working days of the task's calendar
  weeks,          ///< `w`: 7 calendar days each (Civil Act rule under kr-civil-act)
  months,         ///< `mo`: calendar months; the end-of-month rule depends on the convention
};

/// An amount of time in one unit. Negative amounts are allowed (lags); tasks use >= 0.
struct Duration {
  int amount = 0;
  DurationUnit unit = DurationUnit::calendar_days;

  friend bool operator==(const Duration&, const Duration&) = default;
};

/// Result of parsing a duration: the value, or what is wrong with the text.
struct DurationParse {
  std::optional<Duration> value;
  std::string error;  ///< empty on success; otherwise says what is expected
};

/// Parses `[+-]?[0-9]+(d|wd|w|mo)` (docs/workflow-format.md, "Durations"); amounts are
/// limited to |amount| <= 100000 so that no date arithmetic can overflow.
DurationParse parse_duration(std::string_view text);

/// The unit's suffix: "d", "wd", "w", "mo".
std::string_view unit_suffix(DurationUnit unit);

/// Canonical text, e.g. "30d", "-5wd".
std::string to_string(Duration duration);

}  // namespace regsim::calendar
