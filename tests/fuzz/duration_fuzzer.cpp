// Fuzz target: the duration grammar (`[+-]digits unit`, docs/workflow-format.md) and the
// date arithmetic every parsed duration feeds. The input is `DURATION`, or
// `YYYY-MM-DD DURATION` as `regsim calendar add` takes them. Besides crashes, a broken
// promise of the headers is a finding: text that parses must print back to itself,
// and count_between must invert add_duration on every calendar and convention.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_outcome.hpp"
#include "regsim/calendar/convention.hpp"
#include "regsim/calendar/date.hpp"
#include "regsim/calendar/duration.hpp"
#include "regsim/io/calendar_library.hpp"

namespace {

using namespace regsim;
using namespace regsim::calendar;

constexpr std::array conventions{Convention::plain, Convention::kr_civil_petition,
                                 Convention::ema_day, Convention::calendar_months,
                                 Convention::kr_civil_act};

// Weekends only, and the bundled Korean calendar (holidays, substitute days): the two
// kinds of working-day arithmetic.
const std::vector<Calendar>& calendars() {
  static const std::vector<Calendar> loaded{Calendar(), io::load_calendar("kr").calendar};
  return loaded;
}

// The range's edges, a Korean holiday season and an ordinary working day.
const std::vector<Date>& default_starts() {
  static const std::vector<Date> starts{Date(1400, 1, 1), Date(2025, 1, 24), Date(2026, 2, 28),
                                        Date(2026, 9, 24), Date(9999, 12, 31)};
  return starts;
}

std::string describe(Date start, Duration duration, const Calendar& calendar,
                     Convention convention) {
  return to_iso(start) + " + " + to_string(duration) + " on " + calendar.name() + " under " +
         std::string(to_string(convention));
}

// count_between is documented as the smallest amount whose end reaches `end`, so
// counting back what add_duration produced gives at most the amount, with the same end.
void check_round_trip(Date start, Duration duration, const Calendar& calendar,
                      Convention convention) {
  Date end = start;
  try {
    end = add_duration(start, duration, calendar, convention);
  } catch (const Error&) {
    return;  // beyond year 9999 or before 1400: documented
  }
  const std::string what = describe(start, duration, calendar, convention);
  if ((duration.amount > 0 && end < start) || (duration.amount < 0 && end > start)) {
    fuzz::report_finding("add_duration went the wrong way", what + " = " + to_iso(end));
  }
  const int counted = count_between(start, end, duration.unit, calendar, convention);
  const bool within = duration.amount >= 0 ? counted >= 0 && counted <= duration.amount
                                           : counted <= 0 && counted >= duration.amount;
  if (!within || add_duration(start, {counted, duration.unit}, calendar, convention) != end) {
    fuzz::report_finding("count_between does not invert add_duration",
                         what + " = " + to_iso(end) + ", counted back " + std::to_string(counted));
  }
}

void check_duration(std::string_view text, const std::vector<Date>& starts) {
  const DurationParse parsed = parse_duration(text);
  if (parsed.value.has_value() == !parsed.error.empty()) {
    fuzz::report_finding("parse_duration gave both or neither a value and an error",
                         std::string(text));
  }
  if (!parsed.value) return;
  const std::string printed = to_string(*parsed.value);
  const DurationParse again = parse_duration(printed);
  if (!again.value || *again.value != *parsed.value) {
    fuzz::report_finding("a parsed duration does not print back to itself",
                         std::string(text) + " -> " + printed);
  }
  for (const Date start : starts) {
    for (const auto& calendar : calendars()) {
      for (const Convention convention : conventions) {
        check_round_trip(start, *parsed.value, calendar, convention);
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::expect_documented_outcome("duration", text, [&] {
    const auto space = text.find(' ');
    if (space == std::string_view::npos) {
      check_duration(text, default_starts());
      return;
    }
    const auto start = parse_date(text.substr(0, space));
    if (!start) return;  // not a date: what `regsim calendar add` refuses
    check_duration(text.substr(space + 1), {*start});
  });
  return 0;
}
