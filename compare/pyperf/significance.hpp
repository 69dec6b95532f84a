// pyperf's significance test (pyperf-spec §4.4): Student's two-sample t-test with pooled
// variance, equal sample sizes only, against a coarse table of 95% critical values.
#pragma once

#include <optional>
#include <span>

namespace gilbench::compare::pyperf {

// pyperf's table of two-sided 95% critical values: exact rows for df 1..30, then one value
// per band (31–39: 2.042, 40–49: 2.021, …, >= 200: 1.960). Not a Student quantile.
double critical_value(int degrees_of_freedom);

struct Significance {
  bool significant = true;  // pyperf treats any failure of the test as significant
  std::optional<double> t;  // nullopt when the test failed ("ERROR when testing ...")
};

// The test on two samples with their exact means already computed. Fails (t = nullopt,
// significant) on unequal sizes, fewer than 2 values in total per side, or zero variance.
Significance t_test(std::span<const double> reference, double reference_mean,
                    std::span<const double> changed, double changed_mean);

}  // namespace gilbench::compare::pyperf
