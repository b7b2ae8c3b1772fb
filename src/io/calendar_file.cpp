#include "calendar_file.hpp"

#include <yaml-cpp/yaml.h>

#include <array>

#include "expectation_yaml.hpp"
#include "regsim/error.hpp"

namespace regsim::io::detail {
namespace {

using calendar::Date;
using calendar::Holiday;
using expectation_yaml::YamlDiagnostics;

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
  CalendarParser(const std::filesystem::path& file, LoadingChain& chain)
      : file_(file), chain_(chain), yaml_(file.string()) {}

  LoadedCalendar parse(const YAML::Node& root) {
    if (!root.IsMap()) {
      yaml_.error(SourceLocation{yaml_.file(), 1, 1}, "wrong_type",
                  "a calendar file is a YAML map (see docs/calendars.md)");
      throw InputError(yaml_.diagnostics());
    }
    yaml_.check_keys(root, {"regsim", "id", "title", "description", "notes", "sources", "weekend",
                            "convention", "base", "holidays", "closures", "rules", "years"});
    if (const auto version = root["regsim"]) {
      const auto value = yaml_.string(version, "regsim");
      if (value && *value != "1") yaml_.error(version, "bad_version", "'regsim' must be 1");
    }
    std::string id = file_.stem().string();
    if (root["id"]) id = yaml_.string(root["id"], "id").value_or(id);
    LoadedCalendar result{calendar::Calendar(), std::nullopt, {}, file_};
    if (root["title"]) result.title = yaml_.string(root["title"], "title").value_or("");
    for (const char* key : {"description", "notes"}) {
      if (root[key]) yaml_.string(root[key], key);
    }
    if (root["sources"] && !root["sources"].IsSequence()) {
      yaml_.error(root["sources"], "wrong_type", "'sources' must be a list");
    }

    std::vector<Holiday> holidays;
    calendar::WeekendMask weekend = calendar::saturday_sunday;
    if (const auto base = root["base"]) {
      if (const auto reference = yaml_.string(base, "base")) {
        try {
          LoadedCalendar loaded = load_calendar_in_chain(*reference, file_.parent_path(), chain_);
          holidays = loaded.calendar.holidays();
          weekend = loaded.calendar.weekend();
          result.convention = loaded.convention;
          if (result.title.empty()) result.title = loaded.title;
        } catch (const InputError& error) {
          for (auto diagnostic : error.diagnostics()) {
            if (diagnostic.where.file.empty()) diagnostic.where = yaml_.at(base);
            yaml_.error(diagnostic.where, diagnostic.id, diagnostic.message);
          }
        }
      }
    }
    if (const auto node = root["weekend"]) weekend = parse_weekend(node);
    if (const auto node = root["convention"]) {
      if (const auto name = yaml_.string(node, "convention")) {
        result.convention = calendar::parse_convention(*name);
        if (!result.convention) {
          yaml_.error(node, "unknown_convention",
                      "unknown convention '" + *name +
                          "'; use plain, kr-civil-petition, ema-day, calendar-months or "
                          "kr-civil-act");
        }
      }
    }
    for (const char* key : {"holidays", "closures"}) {
      if (const auto node = root[key]) parse_days(node, key, holidays);
    }
    if (const auto node = root["rules"])
      parse_rules(node, root["years"], holidays);
    else if (root["years"])
      yaml_.error(root["years"], "wrong_type", "'years' needs 'rules'");

    if (!yaml_.diagnostics().empty()) throw InputError(yaml_.diagnostics());
    try {
      result.calendar = calendar::Calendar(id, std::move(holidays), weekend);
    } catch (const Error& error) {
      throw InputError(SourceLocation{yaml_.file(), 0, 0}, "bad_calendar", error.what());
    }
    return result;
  }

 private:
  calendar::WeekendMask parse_weekend(const YAML::Node& node) {
    if (!node.IsSequence()) {
      yaml_.error(node, "wrong_type", "'weekend' must be a list of days, e.g. [sat, sun]");
      return calendar::saturday_sunday;
    }
    calendar::WeekendMask mask = 0;
    for (const auto& day : node) {
      const auto name = yaml_.string(day, "weekend");
      if (!name) continue;
      const auto number = weekday_number(*name);
      if (!number) {
        yaml_.error(day, "bad_weekday", "'" + *name + "' is not a day; use mon, tue, ... sun");
        continue;
      }
      mask = static_cast<calendar::WeekendMask>(mask | (1u << *number));
    }
    if (mask == 0x7F) yaml_.error(node, "bad_calendar", "a week needs at least one working day");
    return mask;
  }

