// Equivalence by two one-sided tests (TOST, Schuirmann 1987) on the log scale: a ratio is
// equivalent to 1 within margin m when both H0: θ <= −ln(1+m) and H0: θ >= ln(1+m) are rejected.
#pragma once

#include "compare/stats/t_tests.hpp"

namespace gilbench::compare::stats {

struct Equivalence {
  double bound;       // ln(1 + margin): the equivalence region is (−bound, bound)
  double p_lower;     // one-sided p of H0: θ <= −bound
  double p_upper;     // one-sided p of H0: θ >= +bound
  double p;           // max(p_lower, p_upper): the TOST p-value
  Interval interval;  // the (1 − 2α) interval; equivalent ⇔ it lies strictly inside the region
  bool equivalent;    // p < alpha
};

// TOST of a log-scale estimate against the margin m > 0 (0.01 = 1%) at level alpha: the
// ratio's (1 − 2α) interval (90% at α = 0.05) lies inside [1/(1+m), 1+m]. With se = 0 the
// estimate is exact and equivalent iff it lies strictly inside. Throws for m <= 0.
Equivalence tost(const TTest& log_scale_test, double margin, double alpha = 0.05);

}  // namespace gilbench::compare::stats
