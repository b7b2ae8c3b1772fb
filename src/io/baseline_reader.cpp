#include "regsim/io/baseline_reader.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "regsim/error.hpp"
#include "regsim/schemas.hpp"

namespace regsim::io {
namespace {

using nlohmann::ordered_json;

// Turns nlohmann's byte offset into the line and column people and editors use.
SourceLocation location_of(std::string_view text, std::size_t byte, const std::string& file) {
  SourceLocation where{file, 1, 1};
  const std::size_t end = std::min(byte, text.size());
  for (std::size_t i = 0; i + 1 < end; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  return where;
}

// Collects schema problems with the JSON pointer of each value.
class BaselineParser {
 public:
  explicit BaselineParser(std::string file) : file_(std::move(file)) {}

  sim::Timeline parse(const ordered_json& root) {
    sim::Timeline timeline;
    if (!root.is_object()) {
      fail("", "wrong_type", "a baseline file is a JSON object");
      throw InputError(diagnostics_);
    }
    const auto schema = string(root, "", "schema");
    const auto version = integer(root, "", "version");
    if ((schema && *schema != baseline_schema) ||
        (version && *version != baseline_schema_version)) {
      fail("/schema", "bad_schema",
           "not a version " + std::to_string(baseline_schema_version) + " '" + baseline_schema +
               "' file; save it again with 'regsim baseline save'");
      throw InputError(diagnostics_);
    }
    timeline.pathway_id = string(root, "", "pathway").value_or("");
    timeline.scenario_id = string(root, "", "scenario").value_or("");
    timeline.start = date(root, "", "start").value_or(calendar::Date(2000, 1, 1));
    timeline.finish = date(root, "", "finish").value_or(calendar::Date(2000, 1, 1));
    timeline.calendar_days = integer(root, "", "calendar_days").value_or(0);
    timeline.working_days = integer(root, "", "working_days").value_or(0);
    timeline.clock_days = integer(root, "", "clock_days").value_or(0);
    if (!root.contains("tasks") || !root["tasks"].is_array()) {
      fail("/tasks", root.contains("tasks") ? "wrong_type" : "missing_key",
           "'tasks' must be a list of tasks");
    } else {
      const auto& tasks = root["tasks"];
      for (std::size_t i = 0; i < tasks.size(); ++i) {
        const std::string pointer = "/tasks/" + std::to_string(i);
        if (!tasks[i].is_object()) {
          fail(pointer, "wrong_type", "a task is a JSON object");
          continue;
        }
        sim::TaskTiming task;
        task.task_id = string(tasks[i], pointer, "id").value_or("");
        task.start = date(tasks[i], pointer, "start").value_or(calendar::Date(2000, 1, 1));
        task.finish = date(tasks[i], pointer, "finish").value_or(calendar::Date(2000, 1, 1));
        task.ready = task.start;
        task.calendar_days = calendar::days_between(task.start, task.finish);
        task.clock_days = integer(tasks[i], pointer, "clock_days").value_or(0);
        if (tasks[i].contains("skipped")) {
          if (tasks[i]["skipped"].is_boolean()) {
            task.skipped = tasks[i]["skipped"].get<bool>();
          } else {
            fail(pointer + "/skipped", "wrong_type", "'skipped' must be true or false");
          }
        }
        timeline.tasks.push_back(std::move(task));
      }
    }
    if (!diagnostics_.empty()) throw InputError(diagnostics_);
    return timeline;
  }

 private:
  void fail(const std::string& pointer, std::string id, const std::string& message) {
    diagnostics_.push_back(Diagnostic{SourceLocation{file_, 0, 0}, Severity::error, std::move(id),
                                      (pointer.empty() ? "" : "at " + pointer + ": ") + message});
  }

  const ordered_json* member(const ordered_json& object, const std::string& pointer,
                             const char* key) {
    if (!object.contains(key)) {
      fail(pointer, "missing_key", std::string("missing '") + key + "'");
      return nullptr;
    }
    return &object[key];
  }

  std::optional<std::string> string(const ordered_json& object, const std::string& pointer,
                                    const char* key) {
    const auto* value = member(object, pointer, key);
    if (value == nullptr) return std::nullopt;
    if (!value->is_string()) {
      fail(pointer + "/" + key, "wrong_type", std::string("'") + key + "' must be a string");
      return std::nullopt;
    }
    return value->get<std::string>();
  }

  std::optional<int> integer(const ordered_json& object, const std::string& pointer,
                             const char* key) {
    const auto* value = member(object, pointer, key);
    if (value == nullptr) return std::nullopt;
    if (!value->is_number_integer()) {
      fail(pointer + "/" + key, "wrong_type", std::string("'") + key + "' must be a whole number");
      return std::nullopt;
    }
    return value->get<int>();
  }

  std::optional<calendar::Date> date(const ordered_json& object, const std::string& pointer,
                                     const char* key) {
    const auto text = string(object, pointer, key);
    if (!text) return std::nullopt;
    auto value = calendar::parse_date(*text);
    if (!value) {
      fail(pointer + "/" + key, "bad_date", "'" + *text + "' is not a date YYYY-MM-DD");
    }
    return value;
  }

  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace

sim::Timeline parse_baseline_json(std::string_view text, const std::string& file) {
  ordered_json root;
  try {
    root = ordered_json::parse(text);
  } catch (const ordered_json::parse_error& error) {
    // nlohmann's message repeats the position in its own words; keep only its reason.
    std::string reason = error.what();
    const auto colon = reason.find(": ", reason.find("parse error"));
    if (colon != std::string::npos) reason = reason.substr(colon + 2);
    throw InputError(location_of(text, error.byte, file), "bad_json", "not valid JSON: " + reason);
  }
  return BaselineParser(file).parse(root);
}

sim::Timeline read_baseline_json(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    throw InputError(SourceLocation{path.string(), 0, 0}, "file_not_found",
                     "cannot read the baseline file (save one with 'regsim baseline save')");
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_baseline_json(buffer.str(), path.string());
}

}  // namespace regsim::io
