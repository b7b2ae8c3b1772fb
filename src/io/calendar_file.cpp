#include "calendar_file.hpp"

#include <array>

#include "read_context.hpp"
#include "regsim/error.hpp"
#include "source_file.hpp"
#include "yaml_file.hpp"

namespace regsim::io::detail {
namespace {

using calendar::Date;
using calendar::Holiday;

constexpr std::array<std::string_view, 7> weekday_names{"sun", "mon", "tue", "wed",
                                                        "thu", "fri", "sat"};
constexpr int default_first_rule_year = 1900;
constexpr int default_last_rule_year = 2200;

std::optional<int> weekday_number(std::string_view name) {
  for (std::size_t i = 0; i < weekday_names.size(); ++i) {
    if (weekday_names[i] == name) return static_cast<int>(i);
  }
  return std::nullopt;
}

// A holiday defined by a rule, expanded year by year.
struct HolidayRule {
  std::string name;
  int month = 1;
  int day = 0;       // a fixed day of the month, or 0 for an nth weekday
  int weekday = -1;  // 0 = Sunday
  int nth = 1;       // 1..5 or -1 for the last
  bool us_observed = false;
  int from = 1400;
  int until = 9999;
};

std::optional<Date> rule_date(const HolidayRule& rule, int year) {
  const auto y = static_cast<unsigned short>(year);
  const auto m = static_cast<unsigned short>(rule.month);
  const Date first(y, m, 1);
  const Date last = first.end_of_month();
  if (rule.day > 0) {
    if (rule.day > last.day()) return std::nullopt;
    return Date(y, m, static_cast<unsigned short>(rule.day));
  }
  if (rule.nth == -1) {
    const int back = (static_cast<int>(last.day_of_week()) - rule.weekday + 7) % 7;
    return last - boost::gregorian::date_duration(back);
  }
  const int ahead = (rule.weekday - static_cast<int>(first.day_of_week()) + 7) % 7;
  const Date date = first + boost::gregorian::date_duration(ahead + 7 * (rule.nth - 1));
  if (date > last) return std::nullopt;
  return date;
}

// 5 U.S.C. 6103(b) and Executive Order 11582: for employees working Monday to Friday, a
// holiday on a Saturday is observed the Friday before, one on a Sunday the Monday after.
Holiday observed(Date date, const std::string& name) {
  const int weekday = date.day_of_week();
  if (weekday == 6) return {date - boost::gregorian::date_duration(1), name + " (observed)"};
  if (weekday == 0) return {date + boost::gregorian::date_duration(1), name + " (observed)"};
  return {date, name};
}

class CalendarParser {
 public:
  CalendarParser(const std::filesystem::path& file, LoadingChain& chain,
                 std::vector<Diagnostic>& diagnostics)
      : file_(file), chain_(chain), context_(diagnostics) {}

  LoadedCalendar parse(const YamlNode& root) {
    LoadedCalendar result{calendar::Calendar(), std::nullopt, {}, file_};
    if (!root.is_map()) {
      context_.error(SourceLocation{file_.string(), 1, 1}, "wrong_type",
                     "a calendar file is a YAML map (see docs/calendars.md)");
      return result;
    }
    if (!context_.check_file_keys(
            root, "a calendar file",
            {"regsim", "id", "title", "description", "notes", "sources", "weekend", "convention",
             "base", "holidays", "closures", "rules", "years"})) {
      return result;
    }
    if (const auto* version = root.find("regsim")) {
      const auto value = context_.text(*version, "'regsim'");
      if (value && *value != "1")
        context_.error(version->where, "bad_version", "'regsim' must be 1");
    }
    std::string id = file_.stem().string();
    if (const auto* node = root.find("id")) id = context_.text(*node, "'id'").value_or(id);
    if (const auto* node = root.find("title"))
      result.title = context_.text(*node, "'title'").value_or("");
    for (const char* key : {"description", "notes"}) {
      if (const auto* node = root.find(key)) context_.text(*node, key);
    }
    if (const auto* node = root.find("sources"); node != nullptr && !node->is_sequence()) {
      context_.error(node->where, "wrong_type", "'sources' must be a list");
    }

    std::vector<Holiday> holidays;
    calendar::WeekendMask weekend = calendar::saturday_sunday;
    if (const auto* base = root.find("base")) read_base(*base, result, holidays, weekend);
    if (const auto* node = root.find("weekend")) weekend = parse_weekend(*node);
    if (const auto* node = root.find("convention")) {
      if (const auto name = context_.text(*node, "'convention'")) {
        result.convention = calendar::parse_convention(*name);
        if (!result.convention) {
          context_.error(node->where, "unknown_convention",
                         "unknown convention '" + *name +
                             "'; use plain, kr-civil-petition, ema-day, calendar-months or "
                             "kr-civil-act");
        }
      }
    }
    for (const char* key : {"holidays", "closures"}) {
      if (const auto* node = root.find(key)) parse_days(*node, key, holidays);
    }
    if (const auto* node = root.find("rules"))
      parse_rules(*node, root.find("years"), holidays);
    else if (const auto* years = root.find("years"))
      context_.error(years->where, "wrong_type", "'years' needs 'rules'");

    if (!context_.diagnostics().empty()) return result;
    try {
      result.calendar = calendar::Calendar(id, std::move(holidays), weekend);
    } catch (const Error& error) {
      context_.error(SourceLocation{file_.string(), 0, 0}, "bad_calendar", error.what());
    }
    return result;
  }

