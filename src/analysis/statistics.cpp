#include "regsim/analysis/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace regsim::analysis {
namespace {

std::size_t nearest_rank(std::size_t n, double p) {
  if (n == 0) throw std::invalid_argument("percentile of no values");
  if (!(p >= 0 && p <= 100)) throw std::invalid_argument("percentile outside [0, 100]");
  // p * n / 100 rather than p / 100 * n: p * n is exact, and a correctly rounded division
  // of exact values is exact whenever the true rank is a whole number, whereas
  // 0.8 * 1000 style products can land just above it and add one to the rank.
  const double position = p * static_cast<double>(n) / 100.0;
  const auto rank = static_cast<std::size_t>(std::ceil(position));
  return std::clamp<std::size_t>(rank, 1, n);
}

}  // namespace

double percentile(std::span<const double> sorted, double p) {
  return sorted[nearest_rank(sorted.size(), p) - 1];
}

int percentile(std::span<const int> sorted, double p) {
  return sorted[nearest_rank(sorted.size(), p) - 1];
}

double mean(std::span<const double> values) {
  if (values.empty()) return 0;
  return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

double standard_deviation(std::span<const double> values) {
  if (values.size() < 2) return 0;
  const double m = mean(values);
  double squares = 0;
  for (double v : values)
    squares += (v - m) * (v - m);
  return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

std::vector<double> average_ranks(std::span<const double> values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&values](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  std::size_t i = 0;
  while (i < order.size()) {
    std::size_t j = i + 1;
    while (j < order.size() && values[order[j]] == values[order[i]])
      ++j;
    // Positions i..j-1 hold ranks i+1..j; their average is (i + 1 + j) / 2.
    const double rank = static_cast<double>(i + 1 + j) / 2.0;
    for (std::size_t k = i; k < j; ++k)
      ranks[order[k]] = rank;
    i = j;
  }
  return ranks;
}

std::vector<double> average_ranks(std::span<const int> values) {
  // Sorting the values themselves (not indices) and looking each one up among the
  // distinct values keeps memory access sequential; days have few distinct values.
  std::vector<int> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<int> distinct;
  std::vector<double> rank_of;
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i + 1;
    while (j < sorted.size() && sorted[j] == sorted[i])
      ++j;
    distinct.push_back(sorted[i]);
    rank_of.push_back(static_cast<double>(i + 1 + j) / 2.0);
    i = j;
  }
  std::vector<double> ranks(values.size());
  for (std::size_t k = 0; k < values.size(); ++k) {
    const auto at = std::lower_bound(distinct.begin(), distinct.end(), values[k]);
    ranks[k] = rank_of[static_cast<std::size_t>(at - distinct.begin())];
  }
  return ranks;
}

std::optional<double> pearson(std::span<const double> x, std::span<const double> y) {
  if (x.size() != y.size() || x.size() < 2) return std::nullopt;
  const double mx = mean(x);
  const double my = mean(y);
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  if (!(sxx > 0) || !(syy > 0)) return std::nullopt;
  return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

std::optional<double> spearman(std::span<const double> x, std::span<const double> y) {
  if (x.size() != y.size() || x.size() < 2) return std::nullopt;
  const auto rx = average_ranks(x);
  const auto ry = average_ranks(y);
  return pearson(rx, ry);
}

}  // namespace regsim::analysis
