// Resource pools, branches, deadlines and the portfolio (docs/workflow-format.md).
#include <algorithm>
#include <cmath>
#include <sstream>

#include "document.hpp"

namespace regsim::io::detail {

namespace {

// A pool's `plan:` of {from: DATE, capacity: N}, dates strictly increasing.
void read_plan(const YamlNode& node, model::ResourcePool& pool, ReadContext& context) {
  if (!context.expect_list(node, "plan")) return;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a capacity step")) continue;
    context.check_keys(*item, "a capacity step", {"from", "capacity"}, {"from", "capacity"});
    const YamlNode* from = item->find("from");
    const YamlNode* capacity = item->find("capacity");
    auto date = from ? context.date(*from, "from") : std::nullopt;
    auto value = capacity ? context.integer(*capacity, "capacity", 1, 1000000, "bad_capacity")
                          : std::nullopt;
    if (!date || !value) continue;
    if (!pool.plan.empty() && *date <= pool.plan.back().from) {
      context.error(from->where, "bad_value",
                    "capacity plan dates must increase: " + calendar::to_iso(*date) +
                        " is not after " + calendar::to_iso(pool.plan.back().from));
      continue;
    }
    pool.plan.push_back({*date, static_cast<int>(*value), from->where});
  }
}

}  // namespace

std::vector<model::ResourcePool> read_resources(const YamlNode& node, ReadContext& context,
                                                std::vector<Reference>& references) {
  std::vector<model::ResourcePool> pools;
  if (!context.expect_list(node, "resources")) return pools;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a resource pool")) continue;
    context.check_keys(*item, "a resource pool",
                       {"id", "name", "capacity", "discipline", "plan", "calendar"},
                       {"id", "capacity"});
    model::ResourcePool pool;
    pool.where = item->where;
    const YamlNode* id = item->find("id");
    auto pool_id = id ? context.id(*id, "pool id") : std::nullopt;
    if (!pool_id) continue;
    pool.id = *pool_id;
    pool.name = pool.id;
    if (const YamlNode* name = item->find("name"))
      pool.name = context.text(*name, "name").value_or(pool.id);
    if (const YamlNode* capacity = item->find("capacity")) {
      auto value = context.integer(*capacity, "capacity", 1, 1000000, "bad_capacity");
      pool.capacity = static_cast<int>(value.value_or(1));
    }
    if (const YamlNode* discipline = item->find("discipline")) {
      auto value = context.choice(*discipline, "discipline", {"fifo", "priority"});
      if (value == "priority") pool.discipline = model::QueueDiscipline::priority;
    }
    if (const YamlNode* plan = item->find("plan")) read_plan(*plan, pool, context);
    if (const YamlNode* calendar = item->find("calendar")) {
      if (auto name = context.calendar_name(*calendar)) {
        pool.calendar = *name;
        references.push_back(
            {ReferenceKind::calendar, *name, calendar->where, 0, "pool '" + pool.id + "'"});
      }
    }
    pools.push_back(std::move(pool));
  }
  return pools;
}

std::vector<model::Branch> read_branches(const YamlNode& node, ReadContext& context,
                                         std::vector<Reference>& references) {
  std::vector<model::Branch> branches;
  if (!context.expect_list(node, "branches")) return branches;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a branch")) continue;
    context.check_keys(*item, "a branch", {"id", "outcomes"}, {"id", "outcomes"});
    model::Branch branch;
    branch.where = item->where;
    const YamlNode* id = item->find("id");
    auto branch_id = id ? context.id(*id, "branch id") : std::nullopt;
    const YamlNode* outcomes = item->find("outcomes");
    if (!branch_id || !outcomes || !context.expect_list(*outcomes, "outcomes")) continue;
    branch.id = *branch_id;
    bool ok = true;
    double sum = 0;
    for (const auto& outcome_node : outcomes->items) {
      if (!context.expect_map(*outcome_node, "an outcome")) {
        ok = false;
        continue;
      }
      context.check_keys(*outcome_node, "an outcome", {"task", "probability"},
                         {"task", "probability"});
      const YamlNode* task = outcome_node->find("task");
      const YamlNode* probability = outcome_node->find("probability");
      auto task_id = task ? context.id(*task, "outcome task") : std::nullopt;
      auto p =
          probability ? context.probability(*probability, "outcome probability") : std::nullopt;
      if (!task_id || !p) {
        ok = false;
        continue;
      }
      references.push_back(
          {ReferenceKind::task, *task_id, task->where, 0, "branch '" + branch.id + "'"});
      branch.outcomes.push_back({*task_id, *p});
      sum += *p;
    }
    if (ok && branch.outcomes.empty()) {
      context.error(outcomes->where, "missing_key", "branch '" + branch.id + "' has no outcomes");
      ok = false;
    }
    if (ok && std::abs(sum - 1.0) > 1e-9) {
      context.error(outcomes->where, "bad_probability",
                    "the outcome probabilities of branch '" + branch.id + "' sum to " +
                        std::to_string(sum) + "; they must sum to 1");
      ok = false;
    }
    if (ok) branches.push_back(std::move(branch));
  }
  return branches;
}

