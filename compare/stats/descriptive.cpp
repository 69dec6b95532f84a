// Descriptive statistics: compensated sums, variance around the compensated mean, medians.
#include "compare/stats/descriptive.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace gilbench::compare::stats {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
}  // namespace

double compensated_sum(std::span<const double> values) {
  // Neumaier's variant of Kahan summation: also correct when a term exceeds the running sum.
  double sum = 0.0;
  double compensation = 0.0;
  for (double v : values) {
    const double t = sum + v;
    if (std::fabs(sum) >= std::fabs(v)) {
      compensation += (sum - t) + v;
    } else {
      compensation += (v - t) + sum;
    }
    sum = t;
  }
  return sum + compensation;
}

double mean(std::span<const double> values) {
  if (values.empty()) return nan;
  return compensated_sum(values) / static_cast<double>(values.size());
}

double sample_variance(std::span<const double> values) {
  if (values.size() < 2) return nan;
  const double m = mean(values);
  std::vector<double> squares;
  squares.reserve(values.size());
  for (double v : values) squares.push_back((v - m) * (v - m));
  return compensated_sum(squares) / static_cast<double>(values.size() - 1);
}

double sample_stdev(std::span<const double> values) {
  return std::sqrt(sample_variance(values));
}

double median(std::span<const double> values) {
  if (values.empty()) return nan;
  std::vector<double> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  const std::size_t n = sorted.size();
  if (n % 2 == 1) return sorted[n / 2];
  return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

std::vector<double> log_values(std::span<const double> values) {
  std::vector<double> logs;
  logs.reserve(values.size());
  for (double v : values) {
    if (!std::isfinite(v) || v <= 0.0) {
      throw std::invalid_argument("statistics need finite values > 0");
    }
    logs.push_back(std::log(v));
  }
  return logs;
}

double process_statistic(std::span<const double> process_values, Statistic statistic) {
  if (process_values.empty()) throw std::invalid_argument("a process without values");
  switch (statistic) {
    case Statistic::mean:
      return mean(process_values);
    case Statistic::median:
      return median(process_values);
  }
  throw std::invalid_argument("unknown statistic");
}

std::vector<double> process_statistics(const std::vector<std::vector<double>>& processes,
                                       Statistic statistic) {
  std::vector<double> result;
  result.reserve(processes.size());
  for (const auto& p : processes) result.push_back(process_statistic(p, statistic));
  return result;
}

}  // namespace gilbench::compare::stats
