// Cluster bootstrap over worker processes (fixed seed, std::mt19937_64): percentile intervals
// for one benchmark's ratio and for the suite's geometric mean, as a cross-check of the t ones.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "compare/stats/sample.hpp"
#include "compare/stats/t_tests.hpp"

namespace gilbench::compare::stats {

struct BootstrapOptions {
  std::size_t resamples = 2000;             // >= 2000 for a 95% interval (specs/statistics.md §4)
  std::uint64_t seed = 0x9e3779b97f4a7c15;  // fixed: the same inputs give the same interval
  double confidence = 0.95;
  bool pair = true;  // resample pairs when the sides can be paired
};

// Percentile interval of the ratio changed/reference (ratio of geometric means of the process
// statistics, as compare_samples). Processes are resampled with replacement within each side
// (the cluster bootstrap: a process is the unit), or whole pairs when options.pair is set and
// the sides pair by session position. Needs 2 processes per side; else std::invalid_argument.
Interval bootstrap_ratio_interval(const Sample& reference, const Sample& changed,
                                  const BootstrapOptions& options = {});

// Percentile interval of the geometric mean of the ratios over benchmarks: every replicate
// resamples the processes of every benchmark independently and recomputes the geometric mean.
struct BenchmarkSamples {
  const Sample* reference;
  const Sample* changed;
};
Interval bootstrap_geometric_mean_interval(std::span<const BenchmarkSamples> benchmarks,
                                           const BootstrapOptions& options = {});

}  // namespace gilbench::compare::stats
