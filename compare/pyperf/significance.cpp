// pyperf's t-test and critical-value table (pyperf-spec §4.4, quirks §8.1–8.3).
#include "compare/pyperf/significance.hpp"

#include <cmath>
#include <vector>

#include "compare/pyperf/exact_stats.hpp"

namespace gilbench::compare::pyperf {

double critical_value(int df) {
  static const double kTable[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                                  2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                                  2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                                  2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
  if (df >= 1 && df <= 30) return kTable[df - 1];
  if (df <= 39) return 2.042;
  if (df <= 49) return 2.021;
  if (df <= 59) return 2.009;
  if (df <= 79) return 2.000;
  if (df <= 99) return 1.990;
  if (df <= 199) return 1.984;
  return 1.960;
}

// Σ(x − mean)², each square in double, summed exactly (math.fsum).
static double sum_of_squares(std::span<const double> values, double mean) {
  std::vector<double> squares;
  squares.reserve(values.size());
  for (double x : values) squares.push_back((x - mean) * (x - mean));
  return exact_sum(squares);
}

Significance t_test(std::span<const double> reference, double reference_mean,
                    std::span<const double> changed, double changed_mean) {
  const std::size_t n = reference.size();
  if (n != changed.size() || n < 2) return {true, std::nullopt};
  const int df = static_cast<int>(2 * n - 2);
  const double pooled =
      (sum_of_squares(reference, reference_mean) + sum_of_squares(changed, changed_mean)) /
      static_cast<double>(df);
  const double error = pooled / static_cast<double>(n);
  const double denominator = std::sqrt(error * 2.0);
  if (denominator == 0.0) return {true, std::nullopt};  // Python: ZeroDivisionError
  const double t = (reference_mean - changed_mean) / denominator;
  return {std::fabs(t) >= critical_value(df), t};
}

}  // namespace gilbench::compare::pyperf
