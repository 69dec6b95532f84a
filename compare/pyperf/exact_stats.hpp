// Exactly rounded statistics, as CPython's `statistics` and `math.fsum` compute them:
// the mean and standard deviation are exact rationals rounded ONCE to the nearest double
// (pyperf-spec §3). Used by `--stats pyperf`, where a last-bit difference flips verdicts.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace gilbench::compare::pyperf {

// statistics.mean(): the exact mean rounded to nearest-even. Requires values.size() >= 1.
double exact_mean(std::span<const double> values);

// math.fsum(): the exact sum rounded once.
double exact_sum(std::span<const double> values);

// statistics.stdev(): sqrt of the exact sample variance (divisor n-1), correctly rounded.
// Requires values.size() >= 2.
double exact_stdev(std::span<const double> values);

// When every value is an integer (JSON ints) and their exact mean is an integer, Python's
// statistics.mean returns an int: that integer. Otherwise nullopt.
std::optional<std::int64_t> exact_integer_mean(std::span<const double> values);

}  // namespace gilbench::compare::pyperf
