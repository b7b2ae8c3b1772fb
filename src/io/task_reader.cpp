// Tasks (docs/workflow-format.md, "Tasks" and "Rework").
#include <set>

#include "document.hpp"

namespace regsim::io::detail {
namespace {

const std::vector<std::string> kinds{"task", "milestone", "clock-stop", "decision"};
const std::vector<std::string> owners{"agency", "applicant", "committee", "ministry", "other"};

model::TaskKind kind_from(const std::string& name) {
  if (name == "milestone") return model::TaskKind::milestone;
  if (name == "clock-stop") return model::TaskKind::clock_stop;
  if (name == "decision") return model::TaskKind::decision;
  return model::TaskKind::task;
}

std::optional<std::vector<model::ResourceNeed>> read_needs(const YamlNode& node,
                                                           const std::string& task_id,
                                                           ReadContext& context,
                                                           std::vector<Reference>& references) {
  if (!context.expect_map(node, "needs")) return std::nullopt;
  std::vector<model::ResourceNeed> needs;
  for (const auto& [key, value] : node.entries) {
    auto pool = context.id(*key, "pool id");
    auto units = context.integer(*value, "units needed", 1, 1000000, "bad_value");
    if (!pool || !units) continue;
    needs.push_back({*pool, static_cast<int>(*units)});
    references.push_back({ReferenceKind::pool, *pool, key->where, static_cast<int>(*units),
                          "task '" + task_id + "'"});
  }
  return needs;
}

std::optional<model::Rework> read_rework(const YamlNode& node, const std::string& task_id,
                                         ReadContext& context, std::vector<Reference>& references) {
  if (!context.expect_map(node, "rework")) return std::nullopt;
  context.check_keys(node, "rework", {"probability", "max_rounds", "restart"}, {"probability"});
  model::Rework rework;
  rework.where = node.where;
  bool ok = true;
  if (const YamlNode* p = node.find("probability")) {
    auto value = context.probability(*p, "rework probability");
    ok = ok && value;
    if (value) rework.probability = *value;
  } else {
    ok = false;
  }
  if (const YamlNode* rounds = node.find("max_rounds")) {
    auto value = context.integer(*rounds, "max_rounds", 1, 100, "bad_value");
    ok = ok && value;
    if (value) rework.max_rounds = static_cast<int>(*value);
  }
  if (const YamlNode* restart = node.find("restart")) {
    auto value = context.id(*restart, "restart task");
    ok = ok && value;
    if (value) {
      rework.restart = *value;
      references.push_back(
          {ReferenceKind::task, *value, restart->where, 0, "rework of task '" + task_id + "'"});
    }
  }
  if (!ok) return std::nullopt;
  return rework;
}

// What a task's kind asks of its other fields: a milestone takes no time, a new decision
// names the sittings it waits for.
void check_kind(const YamlNode& node, const model::TaskPatch& patch, bool is_new,
                const std::string& label, ReadContext& context) {
  const bool milestone = patch.kind == model::TaskKind::milestone;
  const auto* fixed =
      patch.duration ? std::get_if<model::Fixed>(&patch.duration->distribution) : nullptr;
  if (milestone && patch.duration && (!fixed || fixed->value != 0)) {
    const YamlNode* duration = node.find("duration");
    context.error(
        duration ? duration->where : node.where, "milestone_duration",
        "milestone '" + label + "' is a point in time; remove its duration or make it kind: task");
  }
  if (is_new && patch.kind == model::TaskKind::decision && !patch.sittings) {
    context.error(node.where, "decision_without_sittings",
                  "decision '" + label +
                      "' waits for a committee sitting; add 'sittings: <id>' naming one of "
                      "the file's sittings");
  }
}

}  // namespace

model::TaskPatch read_task_fields(const YamlNode& node, bool is_new, ReadContext& context,
                                  std::vector<Reference>& references,
                                  std::vector<std::string>* sources) {
  model::TaskPatch patch;
  patch.where = node.where;
  if (is_new) {
    context.check_keys(
        node, "a task",
        {"id", "name", "kind", "owner", "duration", "clock", "calendar", "convention", "needs",
         "sittings", "probability", "rework", "sources", "note"},
        {"id"});
    if (const YamlNode* id = node.find("id")) {
      if (auto value = context.id(*id, "task id")) patch.id = *value;
    }
  } else {
    context.check_keys(node, "a task change",
                       {"name", "kind", "owner", "duration", "clock", "calendar", "convention",
                        "needs", "sittings", "probability", "rework", "note"});
  }
  const std::string label = patch.id.empty() ? std::string("?") : patch.id;
  for (const auto& [key, value] : node.entries) {
    if (!key->is_scalar()) continue;
    const std::string_view k = key->value;
    const YamlNode& v = *value;
    if (k == "name") {
      patch.name = context.text(v, "name");
    } else if (k == "note") {
      patch.note = context.text(v, "note");
    } else if (k == "kind") {
      if (auto kind = context.choice(v, "kind", kinds)) patch.kind = kind_from(*kind);
    } else if (k == "owner") {
      patch.owner = context.choice(v, "owner", owners);
    } else if (k == "duration") {
      patch.duration = read_duration_spec(v, context);
    } else if (k == "clock") {
      if (auto clock = context.choice(v, "clock", {"running", "stopped"})) {
        patch.clock_runs = *clock == "running";
      }
    } else if (k == "calendar") {
      if (auto name = context.calendar_name(v)) {
        patch.calendar = *name;
        references.push_back({ReferenceKind::calendar, *name, v.where, 0, "task '" + label + "'"});
      }
    } else if (k == "convention") {
      patch.convention = context.convention(v);
    } else if (k == "needs") {
      patch.needs = read_needs(v, label, context, references);
    } else if (k == "sittings") {
      if (auto name = context.id(v, "sittings id")) {
        patch.sittings = *name;
        if (is_new) {
          references.push_back(
              {ReferenceKind::sittings, *name, v.where, 0, "task '" + label + "'"});
        }
      }
    } else if (k == "probability") {
      patch.probability = context.probability(v, "probability");
    } else if (k == "rework") {
      patch.rework = read_rework(v, label, context, references);
    } else if (k == "sources" && sources) {
      for (auto& [source, where] : context.id_list(v, "source id")) {
        references.push_back({ReferenceKind::source, source, where, 0, "task '" + label + "'"});
        sources->push_back(std::move(source));
      }
    }
  }
  check_kind(node, patch, is_new, label, context);
  return patch;
}

std::vector<model::Task> read_tasks(const YamlNode& node, std::string_view what,
                                    ReadContext& context, std::vector<Reference>& references) {
  std::vector<model::Task> tasks;
  if (!context.expect_list(node, what)) return tasks;
  tasks.reserve(node.items.size());
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a task")) continue;
    model::Task task;
    auto patch = read_task_fields(*item, true, context, references, &task.sources);
    if (patch.id.empty()) continue;
    task.id = std::move(patch.id);
    task.name = patch.name ? std::move(*patch.name) : task.id;
    task.owner = patch.owner ? std::move(*patch.owner) : std::string("agency");
    task.kind = patch.kind.value_or(model::TaskKind::task);
    if (patch.duration) task.duration = std::move(*patch.duration);
    task.clock_runs = patch.clock_runs.value_or(task.kind != model::TaskKind::clock_stop &&
                                                task.owner != "applicant");
    task.calendar = patch.calendar.value_or("");
    task.convention = patch.convention;
    if (patch.needs) task.needs = std::move(*patch.needs);
    task.sittings = patch.sittings.value_or("");
    task.probability = patch.probability.value_or(1.0);
    task.rework = patch.rework;
    if (patch.note) task.note = std::move(*patch.note);
    task.where = item->where;
    tasks.push_back(std::move(task));
  }
  return tasks;
}

}  // namespace regsim::io::detail