std::vector<model::Deadline> read_deadlines(const YamlNode& node, ReadContext& context,
                                            std::vector<Reference>& references) {
  std::vector<model::Deadline> deadlines;
  if (!context.expect_list(node, "deadlines")) return deadlines;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a deadline")) continue;
    context.check_keys(
        *item, "a deadline",
        {"id", "name", "from", "from_anchor", "to", "to_anchor", "limit", "basis", "sources"},
        {"id", "from", "to", "limit"});
    model::Deadline deadline;
    deadline.where = item->where;
    bool ok = item->find("id") && item->find("from") && item->find("to") && item->find("limit");
    if (!ok) continue;
    auto id = context.id(*item->find("id"), "deadline id");
    auto from = context.id(*item->find("from"), "deadline 'from'");
    auto to = context.id(*item->find("to"), "deadline 'to'");
    auto limit = context.integer(*item->find("limit"), "limit", 0, 1000000, "bad_value");
    if (!id || !from || !to || !limit) continue;
    deadline.id = *id;
    deadline.name = deadline.id;
    deadline.from = *from;
    deadline.to = *to;
    deadline.limit = static_cast<int>(*limit);
    references.push_back({ReferenceKind::task, *from, item->find("from")->where, 0,
                          "deadline '" + deadline.id + "'"});
    references.push_back(
        {ReferenceKind::task, *to, item->find("to")->where, 0, "deadline '" + deadline.id + "'"});
    if (const YamlNode* name = item->find("name")) {
      deadline.name = context.text(*name, "name").value_or(deadline.id);
    }
    if (const YamlNode* anchor = item->find("from_anchor")) {
      auto value = context.choice(*anchor, "from_anchor", {"start", "finish"});
      if (value == "finish") deadline.from_anchor = model::Anchor::finish;
    }
    if (const YamlNode* anchor = item->find("to_anchor")) {
      auto value = context.choice(*anchor, "to_anchor", {"start", "finish"});
      if (value == "start") deadline.to_anchor = model::Anchor::start;
    }
    if (const YamlNode* basis = item->find("basis")) {
      auto value = context.choice(*basis, "basis", {"calendar-days", "working-days", "clock-days"});
      if (value == "working-days") deadline.basis = model::ClockBasis::working_days;
      if (value == "clock-days") deadline.basis = model::ClockBasis::clock_days;
    }
    if (const YamlNode* sources = item->find("sources")) {
      for (auto& [source, where] : context.id_list(*sources, "source id")) {
        references.push_back(
            {ReferenceKind::source, source, where, 0, "deadline '" + deadline.id + "'"});
        deadline.sources.push_back(std::move(source));
      }
    }
    deadlines.push_back(std::move(deadline));
  }
  return deadlines;
}

