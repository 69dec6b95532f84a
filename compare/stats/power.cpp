// MDE from t quantiles (Boost.Math via student_t.hpp), and a search for the sample size.
#include "compare/stats/power.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "compare/stats/student_t.hpp"

namespace gilbench::compare::stats {

double minimum_detectable_effect(double se_log, double df, double alpha, double power) {
  if (!(alpha > 0.0 && alpha < 1.0) || !(power > 0.0 && power < 1.0)) {
    throw std::invalid_argument("MDE needs 0 < alpha < 1 and 0 < power < 1");
  }
  if (!std::isfinite(se_log) || se_log < 0.0 || std::isnan(df) || !(df > 0.0)) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  if (se_log == 0.0) return 0.0;
  const double z = t_quantile(1.0 - alpha / 2.0, df) + t_quantile(power, df);
  return std::expm1(z * se_log);
}

std::size_t units_for_effect(double se_log, std::size_t units, double target_effect, Design design,
                             double alpha, double power) {
  if (!std::isfinite(se_log) || se_log < 0.0 || units == 0 || !(target_effect > 0.0)) return 0;
  constexpr std::size_t limit = 1'000'000;
  // The MDE falls monotonically in n, so a doubling search then bisection finds the least n.
  auto mde_at = [&](std::size_t n) {
    const double nd = static_cast<double>(n);
    const double se = se_log * std::sqrt(static_cast<double>(units) / nd);
    const double df = design == Design::paired ? nd - 1.0 : 2.0 * nd - 2.0;
    return minimum_detectable_effect(se, df, alpha, power);
  };
  std::size_t high = 2;
  while (mde_at(high) > target_effect) {
    if (high >= limit) return 0;
    high *= 2;
  }
  std::size_t low = high / 2;  // mde_at(low) > target unless high == 2
  if (high == 2) return 2;
  while (high - low > 1) {
    const std::size_t mid = low + (high - low) / 2;
    (mde_at(mid) > target_effect ? low : high) = mid;
  }
  return high;
}

}  // namespace gilbench::compare::stats
