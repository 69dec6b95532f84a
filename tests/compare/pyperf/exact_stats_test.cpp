// Tests of compare/pyperf/exact_stats: single-rounding mean, fsum and stdev (expected values
// from CPython 3.11's statistics and math.fsum).
#include "compare/pyperf/exact_stats.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <numeric>

#include "compare/load/load.hpp"

namespace gilbench::compare::pyperf {
namespace {

TEST(ExactStats, MeanRoundsOnce) {
  const std::vector<double> values{0.1, 0.2, 0.3};
  EXPECT_EQ(exact_mean(values), 0.2);
  // A naive sum rounds twice and lands one ulp away.
  EXPECT_NE(std::accumulate(values.begin(), values.end(), 0.0) / 3, 0.2);
}

TEST(ExactStats, SumIsFsum) {
  EXPECT_EQ(exact_sum(std::vector<double>{1e100, 1.0, -1e100, 1e-300}), 1.0);
  EXPECT_EQ(exact_sum(std::vector<double>{0.1, 0.2, 0.3}), 0.6);
  EXPECT_EQ(exact_sum(std::vector<double>{}), 0.0);
}

TEST(ExactStats, Stdev) {
  EXPECT_EQ(exact_stdev(std::vector<double>{0.1, 0.2, 0.3}), 0.09999999999999999);
  EXPECT_EQ(exact_stdev(std::vector<double>{100, 103, 97, 100, 101, 99}), 2.0);
  EXPECT_EQ(exact_stdev(std::vector<double>{1.0, 1.0 + 0x1p-52, 1.0 + 0x1p-51}),
            2.220446049250313e-16);
  EXPECT_EQ(exact_stdev(std::vector<double>{2.5e-8, 3.1e-8, 2.9e-8, 2.2e-8}),
            4.031128874149276e-09);
  EXPECT_EQ(exact_stdev(std::vector<double>{0.0123, 0.0123, 0.0123}), 0.0);
}

TEST(ExactStats, TinyAndSubnormal) {
  EXPECT_EQ(exact_mean(std::vector<double>{1e-300, 3e-300}), 2e-300);
  EXPECT_EQ(exact_mean(std::vector<double>{5e-324, 5e-324, 5e-324}), 5e-324);
  EXPECT_EQ(exact_mean(std::vector<double>{2.5e-8, 3.1e-8, 2.9e-8, 2.2e-8}),
            2.6749999999999998e-08);
}

TEST(ExactStats, IntegerMean) {
  EXPECT_EQ(exact_integer_mean(std::vector<double>{100, 103, 97, 100, 101, 99}), 100);
  EXPECT_FALSE(exact_integer_mean(std::vector<double>{110, 111}).has_value());
  EXPECT_FALSE(exact_integer_mean(std::vector<double>{1.5, 2.5}).has_value());
}

// Vector 07 `five_pct_slower`: every changed value is the reference value × 1.05; the exact
// means give a ratio of exactly 1.05, fsum-then-divide gives 1.0499999999999998.
TEST(ExactStats, FivePercentSlowerVector) {
  const std::filesystem::path dir = GILBENCH_SHARED_DIR "/pyperf-vectors/07_synthetic_edge";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no " << dir;
  const ResultFile ref = load_result_file((dir / "ref.json").string());
  const ResultFile changed = load_result_file((dir / "changed.json").string());
  const std::vector<double> r = ref.find_benchmark("five_pct_slower")->all_values();
  const std::vector<double> c = changed.find_benchmark("five_pct_slower")->all_values();
  ASSERT_EQ(r.size(), 20u);
  EXPECT_EQ(exact_mean(c) / exact_mean(r), 1.05);
  const double fsum_ratio = (exact_sum(c) / 20) / (exact_sum(r) / 20);
  EXPECT_EQ(fsum_ratio, 1.0499999999999998);
}

}  // namespace
}  // namespace gilbench::compare::pyperf
