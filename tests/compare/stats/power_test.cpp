// Tests of compare/stats/power.hpp: known MDE, monotonicity in n, the exact power at the MDE.
#include "compare/stats/power.hpp"

#include <gtest/gtest.h>

#include <boost/math/distributions/non_central_t.hpp>
#include <cmath>
#include <cstdio>

#include "compare/stats/student_t.hpp"

namespace gilbench::compare::stats {
namespace {

TEST(Mde, KnownValue) {
  // (t_{0.975,19} + t_{0.8,19}) · 0.01 = 0.029540…, as a relative change: e^x − 1.
  EXPECT_NEAR(minimum_detectable_effect(0.01, 19), 0.029980372306399994, 1e-12);
  EXPECT_EQ(minimum_detectable_effect(0.0, 19), 0.0);
  EXPECT_TRUE(std::isnan(minimum_detectable_effect(NAN, 19)));
  EXPECT_TRUE(std::isnan(minimum_detectable_effect(0.01, 0)));
}

TEST(Mde, ShrinksAsProcessesGrow) {
  // A paired design with a per-pair sd of 2.8%: se = sd / √n, df = n − 1.
  double previous = INFINITY;
  for (int n = 2; n <= 200; ++n) {
    const double mde = minimum_detectable_effect(0.028 / std::sqrt(n), n - 1);
    EXPECT_LT(mde, previous) << "n = " << n;
    previous = mde;
  }
}

TEST(Mde, PowerAtTheMdeIsAboutEightyPercent) {
  // Exact power of the two-sided t-test from the non-central t at the MDE: the t-quantile
  // formula is an approximation whose error shrinks with df.
  for (double df : {5.0, 9.0, 19.0, 39.0}) {
    const double se = 0.01;
    const double delta = std::log1p(minimum_detectable_effect(se, df)) / se;
    const boost::math::non_central_t_distribution<double> shifted(df, delta);
    const double critical = t_quantile(0.975, df);
    const double power = boost::math::cdf(boost::math::complement(shifted, critical)) +
                         boost::math::cdf(shifted, -critical);
    std::printf("df %4.0f: exact power at the MDE %.4f\n", df, power);
    EXPECT_NEAR(power, 0.80, df >= 19 ? 0.01 : 0.02);
  }
}

TEST(UnitsForEffect, SmallestSufficientSize) {
  const double se = 0.01;  // with 20 pairs
  const std::size_t n = units_for_effect(se, 20, 0.02, Design::paired);
  ASSERT_GT(n, 20u);
  auto mde_at = [&](std::size_t k) {
    return minimum_detectable_effect(se * std::sqrt(20.0 / k), static_cast<double>(k) - 1);
  };
  EXPECT_LE(mde_at(n), 0.02);
  EXPECT_GT(mde_at(n - 1), 0.02);
  EXPECT_EQ(units_for_effect(se, 20, 1.0, Design::paired), 2u);  // MDE(2) = 0.56
  EXPECT_EQ(units_for_effect(se, 20, 0.5, Design::paired), 3u);
  EXPECT_EQ(units_for_effect(NAN, 20, 0.02, Design::paired), 0u);
  EXPECT_LE(units_for_effect(se, 20, 0.02, Design::unpaired), n);  // more df per unit
}

}  // namespace
}  // namespace gilbench::compare::stats
