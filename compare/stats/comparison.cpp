// compare_samples(): log scale, pairing or Welch, intervals, TOST, MDE and the verdict table.
#include "compare/stats/comparison.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

#include "compare/stats/descriptive.hpp"
#include "compare/stats/equivalence.hpp"
#include "compare/stats/power.hpp"
#include "compare/stats/t_tests.hpp"

namespace gilbench::compare::stats {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

void check_options(const ComparisonOptions& options) {
  if (!(options.equivalence_margin > 0.0) || !std::isfinite(options.equivalence_margin)) {
    throw std::invalid_argument("the equivalence margin must be > 0");
  }
  if (!(options.confidence > 0.5 && options.confidence < 1.0)) {
    throw std::invalid_argument("the confidence level must lie in (0.5, 1)");
  }
  if (!(options.power > 0.0 && options.power < 1.0)) {
    throw std::invalid_argument("the power must lie in (0, 1)");
  }
}

Comparison too_few(std::span<const double> log_ref, std::span<const double> log_chg) {
  Comparison c{};
  c.method = Method::too_few_processes;
  c.n_reference = log_ref.size();
  c.n_changed = log_chg.size();
  c.log_estimate = (log_ref.empty() || log_chg.empty()) ? nan : mean(log_chg) - mean(log_ref);
  c.ratio = std::exp(c.log_estimate);
  c.ci_low = c.ci_high = c.ci90_low = c.ci90_high = nan;
  c.p_value = 1.0;
  c.tost_p = 1.0;
  c.df = 0.0;
  c.se_log = nan;
  c.mde = nan;
  c.verdict = Verdict::inconclusive;
  return c;
}

Verdict decide(const Interval& interval, const Equivalence& equivalence) {
  const bool within_margin = equivalence.equivalent;
  if (interval.low > 0.0) return within_margin ? Verdict::slower_within_margin : Verdict::slower;
  if (interval.high < 0.0) return within_margin ? Verdict::faster_within_margin : Verdict::faster;
  return within_margin ? Verdict::equivalent : Verdict::inconclusive;
}

}  // namespace

Comparison compare_samples(const Sample& reference, const Sample& changed,
                           const ComparisonOptions& options) {
  check_options(options);
  const std::vector<double> log_ref = log_values(reference.process_stats);
  const std::vector<double> log_chg = log_values(changed.process_stats);
  if (log_ref.size() < 2 || log_chg.size() < 2) return too_few(log_ref, log_chg);

  Comparison c{};
  c.n_reference = log_ref.size();
  c.n_changed = log_chg.size();
  std::optional<Pairing> pairing;
  if (options.pair) pairing = pair_by_session_position(reference, changed);
  TTest test{};
  if (pairing) {
    c.method = Method::paired;
    c.pairs = pairing->pairs;
    c.unpaired = pairing->unpaired;
    c.max_pair_gap = pairing->max_gap;
    test = one_sample_test(pairing->log_ratios);
  } else {
    c.method = Method::welch;
    test = welch_test(log_ref, log_chg);
  }

  const double alpha = 1.0 - options.confidence;
  const Interval interval = confidence_interval(test, options.confidence);
  const Equivalence equivalence = tost(test, options.equivalence_margin, alpha);
  c.log_estimate = test.estimate;
  c.ratio = std::exp(test.estimate);
  c.ci_low = std::exp(interval.low);
  c.ci_high = std::exp(interval.high);
  c.ci90_low = std::exp(equivalence.interval.low);
  c.ci90_high = std::exp(equivalence.interval.high);
  c.p_value = test.p_two_sided;
  c.tost_p = equivalence.p;
  c.df = test.df;
  c.se_log = test.se;
  c.exact = !(test.se > 0.0);
  c.mde = minimum_detectable_effect(test.se, test.df, alpha, options.power);
  c.verdict = decide(interval, equivalence);
  return c;
}

bool is_slower(Verdict verdict) {
  return verdict == Verdict::slower || verdict == Verdict::slower_within_margin;
}

bool is_faster(Verdict verdict) {
  return verdict == Verdict::faster || verdict == Verdict::faster_within_margin;
}

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::slower:
      return "slower";
    case Verdict::faster:
      return "faster";
    case Verdict::equivalent:
      return "equivalent";
    case Verdict::slower_within_margin:
      return "slower_within_margin";
    case Verdict::faster_within_margin:
      return "faster_within_margin";
    case Verdict::inconclusive:
      return "inconclusive";
  }
  return "?";
}

std::string_view to_string(Method method) {
  switch (method) {
    case Method::paired:
      return "paired";
    case Method::welch:
      return "welch";
    case Method::too_few_processes:
      return "too_few_processes";
  }
  return "?";
}

}  // namespace gilbench::compare::stats
