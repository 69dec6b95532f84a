// Holm's step-down adjustment (Holm 1979) of a family of p-values: controls the family-wise
// error rate at α for any dependence between the tests, uniformly more powerful than Bonferroni.
#pragma once

#include <span>
#include <vector>

namespace gilbench::compare::stats {

// Adjusted p-values in the input order: with p sorted ascending, p̃_(i) = max over j <= i of
// min(1, (k − j + 1) · p_(j)), so they are monotone in the raw p-values; reject H_i at level α
// iff p̃_i < α (a p exactly at α is kept, as a t interval touching 0). NaN counts as 1.
std::vector<double> holm_adjust(std::span<const double> p_values);

// Which hypotheses Holm rejects at level alpha (adjusted p < alpha), in the input order.
std::vector<bool> holm_reject(std::span<const double> p_values, double alpha = 0.05);

}  // namespace gilbench::compare::stats
