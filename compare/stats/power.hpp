// Minimum detectable effect (MDE) of a log-scale t comparison, and how many processes (or
// pairs) would bring it down to a target: the "inconclusive" verdict's honest follow-up.
#pragma once

#include <cstddef>

namespace gilbench::compare::stats {

// Smallest relative change (0.07 = 7%) that a two-sided test at level alpha detects with
// probability `power`, given the standard error and df of the log ratio:
//   MDE = exp((t_{1−α/2,df} + t_{power,df}) · se) − 1.
// This is the usual approximation with t quantiles in place of normal ones (the exact power
// would use the non-central t, checked against it in power_test.cpp). 0 when se = 0; NaN
// when se or df is not finite and positive.
double minimum_detectable_effect(double se_log, double df, double alpha = 0.05,
                                 double power = 0.80);

// How the df grows with the number of units (pairs or processes per side).
enum class Design {
  paired,    // n pairs → df = n − 1
  unpaired,  // n processes per side → df ≈ 2n − 2 (Welch with equal variances)
};

// Smallest number of units n >= 2 whose MDE is <= target, assuming se scales as
// se_log · sqrt(units / n). Returns 0 when se_log is not finite or the target needs more
// than 1,000,000 units.
std::size_t units_for_effect(double se_log, std::size_t units, double target_effect, Design design,
                             double alpha = 0.05, double power = 0.80);

}  // namespace gilbench::compare::stats
