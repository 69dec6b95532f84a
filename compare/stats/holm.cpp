// Holm (1979) step-down: multiply the i-th smallest p by (k − i + 1), then enforce monotonicity.
#include "compare/stats/holm.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gilbench::compare::stats {

std::vector<double> holm_adjust(std::span<const double> p_values) {
  const std::size_t k = p_values.size();
  std::vector<double> p(p_values.begin(), p_values.end());
  for (double& x : p) {
    if (std::isnan(x)) x = 1.0;
    x = std::clamp(x, 0.0, 1.0);
  }
  std::vector<std::size_t> order(k);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
  std::vector<double> adjusted(k, 1.0);
  double running_max = 0.0;
  for (std::size_t rank = 0; rank < k; ++rank) {
    const double multiplier = static_cast<double>(k - rank);
    running_max = std::max(running_max, std::min(1.0, multiplier * p[order[rank]]));
    adjusted[order[rank]] = running_max;
  }
  return adjusted;
}

std::vector<bool> holm_reject(std::span<const double> p_values, double alpha) {
  const std::vector<double> adjusted = holm_adjust(p_values);
  std::vector<bool> reject(adjusted.size());
  for (std::size_t i = 0; i < adjusted.size(); ++i) reject[i] = adjusted[i] < alpha;
  return reject;
}

}  // namespace gilbench::compare::stats
