// A portfolio's arrivals: dates, regular, Poisson, empirical gaps or monthly rates
// (docs/workflow-format.md, "Portfolio").
#include <cmath>

#include "document.hpp"

namespace regsim::io::detail {
namespace {

// The spacing of generated arrivals, `what` naming it in messages: a duration above zero;
// a Poisson process counts in calendar days (or weeks of seven), so its draws become days.
void read_spacing(const YamlNode& node, std::string_view what, bool poisson,
                  model::Portfolio& portfolio, ReadContext& context) {
  auto value = context.duration(node, what, false);
  if (!value) return;
  if (value->amount <= 0) {
    context.error(node.where, "bad_value",
                  std::string(what) + " must be above zero (a rate of zero or less), not " +
                      calendar::to_string(*value));
    return;
  }
  if (poisson && value->unit != calendar::DurationUnit::calendar_days &&
      value->unit != calendar::DurationUnit::weeks) {
    context.error(node.where, "bad_value",
                  "a Poisson mean interval counts calendar days or weeks (4d, 2w), not " +
                      calendar::to_string(*value));
    return;
  }
  portfolio.interval = *value;
  portfolio.poisson = poisson;
}

// `empirical: [GAP, ...]`: observed gaps between arrivals in calendar days (or weeks),
// each above zero; each gap is drawn from them with equal chance.
void read_gaps(const YamlNode& node, model::Portfolio& portfolio, ReadContext& context) {
  if (!context.expect_list(node, "empirical gaps")) return;
  if (node.items.empty()) {
    context.error(node.where, "bad_value", "empirical gaps need at least one gap");
    return;
  }
  for (const auto& item : node.items) {
    const auto gap = context.duration(*item, "an empirical gap", false);
    if (!gap) continue;
    const bool days = gap->unit == calendar::DurationUnit::calendar_days ||
                      gap->unit == calendar::DurationUnit::weeks;
    if (!days || gap->amount <= 0) {
      context.error(item->where, "bad_value",
                    "an empirical gap is above zero in calendar days or weeks (4d, 2w), not " +
                        calendar::to_string(*gap));
      continue;
    }
    portfolio.gaps.push_back(gap->unit == calendar::DurationUnit::weeks ? 7.0 * gap->amount
                                                                        : gap->amount);
  }
}

// `monthly: [JAN, ..., DEC]`: the expected arrivals in each calendar month (twelve numbers,
// none below zero, not all zero).
void read_monthly(const YamlNode& node, model::Portfolio& portfolio, ReadContext& context) {
  if (!context.expect_list(node, "monthly rates")) return;
  if (node.items.size() != 12) {
    context.error(node.where, "bad_value",
                  "monthly rates are twelve numbers, January to December, not " +
                      std::to_string(node.items.size()));
    return;
  }
  double total = 0;
  for (const auto& item : node.items) {
    const auto rate = context.number(*item, "a monthly rate");
    if (!rate) return;
    if (!std::isfinite(*rate) || *rate < 0 || *rate > 1e6) {
      context.error(
          item->where, "bad_value",
          "a monthly rate is expected arrivals in the month, 0 to 1000000, not " + item->value);
      return;
    }
    total += *rate;
    portfolio.monthly.push_back(*rate);
  }
  if (total <= 0) {
    portfolio.monthly.clear();
    context.error(node.where, "bad_value", "monthly rates are all zero (a rate of zero)");
  }
}

// `arrivals:` a list of dates, or one of {poisson: MEAN}, {every: INTERVAL},
// {empirical: [GAP, ...]}, {monthly: [12 numbers]}. True for generated arrivals.
bool read_arrivals(const YamlNode& node, model::Portfolio& portfolio, ReadContext& context) {
  if (node.is_map()) {
    context.check_keys(node, "arrivals", {"poisson", "every", "empirical", "monthly"});
    if (node.entries.size() != 1) {
      context.error(node.where, node.entries.empty() ? "missing_key" : "bad_value",
                    "arrivals take one of {poisson: MEAN-INTERVAL}, {every: INTERVAL}, "
                    "{empirical: [GAP, ...]} or {monthly: [12 rates]}");
      return true;
    }
    if (const YamlNode* gaps = node.find("empirical")) {
      read_gaps(*gaps, portfolio, context);
    } else if (const YamlNode* monthly = node.find("monthly")) {
      read_monthly(*monthly, portfolio, context);
    } else if (const YamlNode* poisson = node.find("poisson")) {
      read_spacing(*poisson, "poisson mean interval", true, portfolio, context);
    } else if (const YamlNode* every = node.find("every")) {
      read_spacing(*every, "every", false, portfolio, context);
    }
    return true;
  }
  if (context.expect_list(node, "arrivals")) {
    for (const auto& item : node.items) {
      if (auto date = context.date(*item, "arrival")) portfolio.arrivals.push_back(*date);
    }
  }
  return false;
}

}  // namespace

bool read_portfolio_arrivals(const YamlNode& node, model::Portfolio& portfolio,
                             ReadContext& context) {
  return read_arrivals(node, portfolio, context);
}

void read_portfolio_interval(const YamlNode& node, model::Portfolio& portfolio,
                             ReadContext& context) {
  read_spacing(node, "interval", false, portfolio, context);
}

}  // namespace regsim::io::detail
