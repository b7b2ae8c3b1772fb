// read_goal: bytes (the guarded read) -> YAML tree (the one front end) -> model::Goal.
// Only what the file alone shows is checked here; milestone and pool names are checked by
// analysis::check_goal, which knows the pathway.
#include "regsim/io/goal_reader.hpp"

#include "read_context.hpp"
#include "typed_file.hpp"
#include "yaml_file.hpp"

namespace regsim::io {
namespace {

using detail::ReadContext;
using detail::YamlNode;

// The largest lever value: a pool of a million units is far past any agency.
constexpr long max_lever_value = 1000000;

// A bound in calendar days (`120d`): targets count calendar days, as the reports do.
std::optional<int> calendar_days(const YamlNode& node, std::string_view what,
                                 ReadContext& context) {
  const auto value = context.duration(node, what, false);
  if (!value) return std::nullopt;
  if (value->unit != calendar::DurationUnit::calendar_days) {
    context.error(node.where, "bad_duration",
                  std::string(what) + " counts calendar days: write it in d (e.g. 120d)");
    return std::nullopt;
  }
  return value->amount;
}

std::optional<model::GoalTarget> read_target(const YamlNode& node, ReadContext& context) {
  if (!context.expect_map(node, "a target")) return std::nullopt;
  context.check_keys(node, "a target",
                     {"milestone", "at_most", "percentile", "within", "probability"},
                     {"milestone"});
  const YamlNode* milestone = node.find("milestone");
  if (!milestone) return std::nullopt;
  model::GoalTarget target;
  target.where = milestone->where;
  const auto id = context.id(*milestone, "'milestone'");
  if (!id) return std::nullopt;
  target.milestone = *id;
  const YamlNode* at_most = node.find("at_most");
  const YamlNode* within = node.find("within");
  const YamlNode* percentile = node.find("percentile");
  const YamlNode* probability = node.find("probability");
  if (within || probability) {
    if (at_most || percentile) {
      context.error(node.where, "bad_value",
                    "a target is either 'at_most' (with 'percentile' or not) or 'within' with "
                    "'probability', not both");
      return std::nullopt;
    }
    if (!context.require(node, "within", "an on-time target") ||
        !context.require(node, "probability", "an on-time target"))
      return std::nullopt;
    target.kind = model::TargetKind::on_time;
    const auto days = calendar_days(*within, "'within'", context);
    const auto share = context.probability(*probability, "'probability'");
    if (!days || !share) return std::nullopt;
    if (*share <= 0) {
      context.error(probability->where, "bad_value", "'probability' must be above 0");
      return std::nullopt;
    }
    target.days = *days;
    target.probability = *share;
    return target;
  }
  if (!context.require(node, "at_most", "a target")) return std::nullopt;
  const auto days = calendar_days(*at_most, "'at_most'", context);
  if (!days) return std::nullopt;
  target.days = *days;
  target.kind = model::TargetKind::days;
  if (percentile) {
    const auto p = context.integer(*percentile, "'percentile'", 1, 99, "bad_value");
    if (!p) return std::nullopt;
    target.kind = model::TargetKind::percentile;
    target.percentile = static_cast<int>(*p);
  }
  return target;
}

std::optional<model::GoalLever> read_lever(const YamlNode& node, ReadContext& context) {
  if (!context.expect_map(node, "a lever")) return std::nullopt;
  context.check_keys(node, "a lever", {"pool", "capacity", "cost"}, {"pool", "capacity"});
  const YamlNode* pool = node.find("pool");
  const YamlNode* capacity = node.find("capacity");
  if (!pool || !capacity) return std::nullopt;
  model::GoalLever lever;
  lever.where = pool->where;
  const auto id = context.id(*pool, "'pool'");
  if (!id) return std::nullopt;
  lever.pool = *id;
  if (!context.expect_list(*capacity, "'capacity' ([low, high])")) return std::nullopt;
  if (capacity->items.size() != 2) {
    context.error(capacity->where, "bad_value",
                  "'capacity' is a range of two whole numbers: [low, high]");
    return std::nullopt;
  }
  const auto low = context.integer(*capacity->items[0], "the low end of 'capacity'", 1,
                                   max_lever_value, "bad_value");
  const auto high = context.integer(*capacity->items[1], "the high end of 'capacity'", 1,
                                    max_lever_value, "bad_value");
  if (!low || !high) return std::nullopt;
  if (*low > *high) {
    context.error(capacity->items[0]->where, "bad_value",
                  "the range of 'capacity' runs from low to high, not " + std::to_string(*low) +
                      " down to " + std::to_string(*high));
    return std::nullopt;
  }
  lever.min = static_cast<int>(*low);
  lever.max = static_cast<int>(*high);
  if (const YamlNode* cost = node.find("cost")) {
    const auto value = context.number(*cost, "'cost'");
    if (!value) return std::nullopt;
    if (*value < 0) {
      context.error(cost->where, "bad_value", "'cost' is per unit and cannot be negative");
      return std::nullopt;
    }
    lever.cost = *value;
  }
  return lever;
}

template <typename Item, typename Read>
std::vector<Item> read_list(const YamlNode& root, std::string_view key, Read read,
                            ReadContext& context) {
  std::vector<Item> items;
  const YamlNode* list = root.find(key);
  if (!list) return items;
  const std::string what = "'" + std::string(key) + "'";
  if (!context.expect_list(*list, what)) return items;
  if (list->items.empty()) {
    context.error(list->where, "missing_key", what + " needs at least one entry");
  }
  for (const YamlNode* item : list->items) {
    if (auto value = read(*item, context)) items.push_back(std::move(*value));
  }
  return items;
}

model::Goal read_document(const YamlNode& root, const std::string& file, ReadContext& context) {
  model::Goal goal;
  goal.file = file;
  if (!root.is_map()) {
    context.error(SourceLocation{file, 1, 1}, "wrong_type",
                  "a goal file is a map with 'regsim: 1', 'targets' and 'levers'");
    return goal;
  }
  if (!context.check_file_keys(root, "a goal file", {"regsim", "targets", "levers"},
                               {"regsim", "targets", "levers"})) {
    return goal;
  }
  if (const auto* version = root.find("regsim")) {
    const auto text = context.text(*version, "'regsim'");
    if (text && *text != "1") {
      context.error(version->where, "bad_version",
                    "unsupported format version '" + *text + "'; this regsim reads version 1");
    }
  }
  goal.targets = read_list<model::GoalTarget>(root, "targets", read_target, context);
  goal.levers = read_list<model::GoalLever>(root, "levers", read_lever, context);
  return goal;
}

}  // namespace

model::Goal parse_goal(std::string_view text, const std::string& file, const ReadLimits& limits) {
  std::vector<Diagnostic> diagnostics;
  const auto root =
      detail::parse_yaml_text(std::string(text), file, detail::goal_file, diagnostics, limits);
  return detail::read_typed_document(root, file, diagnostics, read_document);
}

model::Goal read_goal(const std::filesystem::path& path, const ReadLimits& limits) {
  std::vector<Diagnostic> diagnostics;
  const auto root =
      detail::read_yaml_file(path, detail::goal_file, {}, "file_not_found", diagnostics, limits);
  return detail::read_typed_document(root, path.string(), diagnostics, read_document);
}

}  // namespace regsim::io
