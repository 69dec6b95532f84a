// Descriptive statistics on plain numbers: compensated mean, sample variance, median, logs,
// and the reduction of one worker process's values to the statistic the comparison tests.
#pragma once

#include <span>
#include <vector>

namespace gilbench::compare::stats {

// The per-process statistic; the test is always run on the statistic that is displayed.
enum class Statistic {
  mean,    // arithmetic mean of the process's values (pyperf's default display)
  median,  // median of the process's values (robust to a rare interrupt)
};

// Sum with Neumaier's compensation, so long sums of similar values lose no precision.
double compensated_sum(std::span<const double> values);

// Arithmetic mean (compensated). NaN for an empty input.
double mean(std::span<const double> values);

// Unbiased sample variance (divisor n − 1) around the compensated mean. NaN when n < 2.
double sample_variance(std::span<const double> values);

// Square root of sample_variance. NaN when n < 2.
double sample_stdev(std::span<const double> values);

// Median (mean of the two middle values for even n). NaN for an empty input.
double median(std::span<const double> values);

// Natural logarithm of every value. Throws std::invalid_argument unless every value is
// finite and > 0 (timings and counts always are; the loader rejects anything else).
std::vector<double> log_values(std::span<const double> values);

// One worker process's values reduced to its statistic. Throws std::invalid_argument for
// an empty process.
double process_statistic(std::span<const double> process_values, Statistic statistic);

// Every process reduced to its statistic, in the order given.
std::vector<double> process_statistics(const std::vector<std::vector<double>>& processes,
                                       Statistic statistic);

}  // namespace gilbench::compare::stats
