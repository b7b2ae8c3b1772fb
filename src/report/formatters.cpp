#include "regsim/report/formatters.hpp"

namespace regsim::report {

std::string_view to_string(model::TaskKind kind) noexcept {
  switch (kind) {
    case model::TaskKind::task:
      return "task";
    case model::TaskKind::milestone:
      return "milestone";
    case model::TaskKind::clock_stop:
      return "clock-stop";
    case model::TaskKind::decision:
      return "decision";
  }
  return "task";
}

std::string_view describe(model::ClockBasis basis) noexcept {
  switch (basis) {
    case model::ClockBasis::calendar_days:
      return "calendar days";
    case model::ClockBasis::working_days:
      return "working days";
    case model::ClockBasis::clock_days:
      return "clock days";
  }
  return "calendar days";
}

}  // namespace regsim::report
