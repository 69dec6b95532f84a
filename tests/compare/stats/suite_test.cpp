// Tests of compare/stats/suite.hpp: Holm across benchmarks and the geometric mean's interval.
#include "compare/stats/suite.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "compare/stats/t_tests.hpp"

namespace gilbench::compare::stats {
namespace {

Comparison make(double log_estimate, double se, double df, Verdict verdict = Verdict::inconclusive,
                double p = 0.5) {
  Comparison c{};
  c.method = Method::welch;
  c.log_estimate = log_estimate;
  c.ratio = std::exp(log_estimate);
  c.se_log = se;
  c.df = df;
  c.p_value = p;
  c.verdict = verdict;
  return c;
}

TEST(GeometricMean, SatterthwaiteExample) {
  // L = 0.03, se = √(0.01² + 0.02²)/2, df = (Σse²)² / Σ(se⁴/df) = 27.78 (hand / mpmath).
  const std::vector<Comparison> cs{make(0.02, 0.01, 10), make(0.04, 0.02, 20)};
  const GeometricMean g = geometric_mean(cs);
  EXPECT_EQ(g.benchmarks, 2u);
  EXPECT_EQ(g.excluded, 0u);
  EXPECT_NEAR(g.log_estimate, 0.03, 1e-15);
  EXPECT_NEAR(g.ratio, std::exp(0.03), 1e-15);
  EXPECT_NEAR(g.se_log, 0.011180339887498949, 1e-15);
  EXPECT_NEAR(g.df, 27.77777777777777, 1e-10);
  EXPECT_NEAR(g.ci_low, 1.0071150474734585, 1e-12);
  EXPECT_NEAR(g.ci_high, 1.0543349036529446, 1e-12);
  EXPECT_NEAR(g.p_value, 0.0121410450374374, 1e-10);
}

TEST(GeometricMean, ExcludesBenchmarksWithTooFewProcesses) {
  Comparison few = make(0.5, NAN, 0);
  few.method = Method::too_few_processes;
  const std::vector<Comparison> cs{make(0.02, 0.01, 10), few};
  const GeometricMean g = geometric_mean(cs);
  EXPECT_EQ(g.benchmarks, 1u);
  EXPECT_EQ(g.excluded, 1u);
  EXPECT_NEAR(g.log_estimate, 0.02, 1e-15);
  EXPECT_FALSE(std::isnan(g.ci_low));
  const std::vector<Comparison> none{few};
  EXPECT_EQ(geometric_mean(none).benchmarks, 0u);
  EXPECT_TRUE(std::isnan(geometric_mean(none).ratio));
}

TEST(GeometricMean, ExactWhenEveryBenchmarkIsExact) {
  const std::vector<Comparison> cs{make(0.0, 0.0, 4), make(0.0, 0.0, 4)};
  const GeometricMean g = geometric_mean(cs);
  EXPECT_EQ(g.ratio, 1.0);
  EXPECT_EQ(g.ci_low, 1.0);
  EXPECT_EQ(g.ci_high, 1.0);
  EXPECT_EQ(g.p_value, 1.0);
  EXPECT_EQ(g.df, 8.0);
}

TEST(SuiteHolm, AdjustsAndDowngradesVerdicts) {
  const std::vector<Comparison> cs{
      make(0.05, 0.01, 19, Verdict::slower, 0.001),
      make(0.03, 0.01, 19, Verdict::slower, 0.02),
      make(0.005, 0.001, 19, Verdict::slower_within_margin, 0.03),
      make(0.0, 0.01, 19, Verdict::inconclusive, 0.9),
  };
  const std::vector<double> adjusted = holm_p_values(cs);
  EXPECT_NEAR(adjusted[0], 0.004, 1e-15);
  EXPECT_NEAR(adjusted[1], 0.06, 1e-15);
  EXPECT_NEAR(adjusted[2], 0.06, 1e-15);
  EXPECT_NEAR(adjusted[3], 0.9, 1e-15);
  const std::vector<Verdict> verdicts = holm_verdicts(cs);
  EXPECT_EQ(verdicts[0], Verdict::slower);
  EXPECT_EQ(verdicts[1], Verdict::inconclusive);
  EXPECT_EQ(verdicts[2], Verdict::equivalent);
  EXPECT_EQ(verdicts[3], Verdict::inconclusive);
}

}  // namespace
}  // namespace gilbench::compare::stats
