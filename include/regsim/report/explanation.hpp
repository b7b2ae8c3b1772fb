// `regsim explain`: the waterfall of a scenario's change, lever by lever, in each format.
#pragma once

#include <string>

#include "regsim/analysis/explanation.hpp"
#include "regsim/report/options.hpp"

namespace regsim::report {

/// A "regsim.explain/1" document (docs/json-schema.md): {"schema", "regsim", "pathway",
/// "scenario", "baseline_days", "scenario_days", "total_days", "levers": [{"id", "title",
/// "scenario", "sources", "estimate", "days", "shapley_days"}]} for the deterministic
/// schedule, then with runs "runs", "seed" and "percentiles": [{"measure" ("P50", "P80"),
/// "baseline_days", "scenario_days", "total_days", "levers": [{"id", "days",
/// "shapley_days"}]}]. Days rounded to three decimals.
std::string render_explanation_json(const analysis::Explanation& explanation, int indent = 2);

/// Plain text: per measure a table lever, in order, Shapley, and a bar of the Shapley
/// days; then each lever's sources and estimate. Fits `options.width`; ASCII on request.
std::string render_explanation_text(const analysis::Explanation& explanation,
                                    const TextOptions& options = {});

/// The same as Markdown tables.
std::string render_explanation_markdown(const analysis::Explanation& explanation);

/// A self-contained HTML page: per measure an SVG waterfall (Shapley, from the baseline
/// to the scenario) and the table.
std::string render_explanation_html(const analysis::Explanation& explanation);

}  // namespace regsim::report
