// Committee sitting calendars (docs/workflow-format.md, "Sittings").
#include "document.hpp"

namespace regsim::io::detail {
namespace {

const std::vector<std::string> weekdays{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

std::optional<int> read_weekday(const YamlNode& node, std::string_view what, ReadContext& context) {
  auto name = context.choice(node, what, weekdays);
  if (!name) return std::nullopt;
  for (std::size_t i = 0; i < weekdays.size(); ++i) {
    if (weekdays[i] == *name) return static_cast<int>(i);
  }
  return std::nullopt;
}

std::optional<calendar::SittingRule> read_rule(const YamlNode& node, ReadContext& context) {
  if (!context.expect_map(node, "a sitting rule")) return std::nullopt;
  calendar::SittingRule rule;
  if (node.find("full_week")) {
    context.check_keys(node, "a full-week sitting rule", {"full_week", "from", "to"},
                       {"full_week", "from", "to"});
    rule.kind = calendar::SittingRule::Kind::nth_full_week_days;
    const YamlNode& week = *node.find("full_week");
    auto nth = week.is_scalar() && week.value == "last"
                   ? std::optional<long>(-1)
                   : context.integer(week, "full_week (1-4 or last)", 1, 4, "bad_value");
    const YamlNode* from = node.find("from");
    const YamlNode* to = node.find("to");
    auto first = from ? read_weekday(*from, "from", context) : std::nullopt;
    auto last = to ? read_weekday(*to, "to", context) : std::nullopt;
    if (!nth || !first || !last) return std::nullopt;
    rule.nth = static_cast<int>(*nth);
    rule.weekday = *first;
    rule.last_weekday = *last;
    return rule;
  }
  context.check_keys(node, "a sitting rule", {"nth", "weekday", "full_week", "from", "to"},
                     {"nth", "weekday"});
  const YamlNode* nth_node = node.find("nth");
  const YamlNode* weekday_node = node.find("weekday");
  if (!nth_node || !weekday_node) return std::nullopt;
  std::optional<long> nth;
  if (nth_node->is_scalar() && nth_node->value == "last") {
    nth = -1;
  } else {
    nth = context.integer(*nth_node, "nth (1-5 or last)", 1, 5, "bad_value");
  }
  auto weekday = read_weekday(*weekday_node, "weekday", context);
  if (!nth || !weekday) return std::nullopt;
  rule.kind = calendar::SittingRule::Kind::nth_weekday;
  rule.nth = static_cast<int>(*nth);
  rule.weekday = *weekday;
  rule.last_weekday = *weekday;
  return rule;
}

std::vector<calendar::Date> read_dates(const YamlNode& node, std::string_view what,
                                       ReadContext& context) {
  std::vector<calendar::Date> dates;
  if (!context.expect_list(node, what)) return dates;
  for (const auto& item : node.items) {
    if (auto date = context.date(*item, what)) dates.push_back(*date);
  }
  return dates;
}

std::optional<calendar::SittingCalendar> read_sitting_calendar(const std::string& id,
                                                               const YamlNode& node,
                                                               ReadContext& context) {
  if (!context.expect_map(node, "sittings '" + id + "'")) return std::nullopt;
  context.check_keys(node, "sittings '" + id + "'", {"dates", "rule", "skip_months", "cancelled"});
  std::vector<calendar::Date> dates;
  std::vector<calendar::SittingRule> rules;
  std::vector<calendar::Date> cancelled;
  std::vector<int> skip_months;
  if (const YamlNode* d = node.find("dates")) dates = read_dates(*d, "sitting date", context);
  if (const YamlNode* c = node.find("cancelled")) {
    cancelled = read_dates(*c, "cancelled date", context);
  }
  if (const YamlNode* skip = node.find("skip_months")) {
    if (context.expect_list(*skip, "skip_months")) {
      for (const auto& item : skip->items) {
        if (auto month = context.integer(*item, "a month", 1, 12, "bad_value")) {
          skip_months.push_back(static_cast<int>(*month));
        }
      }
    }
  }
  if (const YamlNode* r = node.find("rule")) {
    if (r->is_sequence()) {
      for (const auto& item : r->items) {
        if (auto rule = read_rule(*item, context)) rules.push_back(*rule);
      }
    } else if (auto rule = read_rule(*r, context)) {
      rules.push_back(*rule);
    }
  }
  if (!node.find("dates") && !node.find("rule")) {
    context.error(node.where, "missing_key", "sittings '" + id + "' needs 'dates', 'rule' or both");
    return std::nullopt;
  }
  for (auto& rule : rules)
    rule.skip_months = skip_months;
  return calendar::SittingCalendar(id, std::move(dates), std::move(rules), std::move(cancelled));
}

}  // namespace

std::map<std::string, calendar::SittingCalendar> read_sittings(const YamlNode& node,
                                                               ReadContext& context) {
  std::map<std::string, calendar::SittingCalendar> sittings;
  if (!context.expect_map(node, "sittings")) return sittings;
  for (const auto& [key, value] : node.entries) {
    auto id = context.id(*key, "sittings id");
    if (!id) continue;
    if (auto calendar = read_sitting_calendar(*id, *value, context)) {
      sittings.emplace(*id, std::move(*calendar));
    }
  }
  return sittings;
}

}  // namespace regsim::io::detail
