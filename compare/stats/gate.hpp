// The statistics of the merge gate `--fail-if-slower PCT` (DESIGN.md "Exit codes"): confident
// regressions beyond PCT (Holm across the suite), and when the data cannot rule one out.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "compare/stats/comparison.hpp"
#include "compare/stats/suite.hpp"

namespace gilbench::compare::stats {

struct GateOptions {
  double threshold = 0.0;    // PCT as a fraction: 0.02 for --fail-if-slower 2
  double confidence = 0.95;  // α = 1 − confidence for the one-sided tests and Holm
};

// Per benchmark i with log estimate θ_i, se_i, df_i and τ = ln(1 + threshold):
//   one_sided_p[i] = P(T_{df_i} >= (θ_i − τ) / se_i), the p-value of H0: ratio <= 1 + threshold;
//   adjusted_p     = Holm over one_sided_p (benchmarks with too few processes count as p = 1);
//   regression     ⇔ adjusted_p[i] < α: a confident regression beyond the threshold;
//   uncertain      ⇔ not a regression, and the comparison's own printed interval (ci_high,
//                    95% by default) reaches above 1 + threshold, or the benchmark has too
//                    few processes (no interval).
// A one-sided test at α is as strict as a (1 − 2α) interval wholly above 1 + threshold; Holm
// makes it stricter as the suite grows, so a regression is confident for the whole suite.
// The geometric mean (suite.hpp, its interval at options.confidence) is a regression when its
// interval lies wholly above 1 + threshold, uncertain when only its upper end does.
// Outcome: fail if any regression (benchmark or geometric mean); otherwise inconclusive if
// anything is uncertain; otherwise pass. Session policy (separate sessions ⇒ inconclusive
// unless --accept-separate-sessions, --allow-inconclusive) belongs to the caller.
struct GateDecision {
  enum class Outcome { pass, fail, inconclusive };
  Outcome outcome;
  std::vector<std::size_t> regressions;  // indices of confidently regressed benchmarks
  std::vector<std::size_t> uncertain;    // indices whose interval reaches beyond the threshold
  std::vector<double> one_sided_p;       // per benchmark, unadjusted
  std::vector<double> adjusted_p;        // per benchmark, Holm-adjusted
  GeometricMean geometric_mean;          // of every benchmark given
  bool geometric_mean_regression;        // its interval lies wholly above 1 + threshold
  bool geometric_mean_uncertain;         // its interval reaches beyond 1 + threshold
};

// Throws std::invalid_argument if threshold < 0 or not finite, or confidence not in (0.5, 1).
GateDecision evaluate_gate(std::span<const Comparison> comparisons, const GateOptions& options);

// "pass", "fail", "inconclusive".
std::string_view to_string(GateDecision::Outcome outcome);

}  // namespace gilbench::compare::stats
