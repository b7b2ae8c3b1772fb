// The tornado chart: which tasks' uncertainty moves the end date, as text.
#pragma once

#include <string>

#include "regsim/analysis/summary.hpp"

namespace regsim::report {

/// How the tornado is drawn.
struct TornadoOptions {
  int width = 100;     ///< no line is wider (at least 40)
  bool ascii = false;  ///< '#' and '|' instead of block and box-drawing characters
  int rows = 10;       ///< at most this many tasks
};

/// The tasks with a sensitivity, largest |rank correlation| first (ties in pathway
/// order), as horizontal bars around a zero axis: negative to the left, positive to the
/// right, a full half-width bar for |rho| = 1. One line per task:
/// `name  +0.81  ....|#########`. Empty string when no task has a sensitivity.
std::string render_tornado(const analysis::SimulationSummary& summary,
                           const TornadoOptions& options = {});

}  // namespace regsim::report
