// Stability checks on one benchmark's values in the manner of `pyperf check`; returns
// structured warnings, and the report turns them into text with advice.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace gilbench::compare::stats {

enum class StabilityIssue {
  high_stdev,         // stdev of all values >= 10% of their mean (pyperf check)
  min_far_from_mean,  // smallest value >= 50% below the mean (pyperf check)
  max_far_from_mean,  // largest value >= 50% above the mean (pyperf check)
  short_raw_value,    // shortest raw timer reading (value × loops) under 1 ms (pyperf check)
  few_processes,      // fewer than 10 worker processes: the process-level test is weak
};

struct StabilityWarning {
  StabilityIssue issue;
  double measured;   // stdev, min, max, shortest raw value (s) or the process count
  double reference;  // the mean the measurement is compared with (NaN where not applicable)
  double threshold;  // the limit crossed: 0.10, 0.5 (relative), 0.001 s, 10 processes
};

struct StabilityThresholds {
  double max_relative_stdev = 0.10;   // pyperf: "the standard deviation (X) is Y% of the mean"
  double max_relative_spread = 0.50;  // pyperf: min / max "is Y% smaller/greater than the mean"
  double min_raw_seconds = 0.001;     // pyperf: "the shortest raw value is only X"
  std::size_t min_processes = 10;     // ours: the unit of replication is the process
};

// Checks one benchmark's values, grouped by worker process. raw_values are the raw timer
// readings (value × loops × inner_loops) and are only checked when time_unit is true and they
// are given. Warnings come in the order of StabilityIssue; none for an empty benchmark.
std::vector<StabilityWarning> check_stability(
    const std::vector<std::vector<double>>& process_values, std::span<const double> raw_values,
    bool time_unit = true, const StabilityThresholds& thresholds = {});

// Stable identifiers for JSON: "high_stdev", "short_raw_value", ...
std::string_view to_string(StabilityIssue issue);

}  // namespace gilbench::compare::stats
