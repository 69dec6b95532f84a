// The per-benchmark comparison of gilbench compare's default (honest) mode: one entry point,
// compare_samples(), from per-process statistics to a ratio, its intervals and a verdict.
//
// Design note
// -----------
// Unit of replication. Values measured in one worker process share its layout, hash seed and
// frequency state, so they are correlated; pooling them into one t-test shrinks the standard
// error by the square root of the design effect 1 + (m − 1)ρ and reports noise as significant
// (specs/statistics.md §3). Each process is therefore reduced to one statistic (its mean or
// median, the one displayed) before anything is tested (Kalibera & Jones 2013, "Rigorous
// Benchmarking in Reasonable Time": repeat at the level that carries the variance).
//
// Log scale. Everything is computed on ln(process statistic). Timing noise is multiplicative,
// a ratio is the natural effect size (1.05× slower is as far from 1 as 1/1.05× faster), and a
// t interval for a difference of logs exponentiates into an interval for the ratio without
// Fieller's construction. The point estimate is therefore the ratio of geometric means of
// the process statistics, exp(mean ln changed − mean ln reference), and the suite's geometric
// mean of ratios is simply the mean of the per-benchmark log estimates (suite.hpp).
//
// Pairing. The runner interleaves the two interpreters in ABBA blocks within one session, so
// drift of the machine (lag-1 autocorrelation ≈ 0.45 between consecutive processes here) hits
// neighbouring A and B processes alike. When both sides carry session positions, each side is
// sorted by position and the i-th processes are paired (sample.hpp); the log ratios of the
// pairs are tested with a one-sample t-test, df = pairs − 1, so shared drift cancels. If the
// counts differ, the first min(n) processes in session order are paired and the rest are
// reported as unpaired. Without positions (separate sessions, plain pyperf files) the sides are
// compared with Welch's t-test on the log statistics (Welch 1947; df by Welch–Satterthwaite),
// which cannot separate session drift from the change: the caller must say so.
//
// Verdicts (DESIGN.md), α = 1 − confidence (0.05 by default), m = equivalence margin:
//   slower / faster       the (1 − α) interval of the ratio lies wholly above / below 1;
//   equivalent            the (1 − 2α) interval lies inside [1/(1+m), 1+m]: two one-sided tests
//                         at level α (TOST, Schuirmann 1987), symmetric on the log scale;
//   both                  slower_within_margin / faster_within_margin ("slower (within 1%)");
//   inconclusive          neither; the MDE says what the data could have detected.
// The verdict here is per benchmark and unadjusted; suite.hpp applies Holm (1979) across the
// benchmarks for the summary and gate.hpp for --fail-if-slower.
//
// MDE. The smallest relative change detected with 80% power by the two-sided test at level α:
// exp((t_{1−α/2,df} + t_{0.8,df}) · se) − 1 on the log scale (power.hpp).
//
// Degenerate inputs, decided explicitly so that no NaN reaches a caller:
//   * fewer than 2 processes on a side: method too_few_processes, verdict inconclusive, the
//     ratio is still the point estimate but intervals, se and MDE are NaN, p = 1 (never
//     significant, and neutral in a Holm family);
//   * zero variance (every process statistic, or every pair's log ratio, identical): the
//     difference is known exactly, so se = 0 and every interval collapses to the estimate.
//     Identical data → ratio 1, p = 1, equivalent. Constant but different data → p = 0, and the
//     verdict follows the rules above with the zero-width interval (slower or faster, "within
//     margin" when the exact ratio lies strictly inside the margin). The MDE is then 0.
#pragma once

#include <cstddef>
#include <string_view>

#include "compare/stats/sample.hpp"

namespace gilbench::compare::stats {

struct ComparisonOptions {
  double equivalence_margin = 0.01;  // m: equivalence region [1/(1+m), 1+m] of the ratio
  double confidence = 0.95;          // level of the main interval; α = 1 − confidence
  bool pair = true;                  // pair by session position when both sides allow it
  double power = 0.80;               // power at which the MDE is computed
};

enum class Method {
  paired,             // one-sample t on the log ratios of processes paired in session order
  welch,              // Welch's t on the log process statistics of two independent sides
  too_few_processes,  // a side has fewer than 2 processes: nothing is tested
};

enum class Verdict {
  slower,                // interval wholly above 1, beyond the margin
  faster,                // interval wholly below 1, beyond the margin
  equivalent,            // TOST interval inside the margin, not significantly different from 1
  slower_within_margin,  // significantly slower, but by less than the margin
  faster_within_margin,  // significantly faster, but by less than the margin
  inconclusive,          // none of the above: see the MDE
};

struct Comparison {
  Method method;              // how the two sides were compared
  std::size_t n_reference;    // processes on the reference side
  std::size_t n_changed;      // processes on the changed side
  std::size_t pairs;          // pairs tested (method paired), otherwise 0
  std::size_t unpaired;       // processes left out of the pairing because the counts differ
  std::int64_t max_pair_gap;  // largest session distance within a pair (1 for ABBA), else 0
  double log_estimate;        // estimate of ln(ratio): mean log ratio (paired) or difference of
                              // mean logs (welch)
  double ratio;               // exp(log_estimate): changed / reference; > 1 means slower
  double ci_low;              // (confidence) interval of the ratio, 95% by default
  double ci_high;
  double ci90_low;  // (1 − 2α) interval of the ratio used by TOST, 90% by default
  double ci90_high;
  double p_value;   // two-sided, H0: ratio = 1 (unadjusted)
  double tost_p;    // TOST p-value for equivalence within the margin
  double df;        // degrees of freedom of the t statistic (0 if too few processes)
  double se_log;    // standard error of log_estimate (0 if exact)
  double mde;       // smallest relative change detectable at `power`, 0.07 = 7%
  bool exact;       // zero variance: the estimate is exact (se_log = 0)
  Verdict verdict;  // per-benchmark verdict, unadjusted for multiplicity
};

// Compares the per-process statistics of one benchmark (changed against reference). Pairs the
// processes by session position when options.pair is set and both sides carry a valid
// position for every process; otherwise Welch. Throws std::invalid_argument if a statistic is
// not finite and > 0, the margin is not > 0, or the confidence is not in (0.5, 1).
Comparison compare_samples(const Sample& reference, const Sample& changed,
                           const ComparisonOptions& options = {});

// True for slower and slower_within_margin / faster and faster_within_margin.
bool is_slower(Verdict verdict);
bool is_faster(Verdict verdict);

// Stable identifiers for JSON and tests: "slower", "slower_within_margin", "paired", ...
std::string_view to_string(Verdict verdict);
std::string_view to_string(Method method);

}  // namespace gilbench::compare::stats
