#include "expectation_assertion.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace regsim::io::detail {
namespace {

using model::Assertion;
using model::Expected;

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

std::string quoted(std::string_view key) {
  return "'" + std::string(key) + "'";
}

enum class ValueKind { date, days, probability, date_or_days };

class AssertionReader {
 public:
  AssertionReader(const ExpectationDefaults& defaults, ReadContext& context)
      : defaults_(defaults), context_(context) {}

  std::optional<Assertion> read(const YamlNode& node) {
    if (!context_.expect_map(node, "an assertion")) return std::nullopt;
    const std::size_t errors_before = context_.diagnostics().size();
    context_.check_keys(
        node, "an assertion",
        {"name", "pathway", "scenario",      "start",       "tolerance",    "milestone",
         "from", "date",    "calendar_days", "clock_days",  "p50",          "p80",
         "p90",  "basis",   "runs",          "seed",        "probability",  "deadline",
         "by",   "within",  "faster_than",   "by_at_least", "no_task_after"});
    std::vector<std::pair<std::string_view, Kind>> found;
    for (const auto& entry : kind_keys) {
      if (node.find(entry.first) != nullptr) found.push_back(entry);
    }
    if (found.empty()) {
      context_.error(node.where, "missing_key",
                     "an assertion needs one of date, calendar_days, clock_days, p50, p80, p90, "
                     "probability, faster_than, no_task_after");
      return std::nullopt;
    }
    if (found.size() > 1) {
      context_.error(node.find(found[1].first)->where, "conflicting_keys",
                     "one assertion checks one thing: " + quoted(found[0].first) + " and " +
                         quoted(found[1].first) + " are two; write two assertions");
      return std::nullopt;
    }
    const auto [kind_key, kind] = found.front();
    check_misplaced(node, kind, kind_key);
    Assertion assertion = common(node);
    const bool dates = read_check(node, kind, kind_key, assertion);
    if (dates && assertion.tolerance.percent) {
      const YamlNode* where = node.find("tolerance");
      context_.error(where != nullptr ? where->where : node.where, "bad_tolerance",
                     "a date cannot have a percentage tolerance; give a number of days");
    }
    if (context_.diagnostics().size() != errors_before) return std::nullopt;
    return assertion;
  }

 private:
  // The keys every kind takes, over the file's defaults.
  Assertion common(const YamlNode& node) {
    Assertion assertion;
    assertion.where = node.where;
    assertion.pathway = defaults_.pathway;
    assertion.scenario = defaults_.scenario;
    assertion.start = defaults_.start;
    assertion.tolerance = defaults_.tolerance;
    if (const auto* value = node.find("name"))
      assertion.name = context_.text(*value, "'name'").value_or("");
    if (const auto* value = node.find("pathway"))
      assertion.pathway = context_.text(*value, "'pathway'").value_or("");
    if (const auto* value = node.find("scenario"))
      assertion.scenario = read_expectation_id(*value, "scenario", context_);
    if (const auto* value = node.find("start")) assertion.start = context_.date(*value, "'start'");
    if (const auto* value = node.find("tolerance"))
      assertion.tolerance = read_tolerance(*value, context_);
    if (assertion.pathway.empty()) {
      context_.error(
          node.where, "missing_key",
          "the assertion names no pathway: add 'pathway:' here or at the top of the file");
    }
    return assertion;
  }

