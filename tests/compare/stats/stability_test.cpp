// Tests of compare/stats/stability.hpp: each pyperf-check-like warning and its absence.
#include "compare/stats/stability.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace gilbench::compare::stats {
namespace {

std::vector<std::vector<double>> processes(int n, std::vector<double> values) {
  return std::vector<std::vector<double>>(n, values);
}

TEST(Stability, QuietBenchmarkHasNoWarnings) {
  const auto values = processes(20, {0.100, 0.101, 0.099});
  const std::vector<double> raw{0.2, 0.3};
  EXPECT_TRUE(check_stability(values, raw).empty());
}

TEST(Stability, HighStdev) {
  const auto values = processes(20, {0.08, 0.10, 0.12});
  const auto warnings = check_stability(values, {});
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].issue, StabilityIssue::high_stdev);
  EXPECT_NEAR(warnings[0].measured, 0.02 * std::sqrt(60.0 * 2 / 3 / 59), 1e-12);
  EXPECT_NEAR(warnings[0].reference, 0.1, 1e-15);
  EXPECT_EQ(warnings[0].threshold, 0.10);
}

TEST(Stability, OutlyingMinAndMax) {
  auto values = processes(20, {1.0, 1.0, 1.0});
  values[0][0] = 0.4;
  values[1][0] = 2.0;
  const auto warnings = check_stability(values, {});
  ASSERT_EQ(warnings.size(), 3u);
  EXPECT_EQ(warnings[0].issue, StabilityIssue::high_stdev);
  EXPECT_EQ(warnings[1].issue, StabilityIssue::min_far_from_mean);
  EXPECT_EQ(warnings[1].measured, 0.4);
  EXPECT_EQ(warnings[2].issue, StabilityIssue::max_far_from_mean);
  EXPECT_EQ(warnings[2].measured, 2.0);
}

TEST(Stability, ShortRawValueOnlyForTime) {
  const auto values = processes(20, {1e-6, 1e-6});
  const std::vector<double> raw{0.0005, 0.002};
  const auto warnings = check_stability(values, raw);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].issue, StabilityIssue::short_raw_value);
  EXPECT_EQ(warnings[0].measured, 0.0005);
  EXPECT_TRUE(check_stability(values, raw, /*time_unit=*/false).empty());
}

TEST(Stability, FewProcesses) {
  const auto warnings = check_stability(processes(9, {1.0, 1.0}), {});
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].issue, StabilityIssue::few_processes);
  EXPECT_EQ(warnings[0].measured, 9.0);
  EXPECT_EQ(warnings[0].threshold, 10.0);
  EXPECT_TRUE(check_stability(processes(10, {1.0, 1.0}), {}).empty());
}

TEST(Stability, EmptyBenchmark) {
  EXPECT_TRUE(check_stability({}, {}).empty());
}

TEST(Stability, Names) {
  EXPECT_EQ(to_string(StabilityIssue::few_processes), "few_processes");
}

}  // namespace
}  // namespace gilbench::compare::stats
