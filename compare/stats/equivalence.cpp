// TOST (Schuirmann 1987): the larger of the two one-sided p-values decides equivalence.
#include "compare/stats/equivalence.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gilbench::compare::stats {

Equivalence tost(const TTest& log_scale_test, double margin, double alpha) {
  if (!(margin > 0.0) || !std::isfinite(margin)) {
    throw std::invalid_argument("the equivalence margin must be > 0");
  }
  if (!(alpha > 0.0 && alpha < 0.5)) throw std::invalid_argument("TOST needs 0 < alpha < 0.5");
  Equivalence result{};
  result.bound = std::log1p(margin);
  result.p_lower = upper_p_against(log_scale_test, -result.bound);
  result.p_upper = lower_p_against(log_scale_test, result.bound);
  result.p = std::max(result.p_lower, result.p_upper);
  result.interval = confidence_interval(log_scale_test, 1.0 - 2.0 * alpha);
  result.equivalent = result.p < alpha;
  return result;
}

}  // namespace gilbench::compare::stats
