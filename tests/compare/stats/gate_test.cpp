// Tests of compare/stats/gate.hpp: pass, fail (per benchmark and geometric mean), inconclusive.
#include "compare/stats/gate.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "compare/stats/student_t.hpp"
#include "compare/stats/t_tests.hpp"

namespace gilbench::compare::stats {
namespace {

using Outcome = GateDecision::Outcome;

Comparison make(double log_estimate, double se, double df = 19) {
  Comparison c{};
  c.method = Method::welch;
  c.log_estimate = log_estimate;
  c.ratio = std::exp(log_estimate);
  c.se_log = se;
  c.df = df;
  const TTest t{log_estimate, se, df, 0.0, 1.0};
  const Interval ci = confidence_interval(t, 0.95);
  c.ci_low = std::exp(ci.low);
  c.ci_high = std::exp(ci.high);
  return c;
}

const GateOptions two_percent{.threshold = 0.02};

TEST(Gate, PassWhenEveryIntervalStaysBelowTheThreshold) {
  const std::vector<Comparison> cs{make(0.0, 0.002), make(0.005, 0.003), make(-0.1, 0.02)};
  const GateDecision d = evaluate_gate(cs, two_percent);
  EXPECT_EQ(d.outcome, Outcome::pass);
  EXPECT_TRUE(d.regressions.empty());
  EXPECT_TRUE(d.uncertain.empty());
  EXPECT_FALSE(d.geometric_mean_regression);
  EXPECT_EQ(d.geometric_mean.benchmarks, 3u);
  EXPECT_EQ(to_string(d.outcome), "pass");
}

TEST(Gate, FailsOnAConfidentRegressionBeyondTheThreshold) {
  const std::vector<Comparison> cs{make(0.0, 0.002), make(std::log(1.10), 0.01)};
  const GateDecision d = evaluate_gate(cs, two_percent);
  EXPECT_EQ(d.outcome, Outcome::fail);
  EXPECT_EQ(d.regressions, (std::vector<std::size_t>{1}));
  EXPECT_LT(d.adjusted_p[1], 0.05);
}

TEST(Gate, SlowerButNotBeyondTheThresholdIsNotARegression) {
  // 1% slower, interval [1.006, 1.014]: significant, but inside the 2% allowance.
  const GateDecision d = evaluate_gate(std::vector<Comparison>{make(0.01, 0.002)}, two_percent);
  EXPECT_EQ(d.outcome, Outcome::pass);
}

TEST(Gate, InconclusiveWhenAnIntervalReachesBeyond) {
  const GateDecision d = evaluate_gate(std::vector<Comparison>{make(0.01, 0.01)}, two_percent);
  EXPECT_EQ(d.outcome, Outcome::inconclusive);
  EXPECT_EQ(d.uncertain, (std::vector<std::size_t>{0}));
  EXPECT_GT(d.one_sided_p[0], 0.5);
}

TEST(Gate, HolmKeepsThreeMarginalRegressionsFromFailing) {
  // Each one-sided p = 0.03 < 0.05, but Holm over three gives 0.09.
  const double bound = std::log(1.02);
  const double theta = bound + t_quantile(0.97, 19) * 0.01;
  const std::vector<Comparison> cs{make(theta, 0.01), make(theta, 0.01), make(theta, 0.01)};
  const GateDecision d = evaluate_gate(cs, two_percent);
  EXPECT_NEAR(d.one_sided_p[0], 0.03, 1e-12);
  EXPECT_NEAR(d.adjusted_p[0], 0.09, 1e-12);
  EXPECT_TRUE(d.regressions.empty());
  EXPECT_EQ(d.uncertain.size(), 3u);
  // Their geometric mean, though, is confidently beyond 2%.
  EXPECT_TRUE(d.geometric_mean_regression);
  EXPECT_EQ(d.outcome, Outcome::fail);
}

TEST(Gate, GeometricMeanAloneCanFail) {
  std::vector<Comparison> cs(10, make(0.04, 0.02, 9));
  const GateDecision d = evaluate_gate(cs, two_percent);
  EXPECT_TRUE(d.regressions.empty());
  EXPECT_GT(d.geometric_mean.ci_low, 1.02);
  EXPECT_TRUE(d.geometric_mean_regression);
  EXPECT_EQ(d.outcome, Outcome::fail);
}

TEST(Gate, TooFewProcessesNeverPassesSilently) {
  Comparison few{};
  few.method = Method::too_few_processes;
  few.verdict = Verdict::inconclusive;
  few.p_value = 1.0;
  const std::vector<Comparison> cs{make(0.0, 0.002), few};
  const GateDecision d = evaluate_gate(cs, two_percent);
  EXPECT_EQ(d.outcome, Outcome::inconclusive);
  EXPECT_EQ(d.uncertain, (std::vector<std::size_t>{1}));
  EXPECT_EQ(d.one_sided_p[1], 1.0);
}

TEST(Gate, ExactComparisons) {
  EXPECT_EQ(evaluate_gate(std::vector<Comparison>{make(std::log(1.05), 0.0)}, two_percent).outcome,
            Outcome::fail);
  EXPECT_EQ(evaluate_gate(std::vector<Comparison>{make(std::log(1.01), 0.0)}, two_percent).outcome,
            Outcome::pass);
}

TEST(Gate, RejectsBadThresholds) {
  const std::vector<Comparison> cs{make(0.0, 0.01)};
  EXPECT_THROW(evaluate_gate(cs, {.threshold = -0.01}), std::invalid_argument);
  EXPECT_THROW(evaluate_gate(cs, {.threshold = NAN}), std::invalid_argument);
}

}  // namespace
}  // namespace gilbench::compare::stats
