// Goal seek answers: the lever's least value, the verified figures and the unit less.
#include "regsim/report/goal_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

#include "json_writer.hpp"
#include "regsim/schemas.hpp"
#include "regsim/version.hpp"

namespace regsim::report {
namespace {

using analysis::GoalResult;
using analysis::TargetMeasure;

// "112 d" or "91.2%"; "not reached" for a milestone that did not happen.
std::string figure(const TargetMeasure& measure, double value) {
  if (measure.share) return fmt::format("{:.1f}%", value * 100);
  if (value < 0) return "not reached";
  return fmt::format("{:g} d", value);
}

// The 95% interval in whole days or tenths of a percent ("-" for a schedule, which has
// none); the JSON document keeps three decimals.
std::string interval(const TargetMeasure& measure) {
  if (measure.ci_low == measure.ci_high) return "-";
  if (measure.share)
    return fmt::format("{:.1f}% .. {:.1f}%", measure.ci_low * 100, measure.ci_high * 100);
  return fmt::format("{:.0f} .. {:.0f} d", measure.ci_low, measure.ci_high);
}

std::string headline(const GoalResult& result) {
  std::string how = "the deterministic schedule";
  if (result.portfolio) {
    how = fmt::format("portfolio, {} runs per evaluation, seed {}", result.runs, result.seed);
  } else if (result.stochastic) {
    how = fmt::format("{} runs per evaluation, seed {}", result.runs, result.seed);
  }
  std::string text = fmt::format("Goal seek on {} ({})\n", result.pathway_id, how);
  if (result.levers.size() == 1) {
    const auto& lever = result.levers.front();
    if (result.feasible) {
      text += fmt::format("answer: {} = {} (range {}..{}), cost {:g}\n", lever.id, lever.value,
                          lever.min, lever.max, lever.cost);
    } else {
      text += fmt::format(
          "infeasible: even at {} = {} (the top of its range {}..{}) a target is "
          "missed\n",
          lever.id, lever.value, lever.min, lever.max);
    }
    return text;
  }
  double cost = 0;
  for (const auto& lever : result.levers)
    cost += lever.cost;
  text += result.feasible
              ? fmt::format("answer: cost {:g} over {} levers\n", cost, result.levers.size())
              : "infeasible: even with every lever at the fast end of its range a target is "
                "missed\n";
  for (const auto& lever : result.levers) {
    text += fmt::format("  {} = {} (range {}..{}), cost {:g}{}\n", lever.id, lever.value, lever.min,
                        lever.max, lever.cost, lever.at_bound ? ", at its bound" : "");
  }
  return text;
}

// How far a missed target remains: "38 d over" or "12.0 points short".
std::string shortfall(const TargetMeasure& measure) {
  if (measure.share)
    return fmt::format("{:.1f} points short", (measure.bound - measure.achieved) * 100);
  if (measure.achieved < 0) return "never reached";
  return fmt::format("{:g} d over", measure.achieved - measure.bound);
}

// How the answer was checked: a run with a fresh seed, or the schedule computed again.
std::string verification(const GoalResult& result) {
  if (!result.stochastic) return "verified by scheduling again";
  return fmt::format("verified with seed {}", result.verification_seed);
}

// How the answer was found (docs/goals.md, "How the answer is found").
std::string method(const GoalResult& result) {
  const std::string evaluations =
      fmt::format("{} evaluation{}", result.evaluations, result.evaluations == 1 ? "" : "s");
  if (result.method == "bisection")
    return fmt::format("{} by bisection on {}", evaluations, result.levers.front().id);
  if (result.method == "glpk")
    return fmt::format("time-cost MIP solved by GLPK ({} round{}), {} by the engine",
                       result.solver_rounds, result.solver_rounds == 1 ? "" : "s", evaluations);
  return fmt::format("{} by coordinate descent{}{}", evaluations,
                     result.method == "combinations"
                         ? " from each combination of the levers with at most 8 values"
                         : "",
                     result.stochastic ? " on one sample (common random numbers)" : "");
}

// "misses a; b" for the measures that missed, or the note that none did.
std::string misses(const std::vector<TargetMeasure>& measures) {
  std::string missed;
  for (const auto& measure : measures) {
    if (measure.met) continue;
    missed += fmt::format("{}{} ({})", missed.empty() ? "" : "; ", measure.expression,
                          figure(measure, measure.achieved));
  }
  return missed.empty()
             ? "every target is still met (the search's seed said otherwise: raise --runs)"
             : "misses " + missed;
}

void write_measures(detail::JsonWriter& json, const std::vector<TargetMeasure>& measures) {
  json.begin_array();
  for (const auto& measure : measures) {
    const auto number = [&](double value) {
      return measure.share ? detail::json_fraction(value) : detail::json_days(value);
    };
    json.begin_object();
    json.field("expression", measure.expression);
    json.field("bound", number(measure.bound));
    json.field("achieved", number(measure.achieved));
    json.field("ci_low", number(measure.ci_low));
    json.field("ci_high", number(measure.ci_high));
    json.field("met", measure.met);
    const double short_by = measure.met ? 0
                                        : (measure.share ? measure.bound - measure.achieved
                                                         : measure.achieved - measure.bound);
    json.field("shortfall", number(measure.achieved < 0 && !measure.share ? -1 : short_by));
    json.end_object();
  }
  json.end_array();
}

}  // namespace

std::string render_goal_json(const GoalResult& result, int indent) {
  detail::JsonWriter json(indent);
  json.begin_object();
  json.field("schema", goal_schema);
  json.field("regsim", version_string);
  json.field("pathway", result.pathway_id);
  json.field("feasible", result.feasible);
  json.key("levers");
  json.begin_array();
  for (const auto& lever : result.levers) {
    json.begin_object();
    json.field("id", lever.id);
    json.field("value", lever.value);
    json.field("cost", lever.cost);
    json.field("min", lever.min);
    json.field("max", lever.max);
    json.field("at_bound", lever.at_bound);
    json.end_object();
  }
  json.end_array();
  json.key("targets");
  write_measures(json, result.verification);
  json.field("verified", result.verified);
  json.field("portfolio", result.portfolio);
  json.field("stochastic", result.stochastic);
  json.field("runs", result.runs);
  json.field("seed", result.seed);
  json.field("verification_seed", result.verification_seed);
  json.field("evaluations", result.evaluations);
  json.field("method", result.method);
  json.field("solver_rounds", result.solver_rounds);
  json.key("search");
  write_measures(json, result.search);
  json.key("one_less");
  if (result.one_less) {
    write_measures(json, *result.one_less);
  } else {
    json.null();
  }
  json.key("step_back");
  json.begin_array();
  for (const auto& back : result.step_back) {
    json.begin_object();
    json.field("id", back.id);
    json.field("value", back.value);
    json.key("targets");
    write_measures(json, back.measures);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.take(true);
}

std::string render_goal_text(const GoalResult& result) {
  std::string text = headline(result);
  std::vector<std::array<std::string, 5>> rows{
      {"target", "search", "verified", "95% CI (verified)", ""}};
  for (std::size_t t = 0; t < result.verification.size(); ++t) {
    const auto& verified = result.verification[t];
    rows.push_back({verified.expression, figure(result.search[t], result.search[t].achieved),
                    figure(verified, verified.achieved), interval(verified),
                    verified.met ? "met" : "MISSED"});
  }
  std::array<std::size_t, 5> widths{};
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c)
      widths[c] = std::max(widths[c], row[c].size());
  }
  for (const auto& row : rows) {
    std::string line = fmt::format("{:<{}}  {:>{}}  {:>{}}  {:<{}}  {}", row[0], widths[0], row[1],
                                   widths[1], row[2], widths[2], row[3], widths[3], row[4]);
    line.erase(line.find_last_not_of(' ') + 1);
    text += line + '\n';
  }
  const std::string at =
      result.levers.size() == 1
          ? fmt::format("{} = {}", result.levers.front().id, result.levers.front().value)
          : "the answer";
  if (!result.feasible) {
    for (const auto& measure : result.search) {
      if (measure.met) continue;
      text += fmt::format("remains: {} is {}, {}\n", measure.expression,
                          figure(measure, measure.achieved), shortfall(measure));
    }
    if (result.verified) {
      text += fmt::format(
          "note: the verification run (seed {}) meets every target at {}: the answer lies "
          "within the noise of {} runs; raise --runs\n",
          result.verification_seed, at, result.runs);
    }
  }
  if (result.feasible && !result.verified) {
    text += fmt::format(
        "note: the verification run (seed {}) misses a target at {}: the answer lies within "
        "the noise of {} runs; raise --runs\n",
        result.verification_seed, at, result.runs);
  }
  const std::string seed =
      result.stochastic ? fmt::format(", seed {}", result.verification_seed) : "";
  for (const auto& back : result.step_back) {
    text += fmt::format("{} ({} = {}{}): {}\n",
                        result.levers.size() == 1 ? "one less" : "one step back", back.id,
                        back.value, seed, misses(back.measures));
  }
  text += fmt::format("{}; {}: {}\n", method(result), verification(result),
                      result.verified ? "yes" : "NO");
  return text;
}

std::string render_goal_markdown(const GoalResult& result) {
  std::string text = "## " + headline(result);
  // The headline's second line reads as a paragraph of its own in Markdown.
  if (const auto newline = text.find('\n'); newline != std::string::npos)
    text.insert(newline + 1, "\n");
  text += "\n| target | search | verified | 95% CI | |\n|---|---:|---:|---|---|\n";
  for (std::size_t t = 0; t < result.verification.size(); ++t) {
    const auto& verified = result.verification[t];
    text += fmt::format("| {} | {} | {} | {} | {} |\n", verified.expression,
                        figure(result.search[t], result.search[t].achieved),
                        figure(verified, verified.achieved), interval(verified),
                        verified.met ? "met" : "**missed**");
  }
  text += fmt::format("\n{}; {}: {}.\n", method(result), verification(result),
                      result.verified ? "yes" : "**no**");
  return text;
}

}  // namespace regsim::report
