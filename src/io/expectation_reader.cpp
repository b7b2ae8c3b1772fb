#include "regsim/io/expectation_reader.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include "expectation_yaml.hpp"

namespace regsim::io {
namespace {

using expectation_yaml::YamlDiagnostics;
using model::Assertion;
using model::Expected;

// Expectation files are small; anything this large is a mistake (a binary, a log).
constexpr std::uintmax_t max_file_bytes = 16u << 20;
constexpr long long max_runs = 10'000'000;

// Settings the file's top level gives to every assertion.
struct Defaults {
  std::string pathway;
  std::string scenario = model::baseline_scenario;
  std::optional<calendar::Date> start;
  model::Tolerance tolerance;
  int runs = 1000;
  std::uint64_t seed = 1;
};

enum class Kind { milestone, percentile, probability, faster, no_task_after };

// The keys that choose an assertion's kind, and the kind each chooses.
constexpr std::array<std::pair<std::string_view, Kind>, 9> kind_keys{{
    {"date", Kind::milestone},
    {"calendar_days", Kind::milestone},
    {"clock_days", Kind::milestone},
    {"p50", Kind::percentile},
    {"p80", Kind::percentile},
    {"p90", Kind::percentile},
    {"probability", Kind::probability},
    {"faster_than", Kind::faster},
    {"no_task_after", Kind::no_task_after},
}};

// Keys each kind accepts besides its kind key and the common ones.
std::vector<std::string_view> extra_keys(Kind kind) {
  switch (kind) {
    case Kind::milestone:
      return {"milestone", "from"};
    case Kind::percentile:
      return {"milestone", "runs", "seed"};
    case Kind::probability:
      return {"deadline", "milestone", "by", "within", "runs", "seed"};
    case Kind::faster:
      return {"milestone", "from", "basis", "by_at_least"};
    case Kind::no_task_after:
      return {};
  }
  return {};
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::milestone:
      return "milestone";
    case Kind::percentile:
      return "percentile";
    case Kind::probability:
      return "probability";
    case Kind::faster:
      return "faster_than";
    case Kind::no_task_after:
      return "no_task_after";
  }
  return "";
}

bool valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
  });
}

enum class ValueKind { date, days, probability, date_or_days };

class ExpectationParser {
 public:
  explicit ExpectationParser(std::string file) : yaml_(std::move(file)) {}

  model::ExpectationFile parse(const YAML::Node& root) {
    model::ExpectationFile result;
    result.file = yaml_.file();
    if (!root.IsMap()) {
      yaml_.error(SourceLocation{yaml_.file(), 1, 1}, "wrong_type",
                  "an expectation file is a map with 'regsim: 1' and 'expect:'");
      throw InputError(yaml_.diagnostics());
    }
    yaml_.check_keys(root, {"regsim", "title", "description", "pathway", "scenario", "start",
                            "tolerance", "runs", "seed", "expect"});
    if (yaml_.require(root, "regsim", "an expectation file")) {
      const auto version = yaml_.string(root["regsim"], "regsim");
      if (version && *version != "1") {
        yaml_.error(root["regsim"], "bad_version",
                    "unsupported format version '" + *version + "'; this regsim reads version 1");
      }
    }
    Defaults defaults;
    if (auto node = root["pathway"]) defaults.pathway = yaml_.string(node, "pathway").value_or("");
    if (auto node = root["scenario"]) defaults.scenario = id(node, "scenario");
    if (auto node = root["start"]) defaults.start = yaml_.date(node, "start");
    if (auto node = root["tolerance"]) defaults.tolerance = tolerance(node);
    if (auto node = root["runs"])
      defaults.runs = static_cast<int>(yaml_.integer(node, "runs", 1, max_runs).value_or(1000));
    if (auto node = root["seed"]) defaults.seed = seed(node);
    if (yaml_.require(root, "expect", "an expectation file")) {
      const YAML::Node list = root["expect"];
      if (!list.IsSequence() || list.size() == 0) {
        yaml_.error(list, "wrong_type", "'expect' must be a list of at least one assertion");
      } else {
        for (const auto& item : list) {
          if (auto assertion = read_assertion(item, defaults)) {
            result.assertions.push_back(std::move(*assertion));
          }
        }
      }
    }
    if (!yaml_.diagnostics().empty()) throw InputError(yaml_.diagnostics());
    return result;
  }