 private:
  void read_base(const YamlNode& base, LoadedCalendar& result, std::vector<Holiday>& holidays,
                 calendar::WeekendMask& weekend) {
    const auto reference = context_.text(base, "'base'");
    if (!reference) return;
    try {
      LoadedCalendar loaded = load_calendar_in_chain(*reference, file_.parent_path(), chain_);
      holidays = loaded.calendar.holidays();
      weekend = loaded.calendar.weekend();
      result.convention = loaded.convention;
      if (result.title.empty()) result.title = loaded.title;
    } catch (const InputError& error) {
      for (auto diagnostic : error.diagnostics()) {
        // A problem with the base file as a whole is the `base:` line's.
        if (is_file_level(diagnostic)) diagnostic.where = base.where;
        context_.diagnostics().push_back(std::move(diagnostic));
      }
    }
  }

  calendar::WeekendMask parse_weekend(const YamlNode& node) {
    if (!node.is_sequence()) {
      context_.error(node.where, "wrong_type", "'weekend' must be a list of days, e.g. [sat, sun]");
      return calendar::saturday_sunday;
    }
    calendar::WeekendMask mask = 0;
    for (const YamlNode* day : node.items) {
      const auto name = context_.text(*day, "'weekend'");
      if (!name) continue;
      const auto number = weekday_number(*name);
      if (!number) {
        context_.error(day->where, "bad_weekday",
                       "'" + *name + "' is not a day; use mon, tue, ... sun");
        continue;
      }
      mask = static_cast<calendar::WeekendMask>(mask | (1u << *number));
    }
    if (mask == 0x7F)
      context_.error(node.where, "bad_calendar", "a week needs at least one working day");
    return mask;
  }

  void parse_days(const YamlNode& node, const char* key, std::vector<Holiday>& out) {
    if (!node.is_sequence()) {
      context_.error(node.where, "wrong_type", std::string("'") + key + "' must be a list");
      return;
    }
    for (const YamlNode* entry : node.items) {
      if (!context_.expect_map(*entry, std::string("'") + key + "'")) continue;
      context_.check_keys(*entry, "a holiday", {"date", "name", "source", "estimate", "note"});
      if (!context_.require(*entry, "date", "a holiday")) continue;
      const auto date = context_.date(*entry->find("date"), "'date'");
      std::string name = std::string(key) == "closures" ? "Closure" : "Holiday";
      if (const auto* value = entry->find("name"))
        name = context_.text(*value, "'name'").value_or(name);
      if (date && room(out, 1, *entry)) out.push_back({*date, name});
    }
  }

  // Whether `more` holidays fit the limit; reports too_many_holidays at `entry` once.
  bool room(const std::vector<Holiday>& holidays, std::size_t more, const YamlNode& entry) {
    const std::size_t limit = ReadLimits{}.max_holidays;
    if (holidays.size() + more <= limit) return true;
    if (!full_) {
      context_.error(entry.where, "too_many_holidays",
                     "the calendar would hold more than " + std::to_string(limit) +
                         " holidays (the limit), its base's included; narrow 'years' or the "
                         "rules' 'from' and 'until'");
    }
    full_ = true;
    return false;
  }

  std::optional<int> rule_int(const YamlNode& rule, const char* key, int low, int high) {
    const auto value =
        context_.integer(*rule.find(key), std::string("'") + key + "'", low, high, "bad_number");
    if (!value) return std::nullopt;
    return static_cast<int>(*value);
  }

  // `years: [FIRST, LAST]`, the span rules are expanded over.
  std::pair<int, int> rule_years(const YamlNode* years) {
    int first = default_first_rule_year;
    int last = default_last_rule_year;
    if (years == nullptr) return {first, last};
    if (!years->is_sequence() || years->items.size() != 2) {
      context_.error(years->where, "wrong_type",
                     "'years' must be [FIRST, LAST], e.g. [1971, 2200]");
      return {first, last};
    }
    first = static_cast<int>(
        context_.integer(*years->items[0], "'years'", 1401, 9998, "bad_number").value_or(first));
    last = static_cast<int>(
        context_.integer(*years->items[1], "'years'", first, 9998, "bad_number").value_or(last));
    return {first, last};
  }

