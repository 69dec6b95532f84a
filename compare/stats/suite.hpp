// Suite-level statistics over the per-benchmark comparisons: Holm-adjusted p-values and
// verdicts for the summary, and the geometric mean of the ratios with its own interval.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "compare/stats/comparison.hpp"

namespace gilbench::compare::stats {

// Holm-adjusted two-sided p-values of the benchmarks (too_few_processes counts as p = 1).
std::vector<double> holm_p_values(std::span<const Comparison> comparisons);

// Verdicts after Holm across the suite at level α = 1 − confidence: a benchmark stays slower /
// faster only if its adjusted p < α; otherwise a significant verdict becomes equivalent when
// its TOST held (slower_within_margin → equivalent) and inconclusive when it did not.
// Non-significant verdicts are unchanged. Used by the summary and the gate.
std::vector<Verdict> holm_verdicts(std::span<const Comparison> comparisons,
                                   double confidence = 0.95);

// The geometric mean of the ratios changed/reference over the benchmarks, with its interval.
//
// Method (documented choice): the log of the geometric mean is the mean of the per-benchmark
// log estimates, L = Σ θ_i / k. Benchmarks are measured in different processes, so their
// estimates are treated as independent: se(L) = sqrt(Σ se_i²) / k, with the Welch–
// Satterthwaite df = (Σ se_i²)² / Σ (se_i⁴ / df_i), and the interval is L ± t_{df} · se(L),
// exponentiated. (bootstrap.hpp offers a cluster-bootstrap interval as a cross-check.)
// Benchmarks with too few processes have no standard error and are left out of the point
// estimate and the interval alike (counted in `excluded`). When every included se is 0 the
// mean is exact: zero-width interval, df = Σ df_i. With no benchmark included every number
// is NaN and `benchmarks` is 0.
struct GeometricMean {
  double ratio;   // exp(mean of the log estimates)
  double ci_low;  // (confidence) interval of the geometric mean of ratios
  double ci_high;
  double p_value;          // two-sided, H0: geometric mean = 1
  double log_estimate;     // mean of the per-benchmark log estimates
  double se_log;           // sqrt(Σ se_i²) / k
  double df;               // Welch–Satterthwaite df
  std::size_t benchmarks;  // benchmarks included
  std::size_t excluded;    // benchmarks left out (too few processes)
};

GeometricMean geometric_mean(std::span<const Comparison> comparisons, double confidence = 0.95);

}  // namespace gilbench::compare::stats
