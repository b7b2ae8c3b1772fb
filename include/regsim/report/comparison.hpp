// The comparison of scenarios as text, and the signed figures every comparison format prints.
#pragma once

#include <optional>
#include <string>

#include "regsim/analysis/comparison.hpp"
#include "regsim/report/options.hpp"

namespace regsim::report {

/// A signed change: "+3", "-28", "0".
std::string format_change(int days);

/// A signed percentage with one decimal, "-15.2%", or "-" when empty.
std::string format_percent(std::optional<double> percent);

/// The comparison as text, one section per scenario: a summary of both sides, a chart
/// with two bars per task on one time axis (baseline above, scenario below), the
/// milestone delta table (dates, calendar days, clock days, change, percent), the
/// deadline results of both, and a legend. Every line fits `options.width`. Throws
/// regsim::Error when the width is outside [min_width, max_width].
std::string render_comparison(const analysis::Comparison& comparison,
                              const TextOptions& options = {});

}  // namespace regsim::report