 private:
  std::optional<Assertion> read_assertion(const YAML::Node& node, const Defaults& defaults) {
    if (!yaml_.is_map(node, "an assertion")) return std::nullopt;
    const std::size_t errors_before = yaml_.diagnostics().size();
    yaml_.check_keys(
        node, {"name", "pathway", "scenario",      "start",       "tolerance",    "milestone",
               "from", "date",    "calendar_days", "clock_days",  "p50",          "p80",
               "p90",  "basis",   "runs",          "seed",        "probability",  "deadline",
               "by",   "within",  "faster_than",   "by_at_least", "no_task_after"});
    std::vector<std::pair<std::string_view, Kind>> found;
    for (const auto& entry : kind_keys) {
      if (node[std::string(entry.first)]) found.push_back(entry);
    }
    if (found.empty()) {
      yaml_.error(node, "missing_key",
                  "an assertion needs one of date, calendar_days, clock_days, p50, p80, p90, "
                  "probability, faster_than, no_task_after");
      return std::nullopt;
    }
    if (found.size() > 1) {
      yaml_.error(node[std::string(found[1].first)], "conflicting_keys",
                  "one assertion checks one thing: '" + std::string(found[0].first) + "' and '" +
                      std::string(found[1].first) + "' are two; write two assertions");
      return std::nullopt;
    }
    const auto [kind_key, kind] = found.front();
    check_misplaced(node, kind, kind_key);

    Assertion assertion;
    assertion.where = yaml_.at(node);
    assertion.pathway = defaults.pathway;
    assertion.scenario = defaults.scenario;
    assertion.start = defaults.start;
    assertion.tolerance = defaults.tolerance;
    if (auto value = node["name"]) assertion.name = yaml_.string(value, "name").value_or("");
    if (auto value = node["pathway"])
      assertion.pathway = yaml_.string(value, "pathway").value_or("");
    if (auto value = node["scenario"]) assertion.scenario = id(value, "scenario");
    if (auto value = node["start"]) assertion.start = yaml_.date(value, "start");
    if (auto value = node["tolerance"]) assertion.tolerance = tolerance(value);
    if (assertion.pathway.empty()) {
      yaml_.error(node, "missing_key",
                  "the assertion names no pathway: add 'pathway:' here or at the top of the file");
    }

    const YAML::Node kind_node = node[std::string(kind_key)];
    bool dates = false;
    switch (kind) {
      case Kind::milestone: {
        model::MilestoneCheck check;
        check.milestone = required_id(node, "milestone", "a milestone assertion");
        check.from = optional_id(node, "from");
        check.measure = kind_key == "date"            ? model::MilestoneMeasure::date
                        : kind_key == "calendar_days" ? model::MilestoneMeasure::calendar_days
                                                      : model::MilestoneMeasure::clock_days;
        dates = check.measure == model::MilestoneMeasure::date;
        check.expected = expected(kind_node, kind_key, dates ? ValueKind::date : ValueKind::days);
        assertion.check = check;
        break;
      }
      case Kind::percentile: {
        model::PercentileCheck check;
        check.percentile = kind_key == "p50" ? 50 : kind_key == "p80" ? 80 : 90;
        check.milestone = required_id(node, "milestone", "a percentile assertion");
        check.expected = expected(kind_node, kind_key, ValueKind::date_or_days);
        dates = check.expected.date.has_value();
        read_runs(node, defaults, check.runs, check.seed);
        assertion.check = check;
        break;
      }
      case Kind::probability:
        assertion.check = probability(node, kind_node, defaults);
        break;
      case Kind::faster: {
        model::FasterCheck check;
        check.other = id(kind_node, "faster_than");
        check.milestone = optional_id(node, "milestone");
        check.from = optional_id(node, "from");
        check.basis = basis(node);
        if (auto value = node["by_at_least"]) {
          check.by_at_least =
              static_cast<int>(yaml_.integer(value, "by_at_least", 0, 1'000'000).value_or(1));
        }
        assertion.check = check;
        break;
      }
      case Kind::no_task_after: {
        dates = true;
        assertion.check = model::NoTaskAfterCheck{
            yaml_.date(kind_node, "no_task_after").value_or(calendar::Date(2000, 1, 1))};
        break;
      }
    }
    if (dates && assertion.tolerance.percent) {
      const YAML::Node where = node["tolerance"] ? node["tolerance"] : node;
      yaml_.error(where, "bad_tolerance",
                  "a date cannot have a percentage tolerance; give a number of days");
    }
    if (yaml_.diagnostics().size() != errors_before) return std::nullopt;
    return assertion;
  }