  // Reads the kind's own keys into `assertion.check`; true when it compares dates.
  bool read_check(const YamlNode& node, Kind kind, std::string_view kind_key,
                  Assertion& assertion) {
    const YamlNode& kind_node = *node.find(kind_key);
    switch (kind) {
      case Kind::milestone: {
        model::MilestoneCheck check;
        check.milestone = required_id(node, "milestone", "a milestone assertion");
        check.from = optional_id(node, "from");
        check.measure = kind_key == "date"            ? model::MilestoneMeasure::date
                        : kind_key == "calendar_days" ? model::MilestoneMeasure::calendar_days
                                                      : model::MilestoneMeasure::clock_days;
        const bool dates = check.measure == model::MilestoneMeasure::date;
        check.expected = expected(kind_node, kind_key, dates ? ValueKind::date : ValueKind::days);
        assertion.check = check;
        return dates;
      }
      case Kind::percentile: {
        model::PercentileCheck check;
        check.percentile = kind_key == "p50" ? 50 : kind_key == "p80" ? 80 : 90;
        check.milestone = required_id(node, "milestone", "a percentile assertion");
        check.expected = expected(kind_node, kind_key, ValueKind::date_or_days);
        read_runs(node, check.runs, check.seed);
        assertion.check = check;
        return check.expected.date.has_value();
      }
      case Kind::probability:
        assertion.check = probability(node, kind_node);
        return false;
      case Kind::faster:
        assertion.check = faster(node, kind_node);
        return false;
      case Kind::no_task_after:
        assertion.check = model::NoTaskAfterCheck{
            context_.date(kind_node, "'no_task_after'").value_or(calendar::Date(2000, 1, 1))};
        return true;
    }
    return false;
  }

  model::FasterCheck faster(const YamlNode& node, const YamlNode& kind_node) {
    model::FasterCheck check;
    check.other = read_expectation_id(kind_node, "faster_than", context_);
    check.milestone = optional_id(node, "milestone");
    check.from = optional_id(node, "from");
    check.basis = basis(node);
    if (const auto* value = node.find("by_at_least")) {
      check.by_at_least = static_cast<int>(
          context_.integer(*value, "'by_at_least'", 0, 1'000'000, "bad_number").value_or(1));
    }
    return check;
  }

  model::ProbabilityCheck probability(const YamlNode& node, const YamlNode& kind_node) {
    model::ProbabilityCheck check;
    check.expected = expected(kind_node, "probability", ValueKind::probability);
    read_runs(node, check.runs, check.seed);
    if (const auto* deadline = node.find("deadline")) {
      check.deadline = read_expectation_id(*deadline, "deadline", context_);
      for (const char* key : {"milestone", "by", "within"}) {
        if (const auto* extra = node.find(key)) {
          context_.error(extra->where, "conflicting_keys",
                         quoted(key) + " does not apply with 'deadline:' (the pathway's " +
                             "deadline says what is measured)");
        }
      }
      return check;
    }
    check.milestone = required_id(node, "milestone", "a probability assertion without 'deadline'");
    const YamlNode* by = node.find("by");
    const YamlNode* within = node.find("within");
    if (by != nullptr && within != nullptr) {
      context_.error(within->where, "conflicting_keys",
                     "give either 'by' (a date) or 'within' (days)");
    } else if (by != nullptr) {
      check.by = context_.date(*by, "'by'");
    } else if (within != nullptr) {
      check.within = static_cast<int>(
          context_.integer(*within, "'within'", 0, 1'000'000, "bad_number").value_or(0));
    } else {
      context_.error(
          node.where, "missing_key",
          "a probability assertion needs 'deadline:', or 'milestone:' with 'by:' or 'within:'");
    }
    return check;
  }

  void check_misplaced(const YamlNode& node, Kind kind, std::string_view kind_key) {
    const auto extras = extra_keys(kind);
    static constexpr std::array<std::string_view, 5> common{"name", "pathway", "scenario", "start",
                                                            "tolerance"};
    for (const auto& [key_node, value] : node.entries) {
      const std::string_view key = key_node->value;
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
        context_.error(key_node->where, "misplaced_key",
                       quoted(key) + " does not apply to a " + std::string(kind_name(kind)) +
                           " assertion (" + quoted(kind_key) + ")");
      }
    }
  }

  Expected expected(const YamlNode& node, std::string_view key, ValueKind value_kind) {
    Expected result;
    if (!context_.expect_map(node, quoted(key))) return result;
    context_.check_keys(node, quoted(key), {"at_most", "at_least", "equal"});
    int given = 0;
    for (const auto& [name, comparison] : {std::pair{"at_most", model::Comparison::at_most},
                                           std::pair{"at_least", model::Comparison::at_least},
                                           std::pair{"equal", model::Comparison::equal}}) {
      const YamlNode* value = node.find(name);
      if (value == nullptr) continue;
      if (++given > 1) {
        context_.error(value->where, "conflicting_keys",
                       quoted(key) + " takes one of at_most, at_least, equal");
        continue;
      }
      result.comparison = comparison;
      read_value(*value, name, value_kind, result);
    }
    if (given == 0) {
      context_.error(node.where, "missing_key", quoted(key) + " needs at_most, at_least or equal");
    }
    return result;
  }

