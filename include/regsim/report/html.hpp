// A picture of the schedule: an SVG Gantt, and a self-contained HTML report around it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/scheduled_scenario.hpp"

namespace regsim::report {

/// Monte Carlo results of one scenario, as the HTML report draws them. Filled by the
/// caller from the analysis module's results (so report/ needs no analysis types here).
struct DistributionView {
  std::string scenario_id;
  std::string milestone;  ///< the milestone the distribution is of
  int runs = 0;
  /// Histogram bins: (lower edge in calendar days from the start, share of runs 0..1).
  std::vector<std::pair<double, double>> histogram;
  double bin_width = 1;
  /// S-curve: (calendar days from the start, cumulative probability 0..1), ascending.
  std::vector<std::pair<double, double>> s_curve;
  /// The start date the days count from (labels give dates too); not_a_date_time: none.
  calendar::Date start;
  /// Named percentiles, e.g. {"P50", 301}, {"P80", 344}, in calendar days.
  std::vector<std::pair<std::string, double>> percentiles;
  /// Tornado: (task name, Spearman rank correlation with the milestone), largest |r| first.
  std::vector<std::pair<std::string, double>> sensitivity;
  /// A deadline that can be drawn on this axis: it counts calendar days from the start of
  /// the pathway to the end (report::distribution_view says which qualify).
  struct Deadline {
    std::string label;  ///< the deadline's id (short enough for a label)
    double days = 0;    ///< its limit, in calendar days from the start
    double met = 0;     ///< the share of runs that met it
  };
  std::vector<Deadline> deadlines;
};

/// Options of the pictures.
struct PictureOptions {
  int width = 1200;   ///< SVG width in pixels
  std::string title;  ///< empty: the first pathway's title
};

/// An SVG Gantt of one scenario: one bar per task, critical tasks outlined, clock-stop
/// spans hatched, sitting and resource waits drawn as lighter lead-ins, milestones as
/// diamonds, deadlines as dashed vertical lines, and a legend. A standalone SVG document.
std::string render_svg_gantt(const analysis::ScheduledScenario& scenario,
                             const PictureOptions& options = {});

/// The same for a comparison on one time axis: for each task one bar per side, the
/// baseline's first.
std::string render_svg_gantt(const analysis::Comparison& comparison,
                             const PictureOptions& options = {});

/// One self-contained HTML page (inline CSS and SVG, no scripts, no network) of one
/// scenario: a summary, the Gantt, the milestones, the deadlines, and for each
/// DistributionView a histogram, an S-curve and a tornado.
std::string render_html_report(const analysis::ScheduledScenario& scenario,
                               const std::vector<DistributionView>& distributions = {},
                               const PictureOptions& options = {});

/// The same page for a comparison: every side in the summary, the Gantt, the milestone
/// and deadline tables, with each scenario's change against the baseline.
std::string render_html_report(const analysis::Comparison& comparison,
                               const std::vector<DistributionView>& distributions = {},
                               const PictureOptions& options = {});

}  // namespace regsim::report
