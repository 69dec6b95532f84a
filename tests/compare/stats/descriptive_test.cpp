// Tests of compare/stats/descriptive.hpp.
#include "compare/stats/descriptive.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace gilbench::compare::stats {
namespace {

TEST(Descriptive, MeanVarianceStdev) {
  const std::vector<double> v{2, 4, 4, 4, 5, 5, 7, 9};
  EXPECT_DOUBLE_EQ(mean(v), 5.0);
  EXPECT_DOUBLE_EQ(sample_variance(v), 32.0 / 7.0);
  EXPECT_DOUBLE_EQ(sample_stdev(v), std::sqrt(32.0 / 7.0));
}

TEST(Descriptive, CompensatedSumKeepsSmallTerms) {
  // Naive left-to-right summation returns 0 here; the exact sum is 2.
  const std::vector<double> v{1.0, 1e100, 1.0, -1e100};
  EXPECT_DOUBLE_EQ(compensated_sum(v), 2.0);
  const std::vector<double> tenths(10, 0.1);
  EXPECT_EQ(mean(tenths), 0.1);
}

TEST(Descriptive, EmptyAndSingleInputsAreNaN) {
  const std::vector<double> none;
  const std::vector<double> one{3.0};
  EXPECT_TRUE(std::isnan(mean(none)));
  EXPECT_TRUE(std::isnan(median(none)));
  EXPECT_TRUE(std::isnan(sample_variance(one)));
  EXPECT_DOUBLE_EQ(mean(one), 3.0);
}

TEST(Descriptive, Median) {
  EXPECT_DOUBLE_EQ(median(std::vector<double>{3, 1, 2}), 2.0);
  EXPECT_DOUBLE_EQ(median(std::vector<double>{4, 1, 3, 2}), 2.5);
}

TEST(Descriptive, LogValuesRejectsNonPositive) {
  const std::vector<double> good{1.0, std::exp(2.0)};
  const auto logs = log_values(good);
  EXPECT_DOUBLE_EQ(logs[0], 0.0);
  EXPECT_DOUBLE_EQ(logs[1], 2.0);
  EXPECT_THROW(log_values(std::vector<double>{1.0, 0.0}), std::invalid_argument);
  EXPECT_THROW(log_values(std::vector<double>{-1.0}), std::invalid_argument);
  EXPECT_THROW(log_values(std::vector<double>{NAN}), std::invalid_argument);
  EXPECT_THROW(log_values(std::vector<double>{INFINITY}), std::invalid_argument);
}

TEST(Descriptive, ProcessStatistic) {
  const std::vector<std::vector<double>> processes{{1, 2, 6}, {4, 4, 4}};
  EXPECT_EQ(process_statistics(processes, Statistic::mean), (std::vector<double>{3, 4}));
  EXPECT_EQ(process_statistics(processes, Statistic::median), (std::vector<double>{2, 4}));
  EXPECT_THROW(process_statistic(std::vector<double>{}, Statistic::mean), std::invalid_argument);
}

}  // namespace
}  // namespace gilbench::compare::stats
