// Welch's two-sample t-test, the one-sample t-test and the paired t-test on plain numbers,
// with intervals at any confidence level and one-sided p-values against a shifted null.
#pragma once

#include <span>

namespace gilbench::compare::stats {

// The outcome of a t-test on some location difference. Zero standard errors are handled
// explicitly: the estimate is then exact (t = ±inf, p = 0 if it differs from the null value;
// t = 0, p = 1 if it equals it) and no field is NaN.
struct TTest {
  double estimate;     // changed − reference (Welch), or mean difference (one-sample, paired)
  double se;           // standard error of the estimate; 0 when every input is constant
  double df;           // degrees of freedom (Welch–Satterthwaite for Welch; n − 1 otherwise)
  double t;            // (estimate − null value) / se
  double p_two_sided;  // P(|T| >= |t|) under the null
};

// A closed interval [low, high].
struct Interval {
  double low;
  double high;
};

// Welch's unequal-variance t-test of H0: mean(changed) = mean(reference) (Welch 1947). Each
// side needs at least 2 values, otherwise std::invalid_argument. df = (v1+v2)² / (v1²/(n1−1)
// + v2²/(n2−1)) with vi = si²/ni; when both variances are 0 it is n1 + n2 − 2.
TTest welch_test(std::span<const double> reference, std::span<const double> changed);

// One-sample t-test of H0: mean(values) = null_value, df = n − 1; needs n >= 2.
TTest one_sample_test(std::span<const double> values, double null_value = 0.0);

// Paired t-test of H0: mean(changed[i] − reference[i]) = 0: a one-sample test on the
// differences. Needs equal sizes >= 2.
TTest paired_test(std::span<const double> reference, std::span<const double> changed);

// Two-sided interval estimate ± t_{(1+confidence)/2, df} · se; [estimate, estimate] if se = 0.
Interval confidence_interval(const TTest& test, double confidence);

// Upper one-sided p-value of H0: true value <= bound against H1: true value > bound,
// i.e. P(T >= (estimate − bound) / se). With se = 0: 0 if estimate > bound, else 1.
double upper_p_against(const TTest& test, double bound);

// Lower one-sided p-value of H0: true value >= bound against H1: true value < bound.
double lower_p_against(const TTest& test, double bound);

}  // namespace gilbench::compare::stats
