// Sample statistics of Monte Carlo results: percentiles, moments, rank correlation.
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace regsim::analysis {

/// The nearest-rank percentile of ascending `sorted` values: x_(k) with
/// k = ceil(p / 100 * n), at least 1 (so P0 is the minimum and P100 the maximum). It is
/// the smallest sampled value such that at least p% of the samples are at or below it,
/// always one of the samples (a whole number of days, hence a real date). Throws
/// std::invalid_argument when `sorted` is empty or p is outside [0, 100].
double percentile(std::span<const double> sorted, double p);

/// The same for whole numbers (days).
int percentile(std::span<const int> sorted, double p);

/// The arithmetic mean; 0 for no values.
double mean(std::span<const double> values);

/// The sample standard deviation (divisor n - 1); 0 for fewer than two values.
double standard_deviation(std::span<const double> values);

/// Ranks 1..n in the order of `values`; tied values all get the average of the ranks
/// they span (e.g. 5, 7, 7, 9 rank as 1, 2.5, 2.5, 4).
std::vector<double> average_ranks(std::span<const double> values);

/// The same for whole numbers; faster when there are few distinct values (days).
std::vector<double> average_ranks(std::span<const int> values);

/// Pearson's correlation coefficient; std::nullopt when the sizes differ, there are
/// fewer than two pairs, or either side is constant (the coefficient is undefined).
std::optional<double> pearson(std::span<const double> x, std::span<const double> y);

/// Spearman's rank correlation: Pearson's coefficient of the average ranks (so ties are
/// handled exactly, not by the 1 - 6 sum d^2 / (n(n^2-1)) shortcut that assumes none).
/// std::nullopt in the same cases as pearson().
std::optional<double> spearman(std::span<const double> x, std::span<const double> y);

}  // namespace regsim::analysis