  // `day:` a fixed day of the month, or `weekday:` with `nth:`; false after reporting.
  bool read_rule_day(const YamlNode& entry, HolidayRule& rule, bool ok) {
    const YamlNode* day = entry.find("day");
    const YamlNode* weekday = entry.find("weekday");
    if (day != nullptr && weekday == nullptr) {
      const auto value = rule_int(entry, "day", 1, 31);
      ok = ok && value.has_value();
      rule.day = value.value_or(1);
      constexpr std::array<int, 12> longest{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      if (ok && rule.day > longest[static_cast<std::size_t>(rule.month - 1)]) {
        context_.error(
            day->where, "bad_rule",
            "month " + std::to_string(rule.month) + " has no day " + std::to_string(rule.day));
        return false;
      }
      return ok;
    }
    if (weekday != nullptr && day == nullptr) {
      const auto name = context_.text(*weekday, "'weekday'");
      const auto number = name ? weekday_number(*name) : std::nullopt;
      if (name && !number) {
        context_.error(weekday->where, "bad_weekday", "'" + *name + "' is not a day (mon..sun)");
      }
      ok = ok && number.has_value();
      rule.weekday = number.value_or(1);
      if (const auto* nth = entry.find("nth")) {
        if (nth->is_scalar() && nth->value == "last") {
          rule.nth = -1;
        } else {
          const auto value = rule_int(entry, "nth", 1, 5);
          ok = ok && value.has_value();
          rule.nth = value.value_or(1);
        }
      }
      return ok;
    }
    context_.error(entry.where, "bad_rule", "a rule has either 'day' or 'weekday' (with 'nth')");
    return false;
  }

  // One entry of `rules:`, or nullopt after reporting.
  std::optional<HolidayRule> read_rule(const YamlNode& entry) {
    if (!context_.expect_map(entry, "'rules'")) return std::nullopt;
    context_.check_keys(
        entry, "a rule",
        {"name", "month", "day", "weekday", "nth", "observed", "from", "until", "source", "note"});
    HolidayRule rule;
    bool ok =
        context_.require(entry, "name", "a rule") && context_.require(entry, "month", "a rule");
    if (!ok) return std::nullopt;
    rule.name = context_.text(*entry.find("name"), "'name'").value_or("");
    const auto month = rule_int(entry, "month", 1, 12);
    rule.month = month.value_or(1);
    ok = read_rule_day(entry, rule, month.has_value());
    if (const auto* observed = entry.find("observed")) {
      const auto value = context_.text(*observed, "'observed'");
      if (value && *value == "us-federal") {
        rule.us_observed = true;
      } else if (value && *value != "none") {
        context_.error(observed->where, "bad_rule", "'observed' must be none or us-federal");
      }
    }
    if (entry.find("from") != nullptr)
      rule.from = rule_int(entry, "from", 1400, 9999).value_or(rule.from);
    if (entry.find("until") != nullptr)
      rule.until = rule_int(entry, "until", 1400, 9999).value_or(rule.until);
    if (!ok) return std::nullopt;
    return rule;
  }

  void parse_rules(const YamlNode& node, const YamlNode* years, std::vector<Holiday>& out) {
    const auto [first, last] = rule_years(years);
    if (!node.is_sequence()) {
      context_.error(node.where, "wrong_type", "'rules' must be a list");
      return;
    }
    for (const YamlNode* entry : node.items) {
      const auto rule = read_rule(*entry);
      if (!rule) continue;
      // Bounded before it is expanded: a year is at most one holiday.
      const int span = std::min(last, rule->until) - std::max(first, rule->from) + 1;
      if (!room(out, static_cast<std::size_t>(std::max(span, 0)), *entry)) return;
      for (int year = std::max(first, rule->from); year <= std::min(last, rule->until); ++year) {
        const auto date = rule_date(*rule, year);
        if (!date) continue;
        out.push_back(rule->us_observed ? observed(*date, rule->name) : Holiday{*date, rule->name});
      }
    }
  }

  std::filesystem::path file_;
  LoadingChain& chain_;
  ReadContext context_;
  bool full_ = false;  // too_many_holidays was reported
};

}  // namespace

LoadedCalendar parse_calendar_in_chain(std::string_view text, const std::filesystem::path& file,
                                       LoadingChain& chain) {
  std::vector<Diagnostic> diagnostics;
  const auto root = parse_yaml_text(std::string(text), file.string(), calendar_file, diagnostics);
  if (!root) throw InputError(std::move(diagnostics));
  LoadedCalendar loaded = CalendarParser(file, chain, diagnostics).parse(*root);
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
  return loaded;
}

}  // namespace regsim::io::detail
