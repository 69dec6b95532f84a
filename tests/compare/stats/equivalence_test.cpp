// Tests of compare/stats/equivalence.hpp: TOST at and around the margin's boundaries.
#include "compare/stats/equivalence.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "compare/stats/student_t.hpp"

namespace gilbench::compare::stats {
namespace {

constexpr double margin = 0.01;
const double bound = std::log(1.01);

TTest log_test(double estimate, double se = 0.002, double df = 19) {
  return {estimate, se, df, se > 0 ? estimate / se : 0.0, 1.0};
}

TEST(Tost, ExactlyOnTheUpperBoundaryIsNotEquivalent) {
  const double half_width = t_quantile(0.95, 19) * 0.002;
  const Equivalence on = tost(log_test(bound - half_width), margin);
  EXPECT_NEAR(on.p_upper, 0.05, 1e-9);
  EXPECT_NEAR(on.interval.high, bound, 1e-12);
  const Equivalence inside = tost(log_test(bound - half_width - 1e-6), margin);
  EXPECT_TRUE(inside.equivalent);
  EXPECT_LT(inside.p, 0.05);
  EXPECT_LT(inside.interval.high, bound);
  const Equivalence outside = tost(log_test(bound - half_width + 1e-6), margin);
  EXPECT_FALSE(outside.equivalent);
  EXPECT_GT(outside.p, 0.05);
}

TEST(Tost, LowerBoundaryMirrorsTheUpperOne) {
  const double half_width = t_quantile(0.95, 19) * 0.002;
  EXPECT_TRUE(tost(log_test(-bound + half_width + 1e-6), margin).equivalent);
  const Equivalence outside = tost(log_test(-bound + half_width - 1e-6), margin);
  EXPECT_FALSE(outside.equivalent);
  EXPECT_GT(outside.p_lower, 0.05);
  EXPECT_LT(outside.p_upper, 0.05);
}

TEST(Tost, PIsTheLargerOneSidedP) {
  const Equivalence e = tost(log_test(0.003), margin);
  EXPECT_EQ(e.p, std::max(e.p_lower, e.p_upper));
  EXPECT_EQ(e.bound, std::log1p(0.01));
}

TEST(Tost, WideIntervalIsNotEquivalentEvenAtZero) {
  EXPECT_FALSE(tost(log_test(0.0, 0.01), margin).equivalent);
}

TEST(Tost, IntervalIsNinetyPercent) {
  const Equivalence e = tost(log_test(0.0, 0.002), margin);
  EXPECT_NEAR(e.interval.high, t_quantile(0.95, 19) * 0.002, 1e-15);
}

TEST(Tost, ExactEstimates) {
  EXPECT_TRUE(tost(log_test(0.5 * bound, 0.0), margin).equivalent);
  EXPECT_FALSE(tost(log_test(bound, 0.0), margin).equivalent);
  EXPECT_FALSE(tost(log_test(-bound, 0.0), margin).equivalent);
  EXPECT_TRUE(tost(log_test(0.0, 0.0), margin).equivalent);
}

TEST(Tost, RejectsBadMargins) {
  EXPECT_THROW(tost(log_test(0.0), 0.0), std::invalid_argument);
  EXPECT_THROW(tost(log_test(0.0), -0.01), std::invalid_argument);
  EXPECT_THROW(tost(log_test(0.0), margin, 0.5), std::invalid_argument);
}

}  // namespace
}  // namespace gilbench::compare::stats