  void parse_days(const YAML::Node& node, const char* key, std::vector<Holiday>& out) {
    if (!node.IsSequence()) {
      yaml_.error(node, "wrong_type", std::string("'") + key + "' must be a list");
      return;
    }
    for (const auto& entry : node) {
      if (!yaml_.is_map(entry, key)) continue;
      yaml_.check_keys(entry, {"date", "name", "source", "estimate", "note"});
      if (!yaml_.require(entry, "date", "a holiday")) continue;
      const auto date = yaml_.date(entry["date"], "date");
      std::string name = std::string(key) == "closures" ? "Closure" : "Holiday";
      if (entry["name"]) name = yaml_.string(entry["name"], "name").value_or(name);
      if (date) out.push_back({*date, name});
    }
  }

  std::optional<int> rule_int(const YAML::Node& rule, const char* key, int low, int high) {
    const auto value = yaml_.integer(rule[key], key, low, high);
    if (!value) return std::nullopt;
    return static_cast<int>(*value);
  }

  void parse_rules(const YAML::Node& node, const YAML::Node& years, std::vector<Holiday>& out) {
    int first = default_first_rule_year;
    int last = default_last_rule_year;
    if (years) {
      if (!years.IsSequence() || years.size() != 2) {
        yaml_.error(years, "wrong_type", "'years' must be [FIRST, LAST], e.g. [1971, 2200]");
      } else {
        first = static_cast<int>(yaml_.integer(years[0], "years", 1401, 9998).value_or(first));
        last = static_cast<int>(yaml_.integer(years[1], "years", first, 9998).value_or(last));
      }
    }
    if (!node.IsSequence()) {
      yaml_.error(node, "wrong_type", "'rules' must be a list");
      return;
    }
    for (const auto& entry : node) {
      if (!yaml_.is_map(entry, "rules")) continue;
      yaml_.check_keys(entry, {"name", "month", "day", "weekday", "nth", "observed", "from",
                               "until", "source", "note"});
      HolidayRule rule;
      bool ok = yaml_.require(entry, "name", "a rule") && yaml_.require(entry, "month", "a rule");
      if (!ok) continue;
      rule.name = yaml_.string(entry["name"], "name").value_or("");
      const auto month = rule_int(entry, "month", 1, 12);
      ok = month.has_value();
      rule.month = month.value_or(1);
      if (entry["day"] && !entry["weekday"]) {
        const auto day = rule_int(entry, "day", 1, 31);
        ok = ok && day.has_value();
        rule.day = day.value_or(1);
        constexpr std::array<int, 12> longest{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (ok && rule.day > longest[static_cast<std::size_t>(rule.month - 1)]) {
          yaml_.error(
              entry["day"], "bad_rule",
              "month " + std::to_string(rule.month) + " has no day " + std::to_string(rule.day));
          ok = false;
        }
      } else if (entry["weekday"] && !entry["day"]) {
        const auto name = yaml_.string(entry["weekday"], "weekday");
        const auto number = name ? weekday_number(*name) : std::nullopt;
        if (name && !number) {
          yaml_.error(entry["weekday"], "bad_weekday", "'" + *name + "' is not a day (mon..sun)");
        }
        ok = ok && number.has_value();
        rule.weekday = number.value_or(1);
        if (entry["nth"]) {
          const auto nth = yaml_.string(entry["nth"], "nth");
          if (nth && *nth == "last") {
            rule.nth = -1;
          } else {
            const auto value = rule_int(entry, "nth", 1, 5);
            ok = ok && value.has_value();
            rule.nth = value.value_or(1);
          }
        }
      } else {
        yaml_.error(entry, "bad_rule", "a rule has either 'day' or 'weekday' (with 'nth')");
        ok = false;
      }
      if (const auto observed = entry["observed"]) {
        const auto value = yaml_.string(observed, "observed");
        if (value && *value == "us-federal") {
          rule.us_observed = true;
        } else if (value && *value != "none") {
          yaml_.error(observed, "bad_rule", "'observed' must be none or us-federal");
        }
      }
      if (entry["from"]) rule.from = rule_int(entry, "from", 1400, 9999).value_or(rule.from);
      if (entry["until"]) rule.until = rule_int(entry, "until", 1400, 9999).value_or(rule.until);
      if (!ok) continue;
      for (int year = std::max(first, rule.from); year <= std::min(last, rule.until); ++year) {
        const auto date = rule_date(rule, year);
        if (!date) continue;
        out.push_back(rule.us_observed ? observed(*date, rule.name) : Holiday{*date, rule.name});
      }
    }
  }

  std::filesystem::path file_;
  LoadingChain& chain_;
  YamlDiagnostics yaml_;
};

}  // namespace

LoadedCalendar parse_calendar_in_chain(std::string_view text, const std::filesystem::path& file,
                                       LoadingChain& chain) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    throw InputError(SourceLocation{file.string(), e.mark.line + 1, e.mark.column + 1},
                     "yaml_syntax", "YAML syntax: " + e.msg);
  }
  return CalendarParser(file, chain).parse(root);
}

}  // namespace regsim::io::detail
