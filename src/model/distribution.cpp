#include "regsim/model/distribution.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "regsim/error.hpp"

namespace regsim::model {
namespace {

// The 0.9 quantile of the standard normal distribution, Phi^-1(0.9).
constexpr double z_090 = 1.2815515655446004;

// Weights of an empirical distribution, equal when none are given.
std::vector<double> weights_of(const Empirical& empirical) {
  if (!empirical.weights.empty()) return empirical.weights;
  return std::vector<double>(empirical.values.size(), 1.0);
}

double weighted_median(const Empirical& empirical) {
  if (empirical.values.empty()) throw Error("an empirical distribution needs at least one value");
  const std::vector<double> weights = weights_of(empirical);
  if (weights.size() != empirical.values.size()) {
    throw Error("an empirical distribution needs one weight per value");
  }
  std::vector<std::size_t> order(empirical.values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return empirical.values[a] < empirical.values[b];
  });
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  // The smallest value whose cumulative weight reaches half the total: with equal weights
  // and an even count this is the lower of the two middle values. The tolerance keeps
  // weights such as 0.1 + 0.2 + ... from missing the exact half by one ulp.
  const double half = total / 2 * (1 - 1e-12);
  double cumulative = 0;
  for (const std::size_t index : order) {
    cumulative += weights[index];
    if (cumulative >= half) return empirical.values[index];
  }
  return empirical.values[order.back()];
}

double weighted_mean(const Empirical& empirical) {
  if (empirical.values.empty()) throw Error("an empirical distribution needs at least one value");
  const std::vector<double> weights = weights_of(empirical);
  if (weights.size() != empirical.values.size()) {
    throw Error("an empirical distribution needs one weight per value");
  }
  double sum = 0;
  double total = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    sum += weights[i] * empirical.values[i];
    total += weights[i];
  }
  return sum / total;
}

struct PointEstimate {
  double operator()(const Fixed& d) const { return d.value; }
  double operator()(const Uniform& d) const { return (d.min + d.max) / 2; }
  double operator()(const Triangular& d) const { return d.mode; }
  double operator()(const Pert& d) const { return d.mode; }
  double operator()(const LogNormal& d) const { return std::exp(d.mu); }
  double operator()(const Empirical& d) const { return weighted_median(d); }
  double operator()(const Exponential& d) const { return d.mean; }
};

struct Mean {
  double operator()(const Fixed& d) const { return d.value; }
  double operator()(const Uniform& d) const { return (d.min + d.max) / 2; }
  double operator()(const Triangular& d) const { return (d.min + d.mode + d.max) / 3; }
  double operator()(const Pert& d) const {
    return (d.min + d.lambda * d.mode + d.max) / (d.lambda + 2);
  }
  double operator()(const LogNormal& d) const { return std::exp(d.mu + d.sigma * d.sigma / 2); }
  double operator()(const Empirical& d) const { return weighted_mean(d); }
  double operator()(const Exponential& d) const { return d.mean; }
};

}  // namespace

double point_estimate(const Distribution& distribution) {
  return std::visit(PointEstimate{}, distribution);
}

double mean(const Distribution& distribution) {
  return std::visit(Mean{}, distribution);
}

LogNormal lognormal_from_median_p90(double median, double p90) {
  if (!(median > 0) || !(p90 > median) || !std::isfinite(p90)) {
    throw Error("a lognormal needs p90 > median > 0 (got median " + std::to_string(median) +
                ", p90 " + std::to_string(p90) + ")");
  }
  // median = exp(mu); p90 = exp(mu + z_0.9 sigma).
  const double mu = std::log(median);
  return LogNormal{mu, (std::log(p90) - mu) / z_090};
}

LogNormal lognormal_from_mean_sd(double mean_value, double sd) {
  if (!(mean_value > 0) || !(sd > 0) || !std::isfinite(mean_value) || !std::isfinite(sd)) {
    throw Error("a lognormal needs mean > 0 and sd > 0 (got mean " + std::to_string(mean_value) +
                ", sd " + std::to_string(sd) + ")");
  }
  // mean = exp(mu + sigma^2 / 2); var = (exp(sigma^2) - 1) mean^2.
  const double sigma2 = std::log1p((sd / mean_value) * (sd / mean_value));
  return LogNormal{std::log(mean_value) - sigma2 / 2, std::sqrt(sigma2)};
}

calendar::Duration deterministic_duration(const DurationSpec& spec) {
  const double value = point_estimate(spec.distribution);
  if (!std::isfinite(value)) throw Error("a duration's point estimate is not a finite number");
  // Same rounding as sampled amounts: nearest whole unit (halves away from zero), never
  // below 0, and never beyond what a duration may hold.
  const double rounded = std::clamp(std::round(value), 0.0, 100000.0);
  return calendar::Duration{static_cast<int>(rounded), spec.unit};
}

}  // namespace regsim::model
