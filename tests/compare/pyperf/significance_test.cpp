// Tests of compare/pyperf/significance: pyperf's critical-value table and t-test failures.
#include "compare/pyperf/significance.hpp"

#include <gtest/gtest.h>

#include "compare/pyperf/exact_stats.hpp"

namespace gilbench::compare::pyperf {
namespace {

TEST(Significance, CriticalValueTable) {
  EXPECT_EQ(critical_value(1), 12.706);
  EXPECT_EQ(critical_value(4), 2.776);
  EXPECT_EQ(critical_value(30), 2.042);
  EXPECT_EQ(critical_value(34), 2.042);  // not the exact Student quantile 2.032
  EXPECT_EQ(critical_value(39), 2.042);
  EXPECT_EQ(critical_value(40), 2.021);
  EXPECT_EQ(critical_value(44), 2.021);
  EXPECT_EQ(critical_value(50), 2.009);
  EXPECT_EQ(critical_value(60), 2.000);
  EXPECT_EQ(critical_value(80), 1.990);
  EXPECT_EQ(critical_value(100), 1.984);
  EXPECT_EQ(critical_value(199), 1.984);
  EXPECT_EQ(critical_value(200), 1.960);
  EXPECT_EQ(critical_value(58), 2.009);  // 30 values per side: df 58
}

Significance test(const std::vector<double>& a, const std::vector<double>& b) {
  return t_test(a, exact_mean(a), b, exact_mean(b));
}

TEST(Significance, TScoreSignPositiveWhenChangedIsFaster) {
  const Significance s = test({1.0, 1.1, 0.9, 1.0}, {0.5, 0.6, 0.4, 0.5});
  ASSERT_TRUE(s.t.has_value());
  EXPECT_GT(*s.t, 0.0);
  EXPECT_TRUE(s.significant);
}

TEST(Significance, NotSignificant) {
  const Significance s = test({1.0, 1.1, 0.9}, {1.01, 1.11, 0.91});
  ASSERT_TRUE(s.t.has_value());
  EXPECT_FALSE(s.significant);
}

TEST(Significance, FailuresCountAsSignificantWithoutT) {
  for (const auto& [a, b] : std::vector<std::pair<std::vector<double>, std::vector<double>>>{
           {{1.0, 2.0, 3.0}, {1.0, 2.0}},                // unequal sizes
           {{0.01, 0.01, 0.01}, {0.011, 0.011, 0.011}},  // zero pooled variance
           {{1.0}, {2.0}}}) {                            // one value each
    const Significance s = test(a, b);
    EXPECT_TRUE(s.significant);
    EXPECT_FALSE(s.t.has_value());
  }
}

TEST(Significance, BoundaryIsInclusive) {
  // n = 3 per side, df 4: |t| >= 2.776 is significant.
  const Significance s = test({1.0, 1.0, 1.0 + 1e-9}, {1.0, 1.0, 1.0 + 1e-9});
  ASSERT_TRUE(s.t.has_value());
  EXPECT_EQ(*s.t, 0.0);
  EXPECT_FALSE(s.significant);
}

}  // namespace
}  // namespace gilbench::compare::pyperf
