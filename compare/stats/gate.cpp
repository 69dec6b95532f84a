// evaluate_gate(): one-sided tests against 1 + PCT, Holm across the suite, geometric mean.
#include "compare/stats/gate.hpp"

#include <cmath>
#include <stdexcept>

#include "compare/stats/holm.hpp"
#include "compare/stats/t_tests.hpp"

namespace gilbench::compare::stats {

GateDecision evaluate_gate(std::span<const Comparison> comparisons, const GateOptions& options) {
  if (!(options.threshold >= 0.0) || !std::isfinite(options.threshold)) {
    throw std::invalid_argument("the gate threshold must be a finite fraction >= 0");
  }
  if (!(options.confidence > 0.5 && options.confidence < 1.0)) {
    throw std::invalid_argument("the confidence level must lie in (0.5, 1)");
  }
  const double alpha = 1.0 - options.confidence;
  const double bound = std::log1p(options.threshold);
  const double ratio_bound = 1.0 + options.threshold;

  GateDecision d{};
  d.one_sided_p.reserve(comparisons.size());
  for (const Comparison& c : comparisons) {
    if (c.method == Method::too_few_processes) {
      d.one_sided_p.push_back(1.0);
      continue;
    }
    const TTest test{c.log_estimate, c.se_log, c.df, 0.0, 1.0};
    d.one_sided_p.push_back(upper_p_against(test, bound));
  }
  d.adjusted_p = holm_adjust(d.one_sided_p);
  for (std::size_t i = 0; i < comparisons.size(); ++i) {
    const Comparison& c = comparisons[i];
    if (d.adjusted_p[i] < alpha) {
      d.regressions.push_back(i);
    } else if (c.method == Method::too_few_processes || c.ci_high > ratio_bound) {
      d.uncertain.push_back(i);
    }
  }

  d.geometric_mean = geometric_mean(comparisons, options.confidence);
  if (d.geometric_mean.benchmarks > 0) {
    d.geometric_mean_regression = d.geometric_mean.ci_low > ratio_bound;
    d.geometric_mean_uncertain =
        !d.geometric_mean_regression && d.geometric_mean.ci_high > ratio_bound;
  }

  if (!d.regressions.empty() || d.geometric_mean_regression) {
    d.outcome = GateDecision::Outcome::fail;
  } else if (!d.uncertain.empty() || d.geometric_mean_uncertain) {
    d.outcome = GateDecision::Outcome::inconclusive;
  } else {
    d.outcome = GateDecision::Outcome::pass;
  }
  return d;
}

std::string_view to_string(GateDecision::Outcome outcome) {
  switch (outcome) {
    case GateDecision::Outcome::pass:
      return "pass";
    case GateDecision::Outcome::fail:
      return "fail";
    case GateDecision::Outcome::inconclusive:
      return "inconclusive";
  }
  return "?";
}

}  // namespace gilbench::compare::stats
