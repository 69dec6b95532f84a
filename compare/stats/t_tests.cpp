// t-tests on plain numbers: Welch (1947) with the Welch–Satterthwaite df, one-sample, paired.
#include "compare/stats/t_tests.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "compare/stats/descriptive.hpp"
#include "compare/stats/student_t.hpp"

namespace gilbench::compare::stats {

namespace {

// Completes a test from its estimate, standard error and df against a null value of 0.
TTest finish(double estimate, double se, double df) {
  TTest test{estimate, se, df, 0.0, 1.0};
  if (se > 0.0) {
    test.t = estimate / se;
    test.p_two_sided = t_two_sided_p(test.t, df);
  } else if (estimate != 0.0) {
    // Constant inputs that differ: the difference is known exactly.
    test.t = estimate > 0 ? std::numeric_limits<double>::infinity()
                          : -std::numeric_limits<double>::infinity();
    test.p_two_sided = 0.0;
  }
  return test;
}

}  // namespace

TTest welch_test(std::span<const double> reference, std::span<const double> changed) {
  if (reference.size() < 2 || changed.size() < 2) {
    throw std::invalid_argument("Welch's t-test needs at least 2 values per side");
  }
  const double n1 = static_cast<double>(reference.size());
  const double n2 = static_cast<double>(changed.size());
  const double v1 = sample_variance(reference) / n1;  // squared standard error of each mean
  const double v2 = sample_variance(changed) / n2;
  const double estimate = mean(changed) - mean(reference);
  const double se = std::sqrt(v1 + v2);
  double df = n1 + n2 - 2.0;
  if (v1 + v2 > 0.0) {
    df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1.0) + v2 * v2 / (n2 - 1.0));
  }
  return finish(estimate, se, df);
}

TTest one_sample_test(std::span<const double> values, double null_value) {
  if (values.size() < 2) throw std::invalid_argument("a one-sample t-test needs 2 values");
  const double n = static_cast<double>(values.size());
  TTest test = finish(mean(values) - null_value, std::sqrt(sample_variance(values) / n), n - 1.0);
  test.estimate += null_value;  // report the mean itself; t and p are against null_value
  return test;
}

TTest paired_test(std::span<const double> reference, std::span<const double> changed) {
  if (reference.size() != changed.size()) {
    throw std::invalid_argument("a paired t-test needs equal sizes");
  }
  std::vector<double> differences;
  differences.reserve(reference.size());
  for (std::size_t i = 0; i < reference.size(); ++i) {
    differences.push_back(changed[i] - reference[i]);
  }
  return one_sample_test(differences);
}

Interval confidence_interval(const TTest& test, double confidence) {
  if (!(test.se > 0.0)) return {test.estimate, test.estimate};
  const double half_width = t_critical(confidence, test.df) * test.se;
  return {test.estimate - half_width, test.estimate + half_width};
}

double upper_p_against(const TTest& test, double bound) {
  if (!(test.se > 0.0)) return test.estimate > bound ? 0.0 : 1.0;
  return t_upper_p((test.estimate - bound) / test.se, test.df);
}

double lower_p_against(const TTest& test, double bound) {
  if (!(test.se > 0.0)) return test.estimate < bound ? 0.0 : 1.0;
  return t_upper_p((bound - test.estimate) / test.se, test.df);
}

}  // namespace gilbench::compare::stats
