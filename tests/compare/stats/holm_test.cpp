// Tests of compare/stats/holm.hpp against hand-computed adjustments.
#include "compare/stats/holm.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace gilbench::compare::stats {
namespace {

TEST(Holm, HandCheckedExample) {
  // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → max so far 0.06.
  const std::vector<double> p{0.01, 0.04, 0.03, 0.005};
  const std::vector<double> adjusted = holm_adjust(p);
  ASSERT_EQ(adjusted.size(), 4u);
  EXPECT_NEAR(adjusted[0], 0.03, 1e-15);
  EXPECT_NEAR(adjusted[1], 0.06, 1e-15);
  EXPECT_NEAR(adjusted[2], 0.06, 1e-15);
  EXPECT_NEAR(adjusted[3], 0.02, 1e-15);
  EXPECT_EQ(holm_reject(p), (std::vector<bool>{true, false, false, true}));
}

TEST(Holm, ClipsAtOneAndStaysMonotone) {
  const std::vector<double> adjusted = holm_adjust(std::vector<double>{0.6, 0.5, 0.001});
  EXPECT_NEAR(adjusted[2], 0.003, 1e-15);
  EXPECT_EQ(adjusted[1], 1.0);  // 0.5 · 2
  EXPECT_EQ(adjusted[0], 1.0);  // max(1.0, 0.6)
}

TEST(Holm, MonotoneInTheRawPValues) {
  const std::vector<double> p{0.2, 0.001, 0.04, 0.03, 0.5, 0.0001, 0.012};
  const std::vector<double> adjusted = holm_adjust(p);
  for (std::size_t i = 0; i < p.size(); ++i) {
    EXPECT_GE(adjusted[i], p[i]);
    for (std::size_t j = 0; j < p.size(); ++j) {
      if (p[i] < p[j]) {
        EXPECT_LE(adjusted[i], adjusted[j]);
      }
    }
  }
}

TEST(Holm, SingleAndEmptyFamilies) {
  EXPECT_EQ(holm_adjust(std::vector<double>{0.03}), (std::vector<double>{0.03}));
  EXPECT_TRUE(holm_adjust(std::vector<double>{}).empty());
}

TEST(Holm, NaNCountsAsOne) {
  const std::vector<double> adjusted = holm_adjust(std::vector<double>{NAN, 0.01});
  EXPECT_EQ(adjusted[0], 1.0);
  EXPECT_NEAR(adjusted[1], 0.02, 1e-15);
}

}  // namespace
}  // namespace gilbench::compare::stats