  model::ProbabilityCheck probability(const YAML::Node& node, const YAML::Node& kind_node,
                                      const Defaults& defaults) {
    model::ProbabilityCheck check;
    check.expected = expected(kind_node, "probability", ValueKind::probability);
    read_runs(node, defaults, check.runs, check.seed);
    if (node["deadline"]) {
      check.deadline = id(node["deadline"], "deadline");
      for (const char* key : {"milestone", "by", "within"}) {
        if (node[key]) {
          yaml_.error(node[key], "conflicting_keys",
                      std::string("'") + key + "' does not apply with 'deadline:' (the " +
                          "pathway's deadline says what is measured)");
        }
      }
      return check;
    }
    check.milestone = required_id(node, "milestone", "a probability assertion without 'deadline'");
    if (node["by"] && node["within"]) {
      yaml_.error(node["within"], "conflicting_keys",
                  "give either 'by' (a date) or 'within' (days)");
    } else if (auto by = node["by"]) {
      check.by = yaml_.date(by, "by");
    } else if (auto within = node["within"]) {
      check.within = static_cast<int>(yaml_.integer(within, "within", 0, 1'000'000).value_or(0));
    } else {
      yaml_.error(
          node, "missing_key",
          "a probability assertion needs 'deadline:', or 'milestone:' with 'by:' or 'within:'");
    }
    return check;
  }

