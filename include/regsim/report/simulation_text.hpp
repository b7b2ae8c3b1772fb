// The plain-text report of `regsim simulate`: P-days and P-dates, deadlines, tasks, tornado.
#pragma once

#include <string>

#include "regsim/analysis/summary.hpp"

namespace regsim::report {

/// The narrowest simulation report: its tables need 60 columns.
inline constexpr int simulation_min_width = 60;

/// How the simulation text report is laid out.
struct SimulationTextOptions {
  int width = 100;        ///< no line is wider; below simulation_min_width counts as that
                          ///< (below 67 the day table leaves out mean and sd, below 64 the date
                          ///< table P10)
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
