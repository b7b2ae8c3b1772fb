// read_baseline_json: the guarded read and text policy of every file kind, JSON syntax checked
// by nlohmann, then the one YAML front end (JSON is YAML) for a tree whose every value has a
// line and column.
#include "regsim/io/baseline_reader.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

#include "read_context.hpp"
#include "regsim/error.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/schemas.hpp"
#include "yaml_file.hpp"

namespace regsim::io {
namespace {

using detail::ReadContext;
using detail::YamlNode;

// Turns nlohmann's byte offset into the line and column people and editors use.
SourceLocation location_of(std::string_view text, std::size_t byte, const std::string& file) {
  SourceLocation where{file, 1, 1};
  const std::size_t end = std::min(byte, text.size());
  for (std::size_t i = 0; i + 1 < end; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

// Checks the JSON syntax without building anything; a number out of range (1e400) is bad
// input like any other syntax error, never an internal error.
struct SyntaxCheck : nlohmann::json_sax<nlohmann::json> {
  std::size_t byte = 0;
  std::string reason;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& error) override {
    byte = position;
    // nlohmann's message starts with its exception's name and repeats the position in its
    // own words; keep only the reason, and only a short escaped excerpt of it (it quotes
    // the text it read, which may be anything).
    std::string_view text = error.what();
    if (const auto name = text.find("] "); name != std::string_view::npos)
      text.remove_prefix(name + 2);
    if (text.rfind("parse error", 0) == 0) {
      if (const auto colon = text.find(": "); colon != std::string_view::npos)
        text.remove_prefix(colon + 2);
    }
    reason = detail::short_excerpt(text, 120);
    return false;
  }
};

// Reads the schema's values, each problem at the line and column of the value.
class BaselineParser {
 public:
  explicit BaselineParser(std::vector<Diagnostic>& diagnostics) : context_(diagnostics) {}

  sim::Timeline parse(const YamlNode& root) {
    sim::Timeline timeline;
    if (!root.is_map()) {
      context_.error(root.where, "wrong_type", "a baseline file is a JSON object");
      return timeline;
    }
    const auto schema = string(root, "schema");
    const auto version = integer(root, "version");
    if ((schema && *schema != baseline_schema) ||
        (version && *version != baseline_schema_version)) {
      const YamlNode* at = schema ? root.find("schema") : root.find("version");
      context_.error(at->where, "bad_schema",
                     "not a version " + std::to_string(baseline_schema_version) + " '" +
                         baseline_schema + "' file; save it again with 'regsim baseline save'");
      return timeline;
    }
    timeline.pathway_id = string(root, "pathway").value_or("");
    timeline.scenario_id = string(root, "scenario").value_or("");
    timeline.start = date(root, "start").value_or(calendar::Date(2000, 1, 1));
    timeline.finish = date(root, "finish").value_or(calendar::Date(2000, 1, 1));
    timeline.calendar_days = integer(root, "calendar_days").value_or(0);
    timeline.working_days = integer(root, "working_days").value_or(0);
    timeline.clock_days = integer(root, "clock_days").value_or(0);
    const YamlNode* tasks = root.find("tasks");
    if (tasks == nullptr || !tasks->is_sequence()) {
      context_.error(tasks != nullptr ? tasks->where : root.where,
                     tasks != nullptr ? "wrong_type" : "missing_key",
                     "'tasks' must be a list of tasks");
      return timeline;
    }
    for (const YamlNode* task : tasks->items) {
      if (!task->is_map()) {
        context_.error(task->where, "wrong_type", "a task is a JSON object");
        continue;
      }
      timeline.tasks.push_back(read_task(*task));
    }
    return timeline;
  }

 private:
  sim::TaskTiming read_task(const YamlNode& task) {
    sim::TaskTiming timing;
    timing.task_id = string(task, "id").value_or("");
    timing.start = date(task, "start").value_or(calendar::Date(2000, 1, 1));
    timing.finish = date(task, "finish").value_or(calendar::Date(2000, 1, 1));
    timing.ready = timing.start;
    timing.calendar_days = calendar::days_between(timing.start, timing.finish);
    timing.clock_days = integer(task, "clock_days").value_or(0);
    if (const YamlNode* skipped = task.find("skipped")) {
      if (plain(*skipped) && (skipped->value == "true" || skipped->value == "false")) {
        timing.skipped = skipped->value == "true";
      } else {
        context_.error(skipped->where, "wrong_type", "'skipped' must be true or false");
      }
    }
    return timing;
  }

  static bool plain(const YamlNode& node) { return node.is_scalar() && !node.quoted; }

  const YamlNode* member(const YamlNode& object, const char* key) {
    const YamlNode* value = object.find(key);
    if (value == nullptr) {
      context_.error(object.where, "missing_key", std::string("missing '") + key + "'");
    }
    return value;
  }

  std::optional<std::string> string(const YamlNode& object, const char* key) {
    const YamlNode* value = member(object, key);
    if (value == nullptr) return std::nullopt;
    if (!value->is_scalar() || !value->quoted) {
      context_.error(value->where, "wrong_type", std::string("'") + key + "' must be a string");
      return std::nullopt;
    }
    return value->value;
  }

  std::optional<int> integer(const YamlNode& object, const char* key) {
    const YamlNode* value = member(object, key);
    if (value == nullptr) return std::nullopt;
    int number = 0;
    const std::string& text = value->value;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (!plain(*value) || text.empty() || end != text.data() + text.size() ||
        error != std::errc()) {
      context_.error(value->where,
                     error == std::errc::result_out_of_range ? "bad_number" : "wrong_type",
                     std::string("'") + key + "' must be a whole number of days, not " +
                         (text.size() <= 20 ? text : text.substr(0, 20) + "..."));
      return std::nullopt;
    }
    return number;
  }

  std::optional<calendar::Date> date(const YamlNode& object, const char* key) {
    const auto text = string(object, key);
    if (!text) return std::nullopt;
    auto value = calendar::parse_date(*text);
    if (!value) {
      context_.error(object.find(key)->where, "bad_date",
                     "'" + *text + "' is not a date YYYY-MM-DD");
    }
    return value;
  }

  ReadContext context_;
};

}  // namespace

sim::Timeline parse_baseline_json(std::string_view text, const std::string& file) {
  std::vector<Diagnostic> diagnostics;
  std::string bytes(text);
  const ReadLimits limits;
  if (!detail::check_source_text(bytes, file, limits.max_file_bytes, detail::baseline_file,
                                 diagnostics)) {
    throw InputError(std::move(diagnostics));
  }
  SyntaxCheck syntax;
  if (!nlohmann::json::sax_parse(bytes, &syntax)) {
    throw InputError(location_of(bytes, syntax.byte, file), "bad_json",
                     "not valid JSON: " + syntax.reason);
  }
  const auto root =
      detail::parse_yaml_text(std::move(bytes), file, detail::baseline_file, diagnostics, limits);
  if (!root) throw InputError(std::move(diagnostics));
  sim::Timeline timeline = BaselineParser(diagnostics).parse(*root);
  if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
  return timeline;
}

sim::Timeline read_baseline_json(const std::filesystem::path& path) {
  std::vector<Diagnostic> diagnostics;
  auto text = detail::read_source_file(path, ReadLimits{}.max_file_bytes, {}, "file_not_found",
                                       detail::baseline_file, diagnostics);
  if (!text) throw InputError(std::move(diagnostics));
  return parse_baseline_json(*text, path.string());
}

}  // namespace regsim::io
