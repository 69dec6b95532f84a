// Student's t distribution through Boost.Math: quantiles, CDF and p-values for the tests.
// df may be +infinity (the normal limit); any other df must be > 0.
#pragma once

namespace gilbench::compare::stats {

// The p-quantile of Student's t with df degrees of freedom, 0 < p < 1.
double t_quantile(double p, double df);

// P(T <= x) for Student's t with df degrees of freedom.
double t_cdf(double x, double df);

// Two-sided p-value of an observed t statistic: P(|T| >= |t|).
double t_two_sided_p(double t, double df);

// Upper one-sided p-value: P(T >= t).
double t_upper_p(double t, double df);

// Critical value for a two-sided interval at `confidence` (e.g. 0.95 → t_{0.975,df}).
double t_critical(double confidence, double df);

}  // namespace gilbench::compare::stats