  void check_misplaced(const YAML::Node& node, Kind kind, std::string_view kind_key) {
    const auto extras = extra_keys(kind);
    static constexpr std::array<std::string_view, 5> common{"name", "pathway", "scenario", "start",
                                                            "tolerance"};
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string key = it->first.Scalar();
      const bool is_kind_key = std::any_of(kind_keys.begin(), kind_keys.end(),
                                           [&](const auto& entry) { return entry.first == key; });
      if (key == kind_key || is_kind_key) continue;
      if (std::find(common.begin(), common.end(), key) != common.end()) continue;
      if (std::find(extras.begin(), extras.end(), key) != extras.end()) continue;
      bool known = false;
      for (Kind other : {Kind::milestone, Kind::percentile, Kind::probability, Kind::faster}) {
        const auto keys = extra_keys(other);
        known = known || std::find(keys.begin(), keys.end(), key) != keys.end();
      }
      if (known) {
        yaml_.error(it->first, "misplaced_key",
                    "'" + key + "' does not apply to a " + std::string(kind_name(kind)) +
                        " assertion ('" + std::string(kind_key) + "')");
      }
    }
  }

  Expected expected(const YAML::Node& node, std::string_view key, ValueKind value_kind) {
    Expected result;
    if (!yaml_.is_map(node, key)) return result;
    yaml_.check_keys(node, {"at_most", "at_least", "equal"});
    int given = 0;
    for (const auto& [name, comparison] : {std::pair{"at_most", model::Comparison::at_most},
                                           std::pair{"at_least", model::Comparison::at_least},
                                           std::pair{"equal", model::Comparison::equal}}) {
      const YAML::Node value = node[name];
      if (!value) continue;
      if (++given > 1) {
        yaml_.error(value, "conflicting_keys",
                    "'" + std::string(key) + "' takes one of at_most, at_least, equal");
        continue;
      }
      result.comparison = comparison;
      read_value(value, name, value_kind, result);
    }
    if (given == 0) {
      yaml_.error(node, "missing_key",
                  "'" + std::string(key) + "' needs at_most, at_least or equal");
    }
    return result;
  }

  void read_value(const YAML::Node& value, std::string_view name, ValueKind value_kind,
                  Expected& result) {
    const bool looks_like_date = value.IsScalar() && value.Scalar().size() == 10 &&
                                 value.Scalar()[4] == '-' && value.Scalar()[7] == '-';
    if (value_kind == ValueKind::date ||
        (value_kind == ValueKind::date_or_days && looks_like_date)) {
      result.date = yaml_.date(value, name);
      if (!result.date) result.date = calendar::Date(2000, 1, 1);
    } else if (value_kind == ValueKind::probability) {
      const auto number = yaml_.number(value, name);
      if (number && (*number < 0 || *number > 1)) {
        yaml_.error(value, "bad_probability", "a probability is between 0 and 1");
      }
      result.number = number.value_or(0);
    } else {
      result.number = static_cast<double>(yaml_.integer(value, name, 0, 1'000'000).value_or(0));
    }
  }

  model::Tolerance tolerance(const YAML::Node& node) {
    model::Tolerance result;
    auto text = yaml_.string(node, "tolerance");
    if (!text) return result;
    std::string amount = *text;
    if (!amount.empty() && amount.back() == '%') {
      result.percent = true;
      amount.pop_back();
    } else if (!amount.empty() && amount.back() == 'd') {
      amount.pop_back();
    }
    std::istringstream in(amount);
    double value = 0;
    if (!(in >> value) || !in.eof() || value < 0 || !std::isfinite(value)) {
      yaml_.error(node, "bad_tolerance",
                  "a tolerance is a non-negative amount ('3', '3d') or percentage ('2%'), not '" +
                      *text + "'");
      return {};
    }
    result.amount = value;
    return result;
  }

  model::DayBasis basis(const YAML::Node& node) {
    const YAML::Node value = node["basis"];
    if (!value) return model::DayBasis::calendar_days;
    const auto text = yaml_.string(value, "basis").value_or("calendar-days");
    if (text == "calendar-days") return model::DayBasis::calendar_days;
    if (text == "working-days") return model::DayBasis::working_days;
    if (text == "clock-days") return model::DayBasis::clock_days;
    std::string message =
        "unknown basis '" + text + "'; use calendar-days, working-days or clock-days";
    yaml_.error(value, "unknown_basis", message);
    return model::DayBasis::calendar_days;
  }

  void read_runs(const YAML::Node& node, const Defaults& defaults, int& runs,
                 std::uint64_t& seed_value) {
    runs = defaults.runs;
    seed_value = defaults.seed;
    if (auto value = node["runs"])
      runs = static_cast<int>(yaml_.integer(value, "runs", 1, max_runs).value_or(runs));
    if (auto value = node["seed"]) seed_value = seed(value);
  }

  std::uint64_t seed(const YAML::Node& node) {
    return static_cast<std::uint64_t>(
        yaml_.integer(node, "seed", 0, std::numeric_limits<long long>::max()).value_or(1));
  }

  std::string id(const YAML::Node& node, std::string_view key) {
    const auto text = yaml_.string(node, key);
    if (!text) return {};
    if (!valid_id(*text)) {
      yaml_.error(node, "bad_id",
                  "'" + std::string(key) +
                      "' must be an id of letters, digits, '_', '.', '-', not '" + *text + "'");
    }
    return *text;
  }

  std::string optional_id(const YAML::Node& node, const char* key) {
    const YAML::Node value = node[key];
    return value ? id(value, key) : std::string();
  }

  std::string required_id(const YAML::Node& node, const char* key, std::string_view what) {
    if (!yaml_.require(node, key, what)) return {};
    return id(node[key], key);
  }

  YamlDiagnostics yaml_;
};

}  // namespace

model::ExpectationFile parse_expectations(std::string_view text, const std::string& file) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own guard, whose message is only "bad file". It counts parser calls,
    // several per level, and stops at about 500 levels of nesting.
    throw InputError(SourceLocation{file, e.mark.line + 1, e.mark.column + 1}, "too_deep",
                     "collections are nested too deeply for the YAML parser (about 500 "
                     "levels); an expectation file needs three or four");
  } catch (const YAML::Exception& e) {
    throw InputError(SourceLocation{file, e.mark.line + 1, e.mark.column + 1}, "yaml_syntax",
                     "YAML syntax: " + e.msg);
  }
  return ExpectationParser(file).parse(root);
}

model::ExpectationFile read_expectations(const std::filesystem::path& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error || !std::filesystem::is_regular_file(path)) {
    throw InputError(SourceLocation{path.string(), 0, 0}, "file_not_found",
                     "cannot read the expectation file (does it exist?)");
  }
  if (size > max_file_bytes) {
    throw InputError(SourceLocation{path.string(), 0, 0}, "file_too_large",
                     "the file is over 16 MiB; an expectation file is a short YAML list");
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_expectations(buffer.str(), path.string());
}

}  // namespace regsim::io
