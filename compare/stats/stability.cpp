// pyperf-check-like warnings: relative stdev, spread of min/max, short raw values, few processes.
#include "compare/stats/stability.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "compare/stats/descriptive.hpp"

namespace gilbench::compare::stats {

std::vector<StabilityWarning> check_stability(
    const std::vector<std::vector<double>>& process_values, std::span<const double> raw_values,
    bool time_unit, const StabilityThresholds& thresholds) {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> all;
  for (const auto& process : process_values) all.insert(all.end(), process.begin(), process.end());
  std::vector<StabilityWarning> warnings;
  if (all.empty()) return warnings;

  const double m = mean(all);
  if (all.size() >= 2) {
    const double sd = sample_stdev(all);
    if (m > 0.0 && sd >= thresholds.max_relative_stdev * m) {
      warnings.push_back({StabilityIssue::high_stdev, sd, m, thresholds.max_relative_stdev});
    }
  }
  const auto [lowest, highest] = std::minmax_element(all.begin(), all.end());
  if (m > 0.0 && *lowest <= m * (1.0 - thresholds.max_relative_spread)) {
    warnings.push_back(
        {StabilityIssue::min_far_from_mean, *lowest, m, thresholds.max_relative_spread});
  }
  if (m > 0.0 && *highest >= m * (1.0 + thresholds.max_relative_spread)) {
    warnings.push_back(
        {StabilityIssue::max_far_from_mean, *highest, m, thresholds.max_relative_spread});
  }
  if (time_unit && !raw_values.empty()) {
    const double shortest = *std::min_element(raw_values.begin(), raw_values.end());
    if (shortest < thresholds.min_raw_seconds) {
      warnings.push_back(
          {StabilityIssue::short_raw_value, shortest, nan, thresholds.min_raw_seconds});
    }
  }
  if (process_values.size() < thresholds.min_processes) {
    warnings.push_back({StabilityIssue::few_processes, static_cast<double>(process_values.size()),
                        nan, static_cast<double>(thresholds.min_processes)});
  }
  return warnings;
}

std::string_view to_string(StabilityIssue issue) {
  switch (issue) {
    case StabilityIssue::high_stdev:
      return "high_stdev";
    case StabilityIssue::min_far_from_mean:
      return "min_far_from_mean";
    case StabilityIssue::max_far_from_mean:
      return "max_far_from_mean";
    case StabilityIssue::short_raw_value:
      return "short_raw_value";
    case StabilityIssue::few_processes:
      return "few_processes";
  }
  return "?";
}

}  // namespace gilbench::compare::stats
