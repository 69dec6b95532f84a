// Tests of compare/stats/student_t.hpp. Expected values computed independently with mpmath
// (regularized incomplete beta, 30 digits) and matching printed t tables.
#include "compare/stats/student_t.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace gilbench::compare::stats {
namespace {

TEST(StudentT, KnownQuantiles) {
  EXPECT_NEAR(t_quantile(0.975, 4), 2.776445105197794, 1e-12);
  EXPECT_NEAR(t_quantile(0.975, 19), 2.093024054408310, 1e-12);
  EXPECT_NEAR(t_quantile(0.975, 1e7), 1.959964221767205, 1e-9);
  EXPECT_NEAR(t_quantile(0.8, 19), 0.860950550268929, 1e-12);
  EXPECT_NEAR(t_quantile(0.95, 9), 1.833112932656237, 1e-12);
  EXPECT_NEAR(t_quantile(0.025, 4), -2.776445105197794, 1e-12);
}

TEST(StudentT, InfiniteDfIsNormal) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_NEAR(t_quantile(0.975, inf), 1.959963984540054, 1e-12);
  EXPECT_NEAR(t_cdf(1.959963984540054, inf), 0.975, 1e-12);
}

TEST(StudentT, CdfAndPValues) {
  EXPECT_NEAR(t_cdf(1.5, 7), 0.911350756505015, 1e-12);
  EXPECT_NEAR(t_cdf(-2.2, 12), 0.024068406722511, 1e-12);
  EXPECT_NEAR(t_upper_p(-2.2, 12), 1.0 - 0.024068406722511, 1e-12);
  EXPECT_NEAR(t_two_sided_p(-2.2, 12), 2 * 0.024068406722511, 1e-12);
  EXPECT_DOUBLE_EQ(t_two_sided_p(0.0, 5), 1.0);
  EXPECT_DOUBLE_EQ(t_upper_p(std::numeric_limits<double>::infinity(), 5), 0.0);
  EXPECT_NEAR(t_two_sided_p(t_quantile(0.975, 19), 19), 0.05, 1e-12);
}

TEST(StudentT, CriticalValue) {
  EXPECT_NEAR(t_critical(0.95, 4), 2.776445105197794, 1e-12);
  EXPECT_NEAR(t_critical(0.90, 19), 1.729132811521370, 1e-12);
}

TEST(StudentT, DomainErrorsThrow) {
  EXPECT_THROW(t_quantile(0.5, 0.0), std::invalid_argument);
  EXPECT_THROW(t_quantile(0.5, NAN), std::invalid_argument);
  EXPECT_THROW(t_quantile(1.0, 5), std::invalid_argument);
  EXPECT_THROW(t_cdf(NAN, 5), std::invalid_argument);
  EXPECT_THROW(t_critical(1.0, 5), std::invalid_argument);
}

}  // namespace
}  // namespace gilbench::compare::stats
