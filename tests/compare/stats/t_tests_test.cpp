// Tests of compare/stats/t_tests.hpp. Expected numbers computed independently: means and
// variances with CPython's statistics module, p-values and quantiles with mpmath.
#include "compare/stats/t_tests.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace gilbench::compare::stats {
namespace {

// Welch's example 1 on Wikipedia ("Welch's t-test"): t = 2.46, df ≈ 25.0, p = 0.021.
const std::vector<double> a{27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1,
                            21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
const std::vector<double> b{27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0,
                            24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};

TEST(Welch, TextbookExample) {
  const TTest t = welch_test(a, b);
  EXPECT_NEAR(t.estimate, 2.166666666666668, 1e-12);
  EXPECT_NEAR(t.se, 0.8824245100137552, 1e-12);
  EXPECT_NEAR(t.df, 24.98852929023142, 1e-10);
  EXPECT_NEAR(t.t, 2.455356398286006, 1e-10);
  EXPECT_NEAR(t.p_two_sided, 0.0213780014628670, 1e-10);
  const Interval ci = confidence_interval(t, 0.95);
  EXPECT_NEAR(ci.low, 0.349237066192406, 1e-9);
  EXPECT_NEAR(ci.high, 3.984096267140929, 1e-9);
}

TEST(Welch, UnequalSizesAndVariances) {
  const std::vector<double> c{1.1, 1.3, 0.9, 1.2, 1.0, 1.4};
  const std::vector<double> d{1.9, 2.4, 1.6, 2.8};
  const TTest t = welch_test(c, d);
  EXPECT_NEAR(t.estimate, 1.025, 1e-12);
  EXPECT_NEAR(t.se, 0.27651100038395093, 1e-12);
  EXPECT_NEAR(t.df, 3.501708099563746, 1e-10);
  EXPECT_NEAR(t.t, 3.70690496427531, 1e-10);
  EXPECT_NEAR(t.p_two_sided, 0.0261580913755240, 1e-10);
}

TEST(Welch, SymmetricInTheSides) {
  const TTest ab = welch_test(a, b);
  const TTest ba = welch_test(b, a);
  EXPECT_DOUBLE_EQ(ab.estimate, -ba.estimate);
  EXPECT_DOUBLE_EQ(ab.df, ba.df);
  EXPECT_DOUBLE_EQ(ab.p_two_sided, ba.p_two_sided);
}

TEST(Welch, ZeroVarianceBothSides) {
  const std::vector<double> same{2, 2, 2};
  const TTest equal = welch_test(same, same);
  EXPECT_EQ(equal.se, 0.0);
  EXPECT_EQ(equal.t, 0.0);
  EXPECT_EQ(equal.p_two_sided, 1.0);
  EXPECT_EQ(equal.df, 4.0);
  const std::vector<double> higher{3, 3};
  const TTest differ = welch_test(same, higher);
  EXPECT_EQ(differ.estimate, 1.0);
  EXPECT_TRUE(std::isinf(differ.t) && differ.t > 0);
  EXPECT_EQ(differ.p_two_sided, 0.0);
  const Interval ci = confidence_interval(differ, 0.95);
  EXPECT_EQ(ci.low, 1.0);
  EXPECT_EQ(ci.high, 1.0);
}

TEST(Welch, OneConstantSideUsesTheOthersDf) {
  const TTest t = welch_test(std::vector<double>{5, 5, 5, 5}, std::vector<double>{1, 2, 4});
  EXPECT_NEAR(t.df, 2.0, 1e-12);
}

TEST(Welch, NeedsTwoValuesPerSide) {
  EXPECT_THROW(welch_test(std::vector<double>{1}, b), std::invalid_argument);
}

TEST(Paired, TinyExample) {
  const std::vector<double> ref{10, 12, 11, 13};
  const std::vector<double> chg{11, 13, 11.5, 14.2};
  const TTest t = paired_test(ref, chg);
  EXPECT_NEAR(t.estimate, 0.925, 1e-12);
  EXPECT_NEAR(t.se, 0.14930394055974086, 1e-12);
  EXPECT_EQ(t.df, 3.0);
  EXPECT_NEAR(t.t, 6.195415851264022, 1e-10);
  EXPECT_NEAR(t.p_two_sided, 0.00847140420426081, 1e-10);
  const Interval ci = confidence_interval(t, 0.95);
  EXPECT_NEAR(ci.low, 0.449848226001354, 1e-9);
  EXPECT_NEAR(ci.high, 1.400151773998646, 1e-9);
  EXPECT_THROW(paired_test(ref, std::vector<double>{1, 2}), std::invalid_argument);
}

TEST(OneSample, NullValueShiftsTheTestNotTheEstimate) {
  const std::vector<double> d{1.0, 1.0, 0.5, 1.2};
  const TTest t = one_sample_test(d, 0.925);
  EXPECT_NEAR(t.estimate, 0.925, 1e-12);
  EXPECT_NEAR(t.t, 0.0, 1e-12);
  EXPECT_NEAR(t.p_two_sided, 1.0, 1e-12);
}

TEST(OneSided, AgainstABound) {
  const TTest t{0.10, 0.05, 10, 2.0, 0.0};
  // P(T_10 >= (0.10 − 0.02)/0.05 = 1.6) and its mirror.
  EXPECT_NEAR(upper_p_against(t, 0.02) + lower_p_against(t, 0.02), 1.0, 1e-12);
  EXPECT_LT(upper_p_against(t, 0.02), 0.1);
  const TTest exact{0.10, 0.0, 10, 0.0, 0.0};
  EXPECT_EQ(upper_p_against(exact, 0.02), 0.0);
  EXPECT_EQ(upper_p_against(exact, 0.10), 1.0);
  EXPECT_EQ(lower_p_against(exact, 0.20), 0.0);
}

}  // namespace
}  // namespace gilbench::compare::stats
