// The plain-text report of `regsim simulate`: P-days and P-dates, deadlines, tasks, tornado.
#pragma once

#include <string>

#include "regsim/analysis/summary.hpp"

namespace regsim::report {

/// How the simulation text report is laid out.
struct SimulationTextOptions {
  int width = 100;        ///< no line is wider; below 72 counts as 72 (the tables need it)
  bool ascii = false;     ///< 7-bit ASCII only
  int tornado_rows = 10;  ///< tasks shown in the tornado
};

/// The summary as text: a header (pathway, scenario, runs, seed, start), milestones in
/// calendar days from the start (happened, mean, sd, P10/P50/P80/P90) and as dates,
/// a histogram of the end, deadlines with the probability of meeting them, tasks with
/// criticality and sensitivity, and the tornado.
std::string render_simulation_text(const analysis::SimulationSummary& summary,
                                   const SimulationTextOptions& options = {});

}  // namespace regsim::report
