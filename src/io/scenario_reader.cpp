// Scenarios: named overlays (docs/workflow-format.md, "Scenarios").
#include <cctype>

#include "document.hpp"

namespace regsim::io::detail {
namespace {

// `change:`: a map from task id to the fields that change, read like a task's.
void read_changes(const YamlNode& v, ReadContext& context, std::vector<Reference>& references,
                  std::vector<model::TaskPatch>& changes) {
  if (!context.expect_map(v, "change")) return;
  changes.reserve(v.entries.size());
  for (const auto& [task_key, fields] : v.entries) {
    auto task = context.id(*task_key, "task id");
    if (!task) continue;
    // The label is only spelt out when it goes into a message.
    if (!fields->is_map() && !context.expect_map(*fields, "the change of '" + *task + "'")) {
      continue;
    }
    auto patch = read_task_fields(*fields, false, context, references, nullptr);
    patch.id = std::move(*task);
    patch.where = task_key->where;
    changes.push_back(std::move(patch));
  }
}

// A list of dependencies (or references to them), each item read by `read_item`.
template <class ReadItem, class Item>
void read_dependency_list(const YamlNode& v, std::string_view what, ReadContext& context,
                          ReadItem read_item, std::vector<Item>& out) {
  if (!context.expect_list(v, what)) return;
  for (const auto& item : v.items) {
    if (auto read = read_item(*item, context)) out.push_back(*read);
  }
}

// One key of an overlay, a scenario's or a lever's; false when `k` is not an overlay key.
bool read_overlay_key(std::string_view k, const YamlNode& v, const std::string& what,
                      model::Scenario& scenario, ReadContext& context,
                      std::vector<Reference>& references) {
  if (k == "title") {
    scenario.title = context.text(v, "title").value_or("");
  } else if (k == "description") {
    scenario.description = context.text(v, "description").value_or("");
  } else if (k == "remove" || k == "skip") {
    auto& list = k == "remove" ? scenario.remove : scenario.skip;
    for (auto& [task, where] : context.id_list(v, "task id"))
      list.push_back({task, where});
  } else if (k == "change") {
    read_changes(v, context, references, scenario.change);
  } else if (k == "add") {
    scenario.add = read_tasks(v, "add", context, references);
  } else if (k == "remove_dependencies") {
    read_dependency_list(v, "remove_dependencies", context, read_dependency_ref,
                         scenario.remove_dependencies);
  } else if (k == "add_dependencies") {
    read_dependency_list(v, "add_dependencies", context, read_dependency,
                         scenario.add_dependencies);
  } else if (k == "capacities") {
    if (!context.expect_map(v, "capacities")) return true;
    for (const auto& [pool, capacity] : v.entries) {
      auto pool_id = context.id(*pool, "pool id");
      auto value = context.integer(*capacity, "capacity", 1, 1000000, "bad_capacity");
      if (pool_id && value) scenario.capacities[*pool_id] = static_cast<int>(*value);
    }
  } else if (k == "calendar") {
    if (auto name = context.calendar_name(v)) {
      scenario.calendar = *name;
      references.push_back({ReferenceKind::calendar, *name, v.where, 0, what});
    }
  } else if (k == "convention") {
    scenario.convention = context.convention(v);
  } else if (k == "sittings") {
    for (auto& [name, sittings] : read_sittings(v, context)) {
      scenario.sittings.emplace(name, std::move(sittings));
    }
  } else if (k == "start") {
    scenario.start = context.date(v, "start");
  } else if (k == "sources") {
    for (auto& [source, where] : context.id_list(v, "source id")) {
      references.push_back({ReferenceKind::source, source, where, 0, what});
      scenario.sources.push_back(std::move(source));
    }
  } else {
    return false;
  }
  return true;
}

// One item of `levers:`: an overlay with an id, without extends or levers of its own.
std::optional<model::Scenario> read_lever(const YamlNode& node, const std::string& scenario_id,
                                          ReadContext& context,
                                          std::vector<Reference>& references) {
  const std::string what = "a lever of scenario '" + scenario_id + "'";
  if (!context.expect_map(node, what)) return std::nullopt;
  context.check_keys(node, what,
                     {"id", "title", "description", "sources", "estimate", "remove", "skip",
                      "change", "add", "remove_dependencies", "add_dependencies", "capacities",
                      "calendar", "convention", "sittings", "start"},
                     {"id"});
  model::Scenario lever;
  lever.where = node.where;
  for (const auto& [key, value] : node.entries) {
    if (!key->is_scalar()) continue;
    if (key->value == "id") {
      lever.id = context.id(*value, "lever id").value_or("");
      lever.where = value->where;
    } else if (key->value == "estimate") {
      lever.estimate = context.text(*value, "estimate").value_or("");
    } else {
      read_overlay_key(key->value, *value, what, lever, context, references);
    }
  }
  if (lever.id.empty()) return std::nullopt;  // reported as missing_key or bad_id
  // A folded `estimate: >` ends in a line break, which the reports would show.
  while (!lever.estimate.empty() && std::isspace(static_cast<unsigned char>(lever.estimate.back())))
    lever.estimate.pop_back();
  return lever;
}

std::optional<model::Scenario> read_scenario(const std::string& id, const YamlNode& node,
                                             ReadContext& context,
                                             std::vector<Reference>& references) {
  const std::string what = "scenario '" + id + "'";
  model::Scenario scenario;
  scenario.id = id;
  if (node.is_null()) return scenario;  // an empty overlay is the baseline under a new name
  if (!context.expect_map(node, what)) return std::nullopt;
  scenario.where = node.where;
  context.check_keys(node, what,
                     {"title", "description", "extends", "levers", "remove", "skip", "change",
                      "add", "remove_dependencies", "add_dependencies", "capacities", "calendar",
                      "convention", "sittings", "start", "sources"});
  for (const auto& [key, value_ptr] : node.entries) {
    if (!key->is_scalar()) continue;
    const std::string_view k = key->value;
    const YamlNode& v = *value_ptr;
    if (k == "extends") {
      scenario.extends = context.id(v, "extends").value_or("");
    } else if (k == "levers") {
      if (!context.expect_list(v, "levers")) continue;
      for (const auto& item : v.items) {
        if (auto lever = read_lever(*item, id, context, references)) {
          scenario.levers.push_back(std::move(*lever));
        }
      }
    } else {
      read_overlay_key(k, v, what, scenario, context, references);
    }
  }
  return scenario;
}

}  // namespace

std::vector<model::Scenario> read_scenarios(const YamlNode& node, ReadContext& context,
                                            std::vector<Reference>& references) {
  std::vector<model::Scenario> scenarios;
  if (!context.expect_map(node, "scenarios")) return scenarios;
  for (const auto& [key, value] : node.entries) {
    auto id = context.id(*key, "scenario id");
    if (!id) continue;
    if (*id == model::baseline_scenario) {
      context.error(key->where, "bad_id",
                    "'baseline' names the file without any overlay; give the scenario another "
                    "name");
      continue;
    }
    const std::size_t first_reference = references.size();
    auto scenario = read_scenario(*id, *value, context, references);
    for (std::size_t i = first_reference; i < references.size(); ++i) {
      references[i].in_scenario = true;
    }
    if (scenario) {
      scenario->where = key->where;
      scenarios.push_back(std::move(*scenario));
    }
  }
  return scenarios;
}

}  // namespace regsim::io::detail
