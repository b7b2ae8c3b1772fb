// Goal seek answers as text, Markdown and JSON (schema "regsim.goal/1").
#pragma once

#include <string>

#include "regsim/analysis/goal_seek.hpp"

namespace regsim::report {

/// A "regsim.goal/1" document (docs/json-schema.md): {"feasible", "levers": [{"id",
/// "value", "cost"}], "targets": [{"expression", "achieved", "ci_low", "ci_high"}] (the
/// verification run), "verified"}, then the search's own figures and the run at one unit
/// less. Days rounded to three decimals and shares to six: the same answer, the same bytes.
std::string render_goal_json(const analysis::GoalResult& result, int indent = 2);

/// The answer as plain text: the lever's value and cost, each target's verified figure
/// with its interval, how the search went, and what one unit less gives.
std::string render_goal_text(const analysis::GoalResult& result);

/// The same as Markdown tables.
std::string render_goal_markdown(const analysis::GoalResult& result);

}  // namespace regsim::report
