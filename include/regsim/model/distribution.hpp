// Durations that may be uncertain: a unit plus a fixed value or a distribution.
#pragma once

#include <variant>
#include <vector>

#include "regsim/calendar/duration.hpp"

namespace regsim::model {

/// Always the same amount.
struct Fixed {
  double value = 0;
  friend bool operator==(const Fixed&, const Fixed&) = default;
};
/// Uniform on [min, max].
struct Uniform {
  double min = 0, max = 0;
  friend bool operator==(const Uniform&, const Uniform&) = default;
};
/// Triangular with the most likely value `mode`.
struct Triangular {
  double min = 0, mode = 0, max = 0;
  friend bool operator==(const Triangular&, const Triangular&) = default;
};
/// PERT (a scaled beta) with shape `lambda` (4 is the classic PERT).
struct Pert {
  double min = 0, mode = 0, max = 0, lambda = 4;
  friend bool operator==(const Pert&, const Pert&) = default;
};
/// Lognormal, stored as the mean `mu` and standard deviation `sigma` of ln(value).
/// Files give it as {median, p90} or {mean, sd}; io converts (see lognormal_from_*).
struct LogNormal {
  double mu = 0, sigma = 0;
  friend bool operator==(const LogNormal&, const LogNormal&) = default;
};
/// Observed values, optionally weighted (equal weights when `weights` is empty).
struct Empirical {
  std::vector<double> values;
  std::vector<double> weights;
  friend bool operator==(const Empirical&, const Empirical&) = default;
};

/// Exponential with the given `mean` (the service time of M/M/c queueing models).
struct Exponential {
  double mean = 0;
  friend bool operator==(const Exponential&, const Exponential&) = default;
};

/// Any of the supported shapes.
using Distribution =
    std::variant<Fixed, Uniform, Triangular, Pert, LogNormal, Empirical, Exponential>;

/// A task's duration: what it counts (calendar days, working days, weeks, months) and
/// how many. Sampled amounts are rounded to the nearest whole unit, never below 0.
struct DurationSpec {
  calendar::DurationUnit unit = calendar::DurationUnit::calendar_days;
  Distribution distribution = Fixed{0};

  friend bool operator==(const DurationSpec&, const DurationSpec&) = default;
};

/// The value deterministic schedules use (docs/workflow-format.md, "Point estimates"):
/// fixed value; uniform midpoint; triangular and PERT mode; lognormal median;
/// empirical weighted median (lower median on a tie); exponential mean (its mode, 0, says
/// nothing, and the mean keeps a deterministic portfolio at the stochastic one's load).
double point_estimate(const Distribution& distribution);

/// The mean of the distribution (analytic; used by tests and reports).
double mean(const Distribution& distribution);

/// LogNormal with the given median and 90th percentile (p90 > median > 0).
LogNormal lognormal_from_median_p90(double median, double p90);
/// LogNormal with the given mean and standard deviation (mean > 0, sd > 0).
LogNormal lognormal_from_mean_sd(double mean, double sd);

/// The deterministic duration of a spec: point estimate rounded to whole units.
calendar::Duration deterministic_duration(const DurationSpec& spec);

}  // namespace regsim::model
