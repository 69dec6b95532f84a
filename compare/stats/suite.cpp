// Holm across benchmarks and the geometric mean of ratios with a Satterthwaite interval.
#include "compare/stats/suite.hpp"

#include <cmath>
#include <limits>

#include "compare/stats/holm.hpp"
#include "compare/stats/student_t.hpp"
#include "compare/stats/t_tests.hpp"

namespace gilbench::compare::stats {

std::vector<double> holm_p_values(std::span<const Comparison> comparisons) {
  std::vector<double> p;
  p.reserve(comparisons.size());
  for (const Comparison& c : comparisons) {
    p.push_back(c.method == Method::too_few_processes ? 1.0 : c.p_value);
  }
  return holm_adjust(p);
}

std::vector<Verdict> holm_verdicts(std::span<const Comparison> comparisons, double confidence) {
  const double alpha = 1.0 - confidence;
  const std::vector<double> adjusted = holm_p_values(comparisons);
  std::vector<Verdict> verdicts;
  verdicts.reserve(comparisons.size());
  for (std::size_t i = 0; i < comparisons.size(); ++i) {
    const Verdict v = comparisons[i].verdict;
    const bool significant = is_slower(v) || is_faster(v);
    if (!significant || adjusted[i] < alpha) {
      verdicts.push_back(v);
    } else if (v == Verdict::slower_within_margin || v == Verdict::faster_within_margin) {
      verdicts.push_back(Verdict::equivalent);
    } else {
      verdicts.push_back(Verdict::inconclusive);
    }
  }
  return verdicts;
}

GeometricMean geometric_mean(std::span<const Comparison> comparisons, double confidence) {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  GeometricMean g{nan, nan, nan, nan, nan, nan, nan, 0, 0};
  double sum_log = 0.0;
  double sum_var = 0.0;      // Σ se_i²
  double sum_var2_df = 0.0;  // Σ se_i⁴ / df_i
  double sum_df = 0.0;
  for (const Comparison& c : comparisons) {
    if (c.method == Method::too_few_processes) {
      ++g.excluded;
      continue;
    }
    ++g.benchmarks;
    sum_log += c.log_estimate;
    const double var = c.se_log * c.se_log;
    sum_var += var;
    sum_var2_df += var * var / c.df;
    sum_df += c.df;
  }
  if (g.benchmarks == 0) return g;
  const double k = static_cast<double>(g.benchmarks);
  g.log_estimate = sum_log / k;
  g.se_log = std::sqrt(sum_var) / k;
  g.df = sum_var > 0.0 ? sum_var * sum_var / sum_var2_df : sum_df;
  const TTest test{g.log_estimate, g.se_log, g.df, g.se_log > 0.0 ? g.log_estimate / g.se_log : 0.0,
                   1.0};
  const Interval interval = confidence_interval(test, confidence);
  if (g.se_log > 0.0) {
    g.p_value = t_two_sided_p(test.t, g.df);
  } else {
    g.p_value = g.log_estimate == 0.0 ? 1.0 : 0.0;
  }
  g.ratio = std::exp(g.log_estimate);
  g.ci_low = std::exp(interval.low);
  g.ci_high = std::exp(interval.high);
  return g;
}

}  // namespace gilbench::compare::stats
