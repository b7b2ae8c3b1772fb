// Committee sitting calendars and timetables, inline (`sittings:` in a pathway) or from a
// file (docs/workflow-format.md, "Sittings"; docs/calendars.md).
#include <algorithm>

#include "document.hpp"
#include "regsim/io/calendar_library.hpp"
#include "regsim/io/data_directory.hpp"
#include "regsim/io/folder_policy.hpp"
#include "regsim/io/sittings_library.hpp"
#include "source_file.hpp"
#include "support/suggest.hpp"
#include "yaml_file.hpp"

namespace regsim::io {
namespace detail {
namespace {

const std::vector<std::string> weekdays{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
constexpr int max_derivation_depth = 4;

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

// What a file says of its sources: id -> "citation <url>".
using SourceTexts = std::map<std::string, std::string, std::less<>>;

// The source text of an entry's `source:` id (the id itself when the file lists no such
// source: inline calendars have the pathway's sources, checked elsewhere).
std::string source_text(const YamlNode& entry, const SourceTexts& sources, ReadContext& context) {
  const YamlNode* source = entry.find("source");
  if (!source) return {};
  auto id = context.text(*source, "source");
  if (!id) return {};
  const auto found = sources.find(*id);
  if (found != sources.end()) return found->second;
  if (!sources.empty()) {
    context.error(source->where, "unknown_source",
                  "no source '" + *id + "' in this file's 'sources'");
  }
  return *id;
}

// A list of dates: plain `YYYY-MM-DD` or {date, source, note}.
std::vector<calendar::Date> read_dates(const YamlNode& node, std::string_view what,
                                       ReadContext& context, const SourceTexts& sources,
                                       std::map<calendar::Date, std::string>* labels) {
  std::vector<calendar::Date> dates;
  if (!context.expect_list(node, what)) return dates;
  for (const auto& item : node.items) {
    if (item->is_map()) {
      context.check_keys(*item, what, {"date", "source", "note"}, {"date"});
      const YamlNode* date_node = item->find("date");
      if (const YamlNode* note = item->find("note")) context.text(*note, "note");
      if (!date_node) continue;
      auto date = context.date(*date_node, what);
      if (!date) continue;
      dates.push_back(*date);
      const std::string text = source_text(*item, sources, context);
      if (labels && !text.empty()) (*labels)[*date] = text;
      continue;
    }
    if (auto date = context.date(*item, what)) dates.push_back(*date);
  }
  return dates;
}

std::vector<calendar::Slot> read_slots(const YamlNode& node, ReadContext& context,
                                       const SourceTexts& sources,
                                       std::map<calendar::Date, std::string>* labels) {
  std::vector<calendar::Slot> slots;
  if (!context.expect_list(node, "slots")) return slots;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a slot")) continue;
    context.check_keys(*item, "a slot", {"deadline", "start", "outcome", "source", "note"},
                       {"deadline", "start"});
    const YamlNode* deadline_node = item->find("deadline");
    const YamlNode* start_node = item->find("start");
    if (const YamlNode* outcome = item->find("outcome")) context.date(*outcome, "outcome");
    if (const YamlNode* note = item->find("note")) context.text(*note, "note");
    if (!deadline_node || !start_node) continue;
    auto deadline = context.date(*deadline_node, "deadline");
    auto start = context.date(*start_node, "start");
    if (!deadline || !start) continue;
    if (*start < *deadline) {
      context.error(start_node->where, "bad_value",
                    "the slot starts on " + calendar::to_iso(*start) + ", before its deadline " +
                        calendar::to_iso(*deadline));
      continue;
    }
    slots.push_back({*deadline, *start, false});
    const std::string text = source_text(*item, sources, context);
    if (labels && !text.empty()) (*labels)[*start] = text;
  }
  return slots;
}

std::optional<calendar::SittingCalendar> read_body(const std::string& id, const YamlNode& node,
                                                   ReadContext& context, const SourceTexts& sources,
                                                   LoadedSittings* info, int depth);

std::optional<calendar::SlotDerivation> read_derivation(const YamlNode& node, ReadContext& context,
                                                        int depth) {
  if (!context.expect_map(node, "derive")) return std::nullopt;
  context.check_keys(node, "derive", {"sittings", "offset_days", "lead_days", "from"},
                     {"sittings", "offset_days", "lead_days"});
  const YamlNode* name = node.find("sittings");
  const YamlNode* offset = node.find("offset_days");
  const YamlNode* lead = node.find("lead_days");
  if (!name || !offset || !lead) return std::nullopt;
  auto reference = context.text(*name, "sittings");
  auto offset_days = context.integer(*offset, "offset_days", 0, 400, "bad_value");
  auto lead_days = context.integer(*lead, "lead_days", 0, 400, "bad_value");
  std::optional<calendar::Date> from;
  if (const YamlNode* f = node.find("from")) {
    from = context.date(*f, "from");
    if (!from) return std::nullopt;
  }
  if (!reference || !offset_days || !lead_days) return std::nullopt;
  if (depth >= max_derivation_depth) {
    context.error(name->where, "bad_value",
                  "timetables derive from one another more than " +
                      std::to_string(max_derivation_depth) + " deep");
    return std::nullopt;
  }
  std::filesystem::path directory =
      std::filesystem::path(SourceLocation(name->where).file).parent_path();
  try {
    auto loaded =
        std::make_shared<LoadedSittings>(load_sittings_at(*reference, directory, depth + 1));
    calendar::SlotDerivation derivation;
    derivation.sittings =
        std::shared_ptr<const calendar::SittingCalendar>(loaded, &loaded->calendar);
    derivation.offset_days = static_cast<int>(*offset_days);
    derivation.lead_days = static_cast<int>(*lead_days);
    derivation.from = from;
    return derivation;
  } catch (const InputError& error) {
    for (auto diagnostic : error.diagnostics()) {
      if (is_file_level(diagnostic)) diagnostic.where = name->where;
      context.diagnostics().push_back(std::move(diagnostic));
    }
  }
  return std::nullopt;
}

std::optional<calendar::SittingCalendar> read_body(const std::string& id, const YamlNode& node,
                                                   ReadContext& context, const SourceTexts& sources,
                                                   LoadedSittings* info, int depth) {
  std::vector<calendar::Date> dates;
  std::vector<calendar::SittingRule> rules;
  std::vector<calendar::Date> cancelled;
  std::vector<int> skip_months;
  std::vector<calendar::Slot> slots;
  std::optional<calendar::SlotDerivation> derivation;
  std::optional<calendar::Date> projected_from;
  auto* labels = info ? &info->sources : nullptr;
  if (const YamlNode* d = node.find("dates")) {
    dates = read_dates(*d, "sitting date", context, sources, labels);
  }
  if (const YamlNode* c = node.find("cancelled")) {
    cancelled = read_dates(*c, "cancelled date", context, sources, nullptr);
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
  if (const YamlNode* p = node.find("projected_from"))
    projected_from = context.date(*p, "projected_from");
  bool fill_gaps = false;
  if (const YamlNode* m = node.find("rule_months")) {
    fill_gaps = context.choice(*m, "rule_months", {"all", "without_dates"}).value_or("all") ==
                "without_dates";
  }
  if (const YamlNode* s = node.find("slots")) slots = read_slots(*s, context, sources, labels);
  if (const YamlNode* d = node.find("derive")) derivation = read_derivation(*d, context, depth);
  if (!node.find("dates") && !node.find("rule") && !node.find("slots") && !node.find("derive")) {
    context.error(node.where, "missing_key",
                  "sittings '" + id + "' needs 'dates', 'rule', 'slots', 'derive' or 'file'");
    return std::nullopt;
  }
  for (auto& rule : rules)
    rule.skip_months = skip_months;
  try {
    calendar::SittingCalendar result(id, std::move(dates), std::move(rules), std::move(cancelled));
    result.set_projected_from(projected_from);
    result.set_rules_only_in_months_without_dates(fill_gaps);
    if (info) info->slots = slots;
    if (!slots.empty() || derivation) result.set_slots(std::move(slots), std::move(derivation));
    return result;
  } catch (const Error& error) {
    context.error(node.where, "bad_value", error.what());
  }
  return std::nullopt;
}

std::optional<calendar::SittingCalendar> read_sitting_calendar(const std::string& id,
                                                               const YamlNode& node,
                                                               ReadContext& context) {
  if (!context.expect_map(node, "sittings '" + id + "'")) return std::nullopt;
  if (const YamlNode* file = node.find("file")) {
    context.check_keys(node, "sittings '" + id + "'", {"file"});
    auto reference = context.text(*file, "file");
    if (!reference) return std::nullopt;
    try {
      auto loaded = load_sittings(
          *reference, std::filesystem::path(SourceLocation(file->where).file).parent_path());
      return loaded.calendar;
    } catch (const InputError& error) {
      for (auto diagnostic : error.diagnostics()) {
        if (is_file_level(diagnostic)) diagnostic.where = file->where;
        context.diagnostics().push_back(std::move(diagnostic));
      }
    }
    return std::nullopt;
  }
  context.check_keys(node, "sittings '" + id + "'",
                     {"dates", "rule", "skip_months", "cancelled", "projected_from", "rule_months",
                      "slots", "derive", "file"});
  return read_body(id, node, context, {}, nullptr, 0);
}

SourceTexts read_source_texts(const YamlNode& node, ReadContext& context) {
  SourceTexts texts;
  if (!context.expect_list(node, "sources")) return texts;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a source")) continue;
    context.check_keys(*item, "a source", {"id", "citation", "url"}, {"id", "citation"});
    const YamlNode* id = item->find("id");
    const YamlNode* citation = item->find("citation");
    const YamlNode* url = item->find("url");
    if (!id || !citation) continue;
    auto key = context.id(*id, "source id");
    auto text = context.text(*citation, "citation");
    std::optional<std::string> link;
    if (url) link = context.text(*url, "url");
    if (key && text) texts.emplace(*key, *text + (link ? " <" + *link + ">" : std::string()));
  }
  return texts;
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

LoadedSittings load_sittings_at(std::string_view reference,
                                const std::filesystem::path& relative_to, int depth) {
  std::filesystem::path path;
  if (is_calendar_path(reference)) {
    path = relative_to.empty() ? std::filesystem::path(reference) : relative_to / reference;
  } else {
    const auto names = bundled_sittings_names();
    if (std::find(names.begin(), names.end(), reference) == names.end()) {
      std::string list;
      for (const auto& n : names)
        list += (list.empty() ? "" : ", ") + n;
      throw InputError(SourceLocation{}, "unknown_sittings",
                       "no bundled sitting calendar '" + std::string(reference) + "'" +
                           support::did_you_mean(reference, names) + "; use one of " +
                           (list.empty() ? std::string("(none)") : list) + " or a file path");
    }
    path = calendars_directory() / "sittings" / (std::string(reference) + ".yaml");
  }
  std::vector<Diagnostic> diagnostics;
  {
    auto root =
        read_yaml_file(path, sittings_file, SourceLocation{}, "file_not_found", diagnostics);
    if (root) {
      ReadContext context(diagnostics);
      LoadedSittings loaded;
      loaded.file = path;
      if (context.expect_map(*root, "a sitting calendar file")) {
        context.check_keys(
            *root, "a sitting calendar file",
            {"regsim", "id", "title", "description", "notes", "sources", "dates", "rule",
             "skip_months", "cancelled", "projected_from", "rule_months", "slots", "derive"},
            {"regsim", "id", "title"});
        if (const YamlNode* version = root->find("regsim")) {
          if (auto value = context.text(*version, "regsim"); value && *value != "1") {
            context.error(version->where, "bad_version", "'regsim' must be 1");
          }
        }
        std::string id = path.stem().string();
        if (const YamlNode* node = root->find("id")) id = context.id(*node, "id").value_or(id);
        if (const YamlNode* node = root->find("title")) {
          loaded.title = context.text(*node, "title").value_or("");
        }
        for (const char* key : {"description", "notes"}) {
          if (const YamlNode* node = root->find(key)) context.text(*node, key);
        }
        SourceTexts sources;
        if (const YamlNode* node = root->find("sources"))
          sources = read_source_texts(*node, context);
        if (auto calendar = read_body(id, *root, context, sources, &loaded, depth)) {
          loaded.calendar = std::move(*calendar);
        }
      }
      if (diagnostics.empty()) return loaded;
    }
  }
  throw InputError(std::move(diagnostics));
}

}  // namespace detail

std::vector<std::string> bundled_sittings_names() {
  std::vector<std::string> names;
  std::error_code error;
  const auto directory = calendars_directory() / "sittings";
  for (std::filesystem::directory_iterator it(directory, error), end; !error && it != end;
       it.increment(error)) {
    if (it->path().extension() == ".yaml" && it->is_regular_file(error)) {
      names.push_back(it->path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

LoadedSittings load_sittings(std::string_view reference, const std::filesystem::path& relative_to) {
  const FolderScope scope(
      relative_to.empty() ? std::filesystem::path(reference) : relative_to / reference, false);
  return detail::load_sittings_at(reference, relative_to, 0);
}

}  // namespace regsim::io