  void read_value(const YamlNode& value, std::string_view name, ValueKind value_kind,
                  Expected& result) {
    const bool looks_like_date = value.is_scalar() && value.value.size() == 10 &&
                                 value.value[4] == '-' && value.value[7] == '-';
    if (value_kind == ValueKind::date ||
        (value_kind == ValueKind::date_or_days && looks_like_date)) {
      result.date = context_.date(value, quoted(name));
      if (!result.date) result.date = calendar::Date(2000, 1, 1);
    } else if (value_kind == ValueKind::probability) {
      result.number = context_.probability(value, quoted(name)).value_or(0);
    } else {
      result.number = static_cast<double>(
          context_.integer(value, quoted(name), 0, 1'000'000, "bad_number").value_or(0));
    }
  }

  model::DayBasis basis(const YamlNode& node) {
    const YamlNode* value = node.find("basis");
    if (value == nullptr) return model::DayBasis::calendar_days;
    const auto text = context_.text(*value, "'basis'").value_or("calendar-days");
    if (text == "calendar-days") return model::DayBasis::calendar_days;
    if (text == "working-days") return model::DayBasis::working_days;
    if (text == "clock-days") return model::DayBasis::clock_days;
    context_.error(value->where, "unknown_basis",
                   "unknown basis '" + text + "'; use calendar-days, working-days or clock-days");
    return model::DayBasis::calendar_days;
  }

  void read_runs(const YamlNode& node, int& runs, std::uint64_t& seed) {
    runs = defaults_.runs;
    seed = defaults_.seed;
    if (const auto* value = node.find("runs")) {
      runs = static_cast<int>(
          context_.integer(*value, "'runs'", 1, max_expectation_runs, "bad_number").value_or(runs));
    }
    if (const auto* value = node.find("seed")) seed = read_seed(*value, context_);
  }

  std::string optional_id(const YamlNode& node, std::string_view key) {
    const YamlNode* value = node.find(key);
    return value != nullptr ? read_expectation_id(*value, key, context_) : std::string();
  }

  std::string required_id(const YamlNode& node, std::string_view key, std::string_view what) {
    if (!context_.require(node, key, what)) return {};
    return read_expectation_id(*node.find(key), key, context_);
  }

  const ExpectationDefaults& defaults_;
  ReadContext& context_;
};

}  // namespace

std::optional<model::Assertion> read_assertion(const YamlNode& node,
                                               const ExpectationDefaults& defaults,
                                               ReadContext& context) {
  return AssertionReader(defaults, context).read(node);
}

std::string read_expectation_id(const YamlNode& node, std::string_view key, ReadContext& context) {
  return context.id(node, quoted(key)).value_or("");
}

model::Tolerance read_tolerance(const YamlNode& node, ReadContext& context) {
  model::Tolerance result;
  const auto text = context.text(node, "'tolerance'");
  if (!text) return result;
  std::string_view amount = *text;
  if (!amount.empty() && amount.back() == '%') {
    result.percent = true;
    amount.remove_suffix(1);
  } else if (!amount.empty() && amount.back() == 'd') {
    amount.remove_suffix(1);
  }
  double value = 0;
  const auto [end, error] = std::from_chars(amount.data(), amount.data() + amount.size(), value);
  if (amount.empty() || error != std::errc() || end != amount.data() + amount.size() || value < 0 ||
      !std::isfinite(value)) {
    context.error(node.where, "bad_tolerance",
                  "a tolerance is a non-negative amount ('3', '3d') or percentage ('2%'), not '" +
                      *text + "'");
    return {};
  }
  result.amount = value;
  return result;
}

std::uint64_t read_seed(const YamlNode& node, ReadContext& context) {
  return static_cast<std::uint64_t>(
      context.integer(node, "'seed'", 0, std::numeric_limits<long>::max(), "bad_number")
          .value_or(1));
}

}  // namespace regsim::io::detail