namespace {

// `classes:` a list of {id, pathway, share, priority?}; the shares sum to 1.
// `key` is the `classes` key (where a wrong sum is reported).
void read_classes(const YamlNode& key, const YamlNode& node, model::Portfolio& portfolio,
                  ReadContext& context) {
  if (!context.expect_list(node, "classes")) return;
  double total = 0;
  bool complete = true;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a class")) {
      complete = false;
      continue;
    }
    context.check_keys(*item, "a class", {"id", "pathway", "share", "priority"},
                       {"id", "pathway", "share"});
    model::PortfolioClass group;
    group.where = item->where;
    const YamlNode* id = item->find("id");
    const YamlNode* pathway = item->find("pathway");
    const YamlNode* share = item->find("share");
    auto name = id ? context.id(*id, "class id") : std::nullopt;
    auto file = pathway ? context.text(*pathway, "class pathway") : std::nullopt;
    // A plain double and a flag, not an optional: GCC 12 at -O2 warns falsely
    // (maybe-uninitialized) on the optional's value once read_classes is inlined.
    double fraction = 0;
    bool has_fraction = false;
    if (share) {
      if (const auto value = context.number(*share, "class share")) {
        if (*value > 0 && *value <= 1) {
          fraction = *value;
          has_fraction = true;
        } else {
          context.error(share->where, "bad_value",
                        "a class share is above 0 and at most 1, not " + share->value);
        }
      }
    }
    if (const YamlNode* priority = item->find("priority")) {
      group.priority = static_cast<int>(
          context.integer(*priority, "class priority", -1000000, 1000000).value_or(0));
    }
    if (!name || !file || !has_fraction) {
      complete = false;
      continue;
    }
    total += fraction;
    const bool twice = std::any_of(portfolio.classes.begin(), portfolio.classes.end(),
                                   [&](const auto& other) { return other.id == *name; });
    if (twice) {
      context.error(id->where, "duplicate_id", "class '" + *name + "' is defined twice");
      continue;
    }
    group.id = std::move(*name);
    group.pathway = std::move(*file);
    group.pathway_where = pathway->where;
    group.share = fraction;
    portfolio.classes.push_back(std::move(group));
  }
  if (complete && std::abs(total - 1.0) > 1e-9) {
    std::ostringstream sum;
    sum << total;
    context.error(key.where, "bad_value", "the class shares sum to " + sum.str() + ", not 1");
  }
  if (node.items.empty()) context.error(node.where, "bad_value", "a portfolio lists its classes");
}

}  // namespace

std::optional<model::Portfolio> read_portfolio(const YamlNode& node, ReadContext& context) {
  if (!context.expect_map(node, "portfolio")) return std::nullopt;
  context.check_keys(node, "portfolio",
                     {"count", "until", "interval", "arrivals", "priorities", "classes"});
  model::Portfolio portfolio;
  portfolio.where = node.where;
  const YamlNode* count = node.find("count");
  const YamlNode* until = node.find("until");
  const YamlNode* arrivals = node.find("arrivals");
  if (!count && !until && !arrivals) {
    context.error(node.where, "missing_key",
                  "portfolio needs 'count' or 'until' (with 'interval' or arrivals "
                  "{poisson: MEAN}), or 'arrivals' dates");
    return std::nullopt;
  }
  if (count) {
    portfolio.count = static_cast<int>(
        context.integer(*count, "portfolio count", 1, 100000, "bad_value").value_or(1));
  }
  if (until) portfolio.until = context.date(*until, "until");
  if (const YamlNode* interval = node.find("interval")) {
    read_portfolio_interval(*interval, portfolio, context);
  }
  if (arrivals && read_portfolio_arrivals(*arrivals, portfolio, context) && !count && !until) {
    context.error(arrivals->where, "missing_key",
                  "generated arrivals need 'count' or 'until' to end");
  }
  if (const YamlNode* priorities = node.find("priorities")) {
    if (context.expect_list(*priorities, "priorities")) {
      for (const auto& item : priorities->items) {
        if (auto value = context.integer(*item, "priority", -1000000, 1000000)) {
          portfolio.priorities.push_back(static_cast<int>(*value));
        }
      }
    }
  }
  if (const YamlNode* classes = node.find("classes")) {
    const auto entry = std::find_if(node.entries.begin(), node.entries.end(),
                                    [](const auto& e) { return e.first->value == "classes"; });
    read_classes(*entry->first, *classes, portfolio, context);
    if (const YamlNode* priorities = node.find("priorities")) {
      context.error(priorities->where, "bad_value",
                    "with classes, each class sets its priority (`priority:` of the class)");
    }
  }
  return portfolio;
}

}  // namespace regsim::io::detail
