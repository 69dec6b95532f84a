// Tests of compare/stats/comparison.hpp: methods, intervals, every verdict, degenerate inputs.
#include "compare/stats/comparison.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "compare/stats/descriptive.hpp"
#include "compare/stats/t_tests.hpp"

namespace gilbench::compare::stats {
namespace {

// n processes around `center` with multiplicative offsets ±spread alternating; positions
// interleave with the other side when `first_position` differs (0 for A, 1 for B).
Sample side(double center, double spread, int n, std::int64_t first_position = -1) {
  Sample s;
  for (int i = 0; i < n; ++i) {
    const double offset = (i % 2 == 0 ? 1 : -1) * spread * (1 + 0.1 * (i % 5));
    s.process_stats.push_back(center * std::exp(offset));
    if (first_position >= 0) s.session_positions.push_back(first_position + 2 * i);
  }
  return s;
}

TEST(Comparison, WelchWithoutPositionsMatchesWelchOnLogs) {
  const Sample ref = side(1.0, 0.02, 10);
  const Sample chg = side(1.05, 0.03, 12);
  const Comparison c = compare_samples(ref, chg);
  EXPECT_EQ(c.method, Method::welch);
  EXPECT_EQ(c.n_reference, 10u);
  EXPECT_EQ(c.n_changed, 12u);
  EXPECT_EQ(c.pairs, 0u);
  const TTest t = welch_test(log_values(ref.process_stats), log_values(chg.process_stats));
  EXPECT_DOUBLE_EQ(c.log_estimate, t.estimate);
  EXPECT_DOUBLE_EQ(c.ratio, std::exp(t.estimate));
  EXPECT_DOUBLE_EQ(c.df, t.df);
  EXPECT_DOUBLE_EQ(c.se_log, t.se);
  EXPECT_DOUBLE_EQ(c.p_value, t.p_two_sided);
  const Interval ci = confidence_interval(t, 0.95);
  EXPECT_DOUBLE_EQ(c.ci_low, std::exp(ci.low));
  EXPECT_DOUBLE_EQ(c.ci_high, std::exp(ci.high));
  EXPECT_LT(c.ci90_high, c.ci_high);
  EXPECT_GT(c.ci90_low, c.ci_low);
  EXPECT_EQ(c.verdict, Verdict::slower);
}

TEST(Comparison, PairsWhenBothSidesHavePositions) {
  // A shared drift per pair cancels in the paired test but inflates Welch.
  Sample ref, chg;
  for (int i = 0; i < 8; ++i) {
    const double drift = 1.0 + 0.2 * i;
    ref.process_stats.push_back(drift);
    chg.process_stats.push_back(drift * 1.02 * (i % 2 ? 1.001 : 0.999));
    ref.session_positions.push_back(2 * i);
    chg.session_positions.push_back(2 * i + 1);
  }
  const Comparison paired = compare_samples(ref, chg);
  EXPECT_EQ(paired.method, Method::paired);
  EXPECT_EQ(paired.pairs, 8u);
  EXPECT_EQ(paired.df, 7.0);
  EXPECT_EQ(paired.max_pair_gap, 1);
  EXPECT_EQ(paired.verdict, Verdict::slower);
  EXPECT_NEAR(paired.ratio, 1.02, 1e-3);
  const Comparison unpaired = compare_samples(ref, chg, {.pair = false});
  EXPECT_EQ(unpaired.method, Method::welch);
  EXPECT_EQ(unpaired.verdict, Verdict::inconclusive);
  EXPECT_GT(unpaired.mde, paired.mde);
}

TEST(Comparison, UnequalCountsReportUnpaired) {
  const Comparison c = compare_samples(side(1.0, 0.01, 6, 0), side(1.0, 0.01, 5, 1));
  EXPECT_EQ(c.method, Method::paired);
  EXPECT_EQ(c.pairs, 5u);
  EXPECT_EQ(c.unpaired, 1u);
  EXPECT_EQ(c.df, 4.0);
}

TEST(Comparison, EveryVerdict) {
  const ComparisonOptions options{.equivalence_margin = 0.01};
  // Tight noise (±0.05%) and 20 processes: the interval is about ±0.05% wide.
  EXPECT_EQ(compare_samples(side(1.0, 5e-4, 20), side(1.05, 5e-4, 20), options).verdict,
            Verdict::slower);
  EXPECT_EQ(compare_samples(side(1.0, 5e-4, 20), side(0.95, 5e-4, 20), options).verdict,
            Verdict::faster);
  EXPECT_EQ(compare_samples(side(1.0, 5e-4, 20), side(1.005, 5e-4, 20), options).verdict,
            Verdict::slower_within_margin);
  EXPECT_EQ(compare_samples(side(1.0, 5e-4, 20), side(0.995, 5e-4, 20), options).verdict,
            Verdict::faster_within_margin);
  EXPECT_EQ(compare_samples(side(1.0, 5e-4, 20), side(1.0, 6e-4, 20), options).verdict,
            Verdict::equivalent);
  // Noise of ±5%: nothing can be said at a 1% margin.
  const Comparison noisy = compare_samples(side(1.0, 0.05, 6), side(1.01, 0.05, 6), options);
  EXPECT_EQ(noisy.verdict, Verdict::inconclusive);
  EXPECT_GT(noisy.mde, 0.05);
}

TEST(Comparison, VerdictsAgreeWithTheIntervals) {
  for (double shift : {0.9, 0.99, 0.999, 1.0, 1.001, 1.01, 1.1}) {
    for (double spread : {1e-4, 1e-3, 1e-2, 1e-1}) {
      const Comparison c = compare_samples(side(1.0, spread, 10), side(shift, spread, 10));
      EXPECT_EQ(is_slower(c.verdict), c.ci_low > 1.0);
      EXPECT_EQ(is_faster(c.verdict), c.ci_high < 1.0);
      const bool inside = c.ci90_low > 1 / 1.01 && c.ci90_high < 1.01;
      EXPECT_EQ(c.verdict == Verdict::equivalent || c.verdict == Verdict::slower_within_margin ||
                    c.verdict == Verdict::faster_within_margin,
                inside)
          << shift << " " << spread;
      EXPECT_EQ(c.p_value < 0.05, is_slower(c.verdict) || is_faster(c.verdict));
    }
  }
}

TEST(Comparison, TooFewProcesses) {
  const Comparison c = compare_samples(Sample{{1.0}, {}}, side(2.0, 0.01, 5));
  EXPECT_EQ(c.method, Method::too_few_processes);
  EXPECT_EQ(c.verdict, Verdict::inconclusive);
  EXPECT_EQ(c.n_reference, 1u);
  EXPECT_EQ(c.n_changed, 5u);
  EXPECT_NEAR(c.ratio, 2.0, 0.01);
  EXPECT_TRUE(std::isnan(c.ci_low) && std::isnan(c.ci_high));
  EXPECT_TRUE(std::isnan(c.ci90_low) && std::isnan(c.ci90_high));
  EXPECT_TRUE(std::isnan(c.mde));
  EXPECT_EQ(c.p_value, 1.0);
  const Comparison one_each = compare_samples(Sample{{1.0}, {0}}, Sample{{3.0}, {1}});
  EXPECT_EQ(one_each.method, Method::too_few_processes);
  EXPECT_DOUBLE_EQ(one_each.ratio, 3.0);
}

void expect_no_nan(const Comparison& c) {
  for (double x : {c.log_estimate, c.ratio, c.ci_low, c.ci_high, c.ci90_low, c.ci90_high, c.p_value,
                   c.tost_p, c.df, c.se_log, c.mde}) {
    EXPECT_FALSE(std::isnan(x));
  }
}

TEST(Comparison, IdenticalConstantDataIsExactlyEquivalent) {
  const Sample constant{{2.0, 2.0, 2.0}, {}};
  const Comparison c = compare_samples(constant, constant);
  expect_no_nan(c);
  EXPECT_TRUE(c.exact);
  EXPECT_EQ(c.verdict, Verdict::equivalent);
  EXPECT_EQ(c.ratio, 1.0);
  EXPECT_EQ(c.ci_low, 1.0);
  EXPECT_EQ(c.ci_high, 1.0);
  EXPECT_EQ(c.p_value, 1.0);
  EXPECT_EQ(c.mde, 0.0);
}

TEST(Comparison, ConstantButDifferentDataIsDecidedExactly) {
  const Sample two{{2.0, 2.0, 2.0}, {}};
  const Comparison slower = compare_samples(two, Sample{{3.0, 3.0}, {}});
  expect_no_nan(slower);
  EXPECT_EQ(slower.verdict, Verdict::slower);
  EXPECT_DOUBLE_EQ(slower.ratio, 1.5);
  EXPECT_DOUBLE_EQ(slower.ci_low, 1.5);
  EXPECT_DOUBLE_EQ(slower.ci_high, 1.5);
  EXPECT_EQ(slower.p_value, 0.0);
  const Comparison within = compare_samples(two, Sample{{1.99, 1.99}, {}});
  EXPECT_EQ(within.verdict, Verdict::faster_within_margin);
  // Paired: every pair has the same log ratio.
  const Comparison paired =
      compare_samples(Sample{{2.0, 2.0, 2.0}, {0, 3, 4}}, Sample{{2.2, 2.2, 2.2}, {1, 2, 5}});
  expect_no_nan(paired);
  EXPECT_EQ(paired.method, Method::paired);
  EXPECT_TRUE(paired.exact);
  EXPECT_EQ(paired.verdict, Verdict::slower);
  EXPECT_NEAR(paired.ratio, 1.1, 1e-12);
}

TEST(Comparison, ConstantRatiosUpToRoundingGiveATinyFiniteInterval) {
  // ln(2.2) − ln(2) and ln(4.4) − ln(4) differ in the last bits: not exact, but no NaN and
  // the same verdict as the exact case.
  const Comparison c =
      compare_samples(Sample{{1.0, 2.0, 4.0}, {0, 3, 4}}, Sample{{1.1, 2.2, 4.4}, {1, 2, 5}});
  expect_no_nan(c);
  EXPECT_EQ(c.verdict, Verdict::slower);
  EXPECT_LT(c.ci_high - c.ci_low, 1e-12);
}

TEST(Comparison, InvalidInputsThrow) {
  const Sample good = side(1.0, 0.01, 4);
  EXPECT_THROW(compare_samples(good, Sample{{1.0, -1.0}, {}}), std::invalid_argument);
  EXPECT_THROW(compare_samples(good, Sample{{1.0, NAN}, {}}), std::invalid_argument);
  EXPECT_THROW(compare_samples(good, good, {.equivalence_margin = 0.0}), std::invalid_argument);
  EXPECT_THROW(compare_samples(good, good, {.confidence = 1.0}), std::invalid_argument);
}

TEST(Comparison, Names) {
  EXPECT_EQ(to_string(Verdict::slower_within_margin), "slower_within_margin");
  EXPECT_EQ(to_string(Method::too_few_processes), "too_few_processes");
}

}  // namespace
}  // namespace gilbench::compare::stats
