// Tests of compare/stats/bootstrap.hpp: determinism, agreement with the t intervals, pairing.
#include "compare/stats/bootstrap.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "compare/stats/comparison.hpp"
#include "compare/stats/suite.hpp"

namespace gilbench::compare::stats {
namespace {

// 20 processes with a deterministic spread of about 2%, the changed side 3% slower.
Sample side(double center, std::int64_t first_position, double phase) {
  Sample s;
  for (int i = 0; i < 20; ++i) {
    s.process_stats.push_back(center * std::exp(0.02 * std::sin(1.7 * i + phase)));
    s.session_positions.push_back(first_position + 2 * i);
  }
  return s;
}

TEST(Bootstrap, DeterministicForASeed) {
  const Sample ref = side(1.0, 0, 0.0), chg = side(1.03, 1, 1.0);
  const Interval a = bootstrap_ratio_interval(ref, chg);
  const Interval b = bootstrap_ratio_interval(ref, chg);
  EXPECT_EQ(a.low, b.low);
  EXPECT_EQ(a.high, b.high);
  const Interval other = bootstrap_ratio_interval(ref, chg, {.seed = 7});
  EXPECT_NE(a.low, other.low);
}

TEST(Bootstrap, CloseToTheTInterval) {
  const Sample ref = side(1.0, 0, 0.0), chg = side(1.03, 1, 1.0);
  for (bool pair : {true, false}) {
    const Comparison c = compare_samples(ref, chg, {.pair = pair});
    const Interval boot = bootstrap_ratio_interval(ref, chg, {.pair = pair});
    // The percentile bootstrap is a little narrower for n = 20 (it ignores the t tails).
    EXPECT_NEAR(boot.low, c.ci_low, 0.25 * (c.ci_high - c.ci_low)) << pair;
    EXPECT_NEAR(boot.high, c.ci_high, 0.25 * (c.ci_high - c.ci_low)) << pair;
    EXPECT_LT(boot.low, c.ratio);
    EXPECT_GT(boot.high, c.ratio);
  }
}

TEST(Bootstrap, GeometricMeanIntervalAgreesWithSatterthwaite) {
  const Sample r1 = side(1.0, 0, 0.0), c1 = side(1.03, 1, 1.0);
  const Sample r2 = side(2.0, 0, 2.0), c2 = side(1.9, 1, 3.0);
  const std::vector<BenchmarkSamples> benchmarks{{&r1, &c1}, {&r2, &c2}};
  const Interval boot = bootstrap_geometric_mean_interval(benchmarks);
  const std::vector<Comparison> cs{compare_samples(r1, c1), compare_samples(r2, c2)};
  const GeometricMean g = geometric_mean(cs);
  EXPECT_LT(boot.low, g.ratio);
  EXPECT_GT(boot.high, g.ratio);
  EXPECT_NEAR(boot.low, g.ci_low, 0.25 * (g.ci_high - g.ci_low));
  EXPECT_NEAR(boot.high, g.ci_high, 0.25 * (g.ci_high - g.ci_low));
}

TEST(Bootstrap, NeedsTwoProcessesPerSide) {
  const Sample one{{1.0}, {}};
  EXPECT_THROW(bootstrap_ratio_interval(one, side(1.0, 1, 0.0)), std::invalid_argument);
  EXPECT_THROW(bootstrap_geometric_mean_interval({}), std::invalid_argument);
}

}  // namespace
}  // namespace gilbench::compare::stats
