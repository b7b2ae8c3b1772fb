// read_goal: bytes (the guarded read) -> YAML tree (the one front end) -> model::Goal.
// Only what the file alone shows is checked here; milestone and pool names are checked by
// analysis::check_goal, which knows the pathway.
#include "regsim/io/goal_reader.hpp"

#include <cmath>
#include <sstream>

#include "read_context.hpp"
#include "typed_file.hpp"
#include "yaml_file.hpp"

namespace regsim::io {
namespace {

using detail::ReadContext;
using detail::YamlNode;

// The largest lever value: a pool of a million units is far past any agency.
constexpr long max_lever_value = 1000000;

std::string fmt_number(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}

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

// A lever's `[low, high]`: whole numbers from `floor` for capacities, days, intervals and
// sittings a month (1..4); numbers in [floor, ceiling] on a grid of 0.01 for factors and
// probabilities.
bool read_range(const YamlNode& range, std::string_view what, model::GoalLever& lever,
                ReadContext& context) {
  const std::string name = "'" + std::string(what) + "'";
  if (!context.expect_list(range, name + " ([low, high])")) return false;
  if (range.items.size() != 2) {
    context.error(range.where, "bad_value", name + " is a range of two numbers: [low, high]");
    return false;
  }
  std::optional<double> ends[2];
  for (int e = 0; e < 2; ++e) {
    const YamlNode& item = *range.items[static_cast<std::size_t>(e)];
    const std::string end = std::string(e == 0 ? "the low" : "the high") + " end of " + name;
    if (lever.step == 1) {
      const bool cadence = lever.kind == model::LeverKind::sitting_cadence;
      const long floor = lever.kind == model::LeverKind::pool_capacity || cadence ? 1 : 0;
      // A month has four of each weekday and four full weeks (docs/goals.md, "Levers").
      const long ceiling = cadence ? 4 : max_lever_value;
      if (const auto v = context.integer(item, end, floor, ceiling, "bad_value"))
        ends[e] = static_cast<double>(*v);
      continue;
    }
    const auto v = context.number(item, end);
    if (!v) continue;
    const double ceiling = lever.kind == model::LeverKind::duration_scale ? 100.0 : 1.0;
    const double hundredths = *v * 100;
    if (*v < 0 || *v > ceiling || std::abs(hundredths - std::round(hundredths)) > 1e-9) {
      context.error(
          item.where, "bad_value",
          end + " is a number from 0 to " + fmt_number(ceiling) + " in hundredths (e.g. 0.35)");
      continue;
    }
    ends[e] = std::round(hundredths) / 100;
  }
  if (!ends[0] || !ends[1]) return false;
  if (*ends[0] > *ends[1]) {
    context.error(range.items[0]->where, "bad_value",
                  "the range of " + name + " runs from low to high, not " + fmt_number(*ends[0]) +
                      " down to " + fmt_number(*ends[1]));
    return false;
  }
  lever.min = *ends[0];
  lever.max = *ends[1];
  return true;
}

struct LeverForm {
  model::LeverKind kind;
  const char* subject;  ///< the key naming what the lever acts on
  const char* range;    ///< the key holding its range
  double step;
};

// Every lever form: the subject key and the range key tell which (docs/goals.md).
constexpr LeverForm lever_forms[] = {
    {model::LeverKind::pool_capacity, "pool", "capacity", 1},
    {model::LeverKind::duration_shorten, "task", "shorten", 1},
    {model::LeverKind::duration_scale, "task", "scale", 0.01},
    {model::LeverKind::rework, "task", "rework", 0.01},
    {model::LeverKind::branch, "branch", "probability", 0.01},
    {model::LeverKind::arrival_interval, "arrivals", "days", 1},
    {model::LeverKind::sitting_cadence, "sittings", "per_month", 1},
};

std::optional<model::GoalLever> read_lever(const YamlNode& node, ReadContext& context) {
  if (!context.expect_map(node, "a lever")) return std::nullopt;
  const LeverForm* form = nullptr;
  for (const auto& candidate : lever_forms) {
    if (node.find(candidate.subject) && node.find(candidate.range)) form = &candidate;
  }
  if (!form) {
    context.check_keys(
        node, "a lever",
        {"pool", "capacity", "task", "shorten", "scale", "rework", "branch", "outcome",
         "probability", "arrivals", "days", "sittings", "per_month", "cost"},
        {});
    context.error(node.where, "missing_key",
                  "a lever is one of {pool, capacity}, {task, shorten}, {task, scale}, {task, "
                  "rework}, {branch, outcome, probability}, {arrivals: interval, days} or "
                  "{sittings, per_month}, each with an optional cost");
    return std::nullopt;
  }
  model::GoalLever lever;
  lever.kind = form->kind;
  lever.step = form->step;
  if (lever.kind == model::LeverKind::branch) {
    context.check_keys(node, "a lever", {"branch", "outcome", "probability", "cost"},
                       {"branch", "outcome", "probability"});
  } else {
    context.check_keys(node, "a lever", {form->subject, form->range, "cost"},
                       {form->subject, form->range});
  }
  const YamlNode& subject = *node.find(form->subject);
  lever.where = subject.where;
  const auto id = context.id(subject, "'" + std::string(form->subject) + "'");
  if (!id) return std::nullopt;
  switch (lever.kind) {
    case model::LeverKind::pool_capacity:
      lever.pool = *id;
      break;
    case model::LeverKind::branch:
      lever.branch = *id;
      break;
    case model::LeverKind::sitting_cadence:
      lever.sittings = *id;
      break;
    case model::LeverKind::arrival_interval:
      if (*id != "interval") {
        context.error(subject.where, "bad_value",
                      "'arrivals' names what the lever sets: only 'interval' (the mean gap)");
        return std::nullopt;
      }
      break;
    default:
      lever.task = *id;
      break;
  }
  if (lever.kind == model::LeverKind::branch) {
    const YamlNode* outcome = node.find("outcome");
    if (!outcome) return std::nullopt;
    const auto task = context.id(*outcome, "'outcome'");
    if (!task) return std::nullopt;
    lever.outcome = *task;
  }
  if (!read_range(*node.find(form->range), form->range, lever, context)) return std::nullopt;
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
