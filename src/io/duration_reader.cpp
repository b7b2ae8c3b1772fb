// Durations and distributions (docs/workflow-format.md, "Durations", "Distributions").
#include <algorithm>
#include <cmath>

#include "document.hpp"
#include "regsim/model/distribution.hpp"

namespace regsim::io::detail {
namespace {

using calendar::Duration;
using calendar::DurationUnit;

// Reads a list of `count` durations (count 0: any non-empty list); nullopt after
// reporting. All must share one unit and be non-negative.
std::optional<std::vector<Duration>> read_parameters(const YamlNode& node, std::string_view shape,
                                                     std::size_t count, ReadContext& context) {
  const std::string what = std::string(shape) + " parameters";
  if (!context.expect_list(node, what)) return std::nullopt;
  if ((count != 0 && node.items.size() != count) || node.items.empty()) {
    context.error(
        node.where, "bad_distribution",
        std::string(shape) + " takes " +
            (count == 0 ? std::string("at least one value") : std::to_string(count) + " values") +
            ", not " + std::to_string(node.items.size()));
    return std::nullopt;
  }
  std::vector<Duration> values;
  bool ok = true;
  for (const auto& item : node.items) {
    auto value = context.duration(*item, what, true);
    if (!value) {
      ok = false;
      continue;
    }
    if (value->amount < 0) {
      context.error(item->where, "bad_distribution",
                    std::string(shape) + " values must not be negative");
      ok = false;
    } else if (!values.empty() && value->unit != values.front().unit) {
      context.error(item->where, "bad_distribution",
                    "all values of one distribution use the same unit; this one is in '" +
                        std::string(calendar::unit_suffix(value->unit)) + "', the first in '" +
                        std::string(calendar::unit_suffix(values.front().unit)) + "'");
      ok = false;
    }
    values.push_back(*value);
  }
  if (!ok) return std::nullopt;
  return values;
}

std::optional<model::DurationSpec> read_lognormal(const YamlNode& node, ReadContext& context) {
  if (!context.expect_map(node, "lognormal")) return std::nullopt;
  context.check_keys(node, "lognormal", {"median", "p90", "mean", "sd"});
  const bool by_median = node.find("median") || node.find("p90");
  const bool by_mean = node.find("mean") || node.find("sd");
  if (by_median == by_mean) {
    context.error(node.where, "bad_distribution",
                  "lognormal takes either {median, p90} or {mean, sd}");
    return std::nullopt;
  }
  const char* first_key = by_median ? "median" : "mean";
  const char* second_key = by_median ? "p90" : "sd";
  const YamlNode* first = node.find(first_key);
  const YamlNode* second = node.find(second_key);
  if (!first || !second) {
    context.error(node.where, "missing_key",
                  std::string("lognormal needs both '") + first_key + "' and '" + second_key + "'");
    return std::nullopt;
  }
  auto a = context.duration(*first, first_key, false);
  auto b = context.duration(*second, second_key, false);
  if (!a || !b) return std::nullopt;
  if (a->unit != b->unit) {
    context.error(second->where, "bad_distribution",
                  "all values of one distribution use the same unit");
    return std::nullopt;
  }
  if (a->amount <= 0) {
    context.error(first->where, "bad_distribution",
                  std::string("lognormal ") + first_key + " must be above zero");
    return std::nullopt;
  }
  if (by_median && b->amount <= a->amount) {
    context.error(second->where, "bad_distribution", "lognormal p90 must be above the median");
    return std::nullopt;
  }
  if (!by_median && b->amount <= 0) {
    context.error(second->where, "bad_distribution", "lognormal sd must be above zero");
    return std::nullopt;
  }
  model::DurationSpec spec;
  spec.unit = a->unit;
  spec.distribution = by_median ? model::lognormal_from_median_p90(a->amount, b->amount)
                                : model::lognormal_from_mean_sd(a->amount, b->amount);
  return spec;
}

// `exponential: 56d`: the mean, above zero.
std::optional<model::DurationSpec> read_exponential(const YamlNode& node, ReadContext& context) {
  auto value = context.duration(node, "exponential mean", false);
  if (!value) return std::nullopt;
  if (value->amount <= 0) {
    context.error(node.where, "bad_distribution", "exponential mean must be above zero");
    return std::nullopt;
  }
  return model::DurationSpec{value->unit, model::Exponential{static_cast<double>(value->amount)}};
}

bool ordered(const std::vector<Duration>& values, const YamlNode& node, std::string_view shape,
             ReadContext& context) {
  if (values.front().amount > values[1].amount || values[1].amount > values.back().amount) {
    context.error(node.where, "bad_distribution",
                  std::string(shape) + " values must be in order: " +
                      (values.size() == 3 ? "min <= mode <= max" : "min <= max"));
    return false;
  }
  return true;
}

// The one distribution key of a duration map ("" after a diagnostic), and the checks of
// keys that belong to one shape only.
std::string distribution_shape(const YamlNode& node, ReadContext& context) {
  context.check_keys(node, "duration",
                     {"uniform", "triangular", "pert", "lognormal", "empirical", "exponential",
                      "lambda", "weights"});
  const std::vector<std::string> shapes{"uniform",   "triangular", "pert",
                                        "lognormal", "empirical",  "exponential"};
  std::string shape;
  for (const auto& name : shapes) {
    if (!node.find(name)) continue;
    if (!shape.empty()) {
      context.error(
          node.where, "bad_distribution",
          "a duration has one distribution; found both '" + shape + "' and '" + name + "'");
      return "";
    }
    shape = name;
  }
  if (shape.empty()) {
    context.error(node.where, "missing_key",
                  "a distribution needs one of uniform, triangular, pert, lognormal, "
                  "empirical or exponential");
    return "";
  }
  if (const YamlNode* lambda = node.find("lambda"); lambda && shape != "pert") {
    context.error(lambda->where, "unknown_key", "'lambda' belongs only to a pert distribution");
  }
  if (const YamlNode* weights = node.find("weights"); weights && shape != "empirical") {
    context.error(weights->where, "unknown_key",
                  "'weights' belongs only to an empirical distribution");
  }
  return shape;
}

// `lambda: 4` of a pert distribution: above zero; false after a diagnostic.
bool read_pert_lambda(const YamlNode& node, model::Pert& pert, ReadContext& context) {
  const YamlNode* lambda = node.find("lambda");
  if (!lambda) return true;
  auto value = context.number(*lambda, "pert lambda");
  if (!value) return false;
  if (*value <= 0) {
    context.error(lambda->where, "bad_distribution", "pert lambda must be above zero");
    return false;
  }
  pert.lambda = *value;
  return true;
}

// `weights: [...]` of an empirical distribution: one above zero per value; false after a
// diagnostic.
bool read_empirical_weights(const YamlNode& node, model::Empirical& empirical,
                            ReadContext& context) {
  const YamlNode* weights = node.find("weights");
  if (!weights) return true;
  if (!context.expect_list(*weights, "weights")) return false;
  if (weights->items.size() != empirical.values.size()) {
    context.error(weights->where, "bad_distribution",
                  "empirical has " + std::to_string(empirical.values.size()) + " values but " +
                      std::to_string(weights->items.size()) + " weights; give one each");
    return false;
  }
  for (const auto& item : weights->items) {
    auto weight = context.number(*item, "weight");
    if (!weight) return false;
    if (*weight <= 0) {
      context.error(item->where, "bad_distribution", "weights must be above zero");
      return false;
    }
    empirical.weights.push_back(*weight);
  }
  return true;
}

}  // namespace

std::optional<model::DurationSpec> read_duration_spec(const YamlNode& node, ReadContext& context) {
  if (node.is_scalar()) {
    auto value = context.duration(node, "duration", false);
    if (!value) return std::nullopt;
    return model::DurationSpec{value->unit, model::Fixed{static_cast<double>(value->amount)}};
  }
  if (!node.is_map()) {
    context.error(node.where, "wrong_type",
                  std::string("duration must be a duration (30d) or a distribution "
                              "({triangular: [20d, 30d, 60d]}), not ") +
                      describe(node));
    return std::nullopt;
  }
  const std::string shape = distribution_shape(node, context);
  if (shape.empty()) return std::nullopt;
  const YamlNode& parameters = *node.find(shape);
  if (shape == "lognormal") return read_lognormal(parameters, context);
  if (shape == "exponential") return read_exponential(parameters, context);

  const std::size_t count = shape == "uniform" ? 2 : shape == "empirical" ? 0 : 3;
  auto values = read_parameters(parameters, shape, count, context);
  if (!values) return std::nullopt;
  model::DurationSpec spec;
  spec.unit = values->front().unit;
  auto amount = [&](std::size_t i) { return static_cast<double>((*values)[i].amount); };
  if (shape == "empirical") {
    model::Empirical empirical;
    for (std::size_t i = 0; i < values->size(); ++i)
      empirical.values.push_back(amount(i));
    if (!read_empirical_weights(node, empirical, context)) return std::nullopt;
    spec.distribution = std::move(empirical);
    return spec;
  }
  if (!ordered(*values, parameters, shape, context)) return std::nullopt;
  if (shape == "uniform") {
    spec.distribution = model::Uniform{amount(0), amount(1)};
  } else if (shape == "triangular") {
    spec.distribution = model::Triangular{amount(0), amount(1), amount(2)};
  } else {
    model::Pert pert{amount(0), amount(1), amount(2), 4};
    if (!read_pert_lambda(node, pert, context)) return std::nullopt;
    spec.distribution = pert;
  }
  return spec;
}

}  // namespace regsim::io::detail
