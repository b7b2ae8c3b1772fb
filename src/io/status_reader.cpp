// read_status: bytes (the guarded read) -> YAML tree (the one front end) -> model::Status.
// Only what the file alone shows is checked here; references to the pathway are checked
// by sim::resolve_status, which knows the tasks.
#include "regsim/io/status_reader.hpp"

#include <map>
#include <system_error>

#include "read_context.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/folder_policy.hpp"
#include "regsim/model/scenario.hpp"
#include "support/suggest.hpp"
#include "typed_file.hpp"
#include "yaml_file.hpp"

namespace regsim::io {
namespace {

using detail::ReadContext;
using detail::YamlNode;

// The most rework rounds a status may state (a loop's own limit is checked later).
constexpr long max_status_rounds = 1000;

std::optional<model::Actual> read_actual(const YamlNode& node, ReadContext& context) {
  if (!context.expect_map(node, "an actual")) return std::nullopt;
  context.check_keys(node, "an actual", {"task", "start", "finish", "rounds", "note"}, {"task"});
  const YamlNode* task = node.find("task");
  if (!task) return std::nullopt;
  model::Actual actual;
  actual.where = task->where;
  actual.start_where = actual.finish_where = actual.rounds_where = actual.where;
  const auto id = context.id(*task, "'task'");
  if (!id) return std::nullopt;
  actual.task = *id;
  if (const auto* start = node.find("start")) {
    actual.start = context.date(*start, "'start'");
    actual.start_where = start->where;
  }
  if (const auto* finish = node.find("finish")) {
    actual.finish = context.date(*finish, "'finish'");
    actual.finish_where = finish->where;
  }
  if (const auto* rounds = node.find("rounds")) {
    const auto value = context.integer(*rounds, "'rounds'", 1, max_status_rounds, "bad_value");
    if (value) actual.rounds = static_cast<int>(*value);
    actual.rounds_where = rounds->where;
  }
  if (const auto* note = node.find("note"))
    actual.note = context.text(*note, "'note'").value_or("");
  if (actual.start && actual.finish && *actual.finish < *actual.start) {
    context.error(actual.finish_where, "finish_before_start",
                  "task '" + actual.task + "' finishes on " + calendar::to_iso(*actual.finish) +
                      ", before its start on " + calendar::to_iso(*actual.start));
  }
  return actual;
}

std::optional<model::OutcomeTaken> read_outcome(const YamlNode& node, ReadContext& context) {
  if (!context.expect_map(node, "a branch outcome")) return std::nullopt;
  context.check_keys(node, "a branch outcome", {"branch", "outcome"}, {"branch", "outcome"});
  const YamlNode* branch = node.find("branch");
  const YamlNode* outcome = node.find("outcome");
  if (!branch || !outcome) return std::nullopt;
  const auto branch_id = context.id(*branch, "'branch'");
  const auto outcome_id = context.id(*outcome, "'outcome'");
  if (!branch_id || !outcome_id) return std::nullopt;
  return model::OutcomeTaken{*branch_id, *outcome_id, branch->where, outcome->where};
}

// Actual dates later than the as-of date are not actual yet: a typo in one or the other.
void check_against_as_of(const model::Status& status, ReadContext& context) {
  const auto check = [&](const model::Actual& actual, const std::optional<calendar::Date>& date,
                         const SourceLocation& where, const char* what) {
    if (date && status.as_of < *date) {
      context.error(where, "after_as_of",
                    "the " + std::string(what) + " of task '" + actual.task + "' (" +
                        calendar::to_iso(*date) + ") is after the as-of date " +
                        calendar::to_iso(status.as_of));
    }
  };
  for (const auto& actual : status.actuals) {
    check(actual, actual.start, actual.start_where, "start");
    check(actual, actual.finish, actual.finish_where, "finish");
  }
}

model::Status read_document(const YamlNode& root, const std::string& file, ReadContext& context) {
  model::Status status;
  status.file = file;
  if (!root.is_map()) {
    context.error(SourceLocation{file, 1, 1}, "wrong_type",
                  "a status file is a map with 'regsim: 1', 'status' and 'as_of'");
    return status;
  }
  if (!context.check_file_keys(
          root, "a status file",
          {"regsim", "status", "scenario", "as_of", "actuals", "outcomes", "notes"},
          {"regsim", "status", "as_of"})) {
    return status;
  }
  if (const auto* version = root.find("regsim")) {
    const auto text = context.text(*version, "'regsim'");
    if (text && *text != "1") {
      context.error(version->where, "bad_version",
                    "unsupported format version '" + *text + "'; this regsim reads version 1");
    }
  }
  if (const auto* pathway = root.find("status")) {
    status.pathway = context.text(*pathway, "'status'").value_or("");
    status.pathway_where = pathway->where;
  }
  if (const auto* scenario = root.find("scenario")) {
    status.scenario = context.id(*scenario, "'scenario'").value_or("");
    status.scenario_where = scenario->where;
  }
  bool dated = false;
  if (const auto* as_of = root.find("as_of")) {
    status.as_of_where = as_of->where;
    if (const auto date = context.date(*as_of, "'as_of'")) {
      status.as_of = *date;
      dated = true;
    }
  }
  if (const auto* notes = root.find("notes"))
    status.notes = context.text(*notes, "'notes'").value_or("");
  if (const auto* list = root.find("actuals"); list && !list->is_null()) {
    std::map<std::string, SourceLocation, std::less<>> seen;
    if (context.expect_list(*list, "'actuals'")) {
      for (const YamlNode* item : list->items) {
        auto actual = read_actual(*item, context);
        if (!actual) continue;
        if (const auto [it, fresh] = seen.emplace(actual->task, actual->where); !fresh) {
          context.error(actual->where, "duplicate_id",
                        "task '" + actual->task + "' has a second entry (the first is on line " +
                            std::to_string(it->second.line) + ")");
          continue;
        }
        status.actuals.push_back(std::move(*actual));
      }
    }
  }
  if (const auto* list = root.find("outcomes"); list && !list->is_null()) {
    if (context.expect_list(*list, "'outcomes'")) {
      for (const YamlNode* item : list->items) {
        if (auto outcome = read_outcome(*item, context)) status.outcomes.push_back(*outcome);
      }
    }
  }
  if (dated) check_against_as_of(status, context);
  return status;
}

}  // namespace

model::Status parse_status(std::string_view text, const std::string& file,
                           const ReadLimits& limits) {
  std::vector<Diagnostic> diagnostics;
  const auto root =
      detail::parse_yaml_text(std::string(text), file, detail::status_file, diagnostics, limits);
  return detail::read_typed_document(root, file, diagnostics, read_document);
}

model::Status read_status(const std::filesystem::path& path, const ReadLimits& limits) {
  std::vector<Diagnostic> diagnostics;
  const auto root =
      detail::read_yaml_file(path, detail::status_file, {}, "file_not_found", diagnostics, limits);
  return detail::read_typed_document(root, path.string(), diagnostics, read_document);
}

std::filesystem::path status_pathway_path(const model::Status& status,
                                          const std::filesystem::path& data_dir) {
  const auto folder = std::filesystem::path(status.file).parent_path();
  auto path = resolve_pathway_argument(status.pathway, data_dir, folder);
  // A status names its pathway like any file naming another: in its own folder tree or
  // the bundled data (--allow-outside lifts it), asked before looking whether it exists.
  const FolderScope scope(status.file, false, data_dir);
  if (auto refused = outside_folder(path)) {
    throw InputError(status.pathway_where, "outside_folder", std::move(*refused));
  }
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    throw InputError(status.pathway_where, "file_not_found",
                     "the pathway '" + status.pathway +
                         "' is neither a file (relative to the status file) nor a bundled "
                         "pathway; run 'regsim list' for bundled pathways");
  }
  return path;
}

void check_status_scenario(const model::Status& status, const model::Pathway& pathway) {
  if (status.scenario.empty() || status.scenario == model::baseline_scenario) return;
  std::vector<std::string> names{model::baseline_scenario};
  for (const auto& scenario : pathway.scenarios) {
    if (scenario.id == status.scenario) return;
    names.push_back(scenario.id);
  }
  throw InputError(status.scenario_where, "unknown_scenario",
                   "pathway '" + pathway.id + "' has no scenario '" + status.scenario + "'" +
                       support::did_you_mean(status.scenario, names));
}

}  // namespace regsim::io
