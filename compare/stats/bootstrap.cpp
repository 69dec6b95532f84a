// Cluster bootstrap: resample processes (or pairs) with replacement, percentile intervals.
#include "compare/stats/bootstrap.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <stdexcept>

#include "compare/stats/descriptive.hpp"

namespace gilbench::compare::stats {

namespace {

// Uniform index in [0, n) from one 64-bit draw (multiply-shift). Unlike
// std::uniform_int_distribution its output is the same with every standard library.
std::size_t draw_index(std::mt19937_64& rng, std::size_t n) {
  return static_cast<std::size_t>((static_cast<unsigned __int128>(rng()) * n) >> 64);
}

double resampled_mean(std::mt19937_64& rng, const std::vector<double>& values) {
  double sum = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) sum += values[draw_index(rng, values.size())];
  return sum / static_cast<double>(values.size());
}

// One benchmark prepared for resampling on the log scale.
class Resampler {
 public:
  Resampler(const Sample& reference, const Sample& changed, bool pair) {
    if (reference.process_stats.size() < 2 || changed.process_stats.size() < 2) {
      throw std::invalid_argument("the bootstrap needs at least 2 processes per side");
    }
    std::optional<Pairing> pairing;
    if (pair) pairing = pair_by_session_position(reference, changed);
    if (pairing) {
      log_ratios_ = std::move(pairing->log_ratios);
    } else {
      log_reference_ = log_values(reference.process_stats);
      log_changed_ = log_values(changed.process_stats);
    }
  }

  // The log estimate of one bootstrap replicate.
  double replicate(std::mt19937_64& rng) const {
    if (!log_ratios_.empty()) return resampled_mean(rng, log_ratios_);
    const double reference = resampled_mean(rng, log_reference_);
    return resampled_mean(rng, log_changed_) - reference;
  }

 private:
  std::vector<double> log_ratios_;  // paired: one log ratio per pair
  std::vector<double> log_reference_;
  std::vector<double> log_changed_;
};

// Linear-interpolation quantile (type 7) of sorted values.
double sorted_quantile(const std::vector<double>& sorted, double q) {
  const double position = q * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(below);
  return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

Interval percentile_ratio_interval(std::vector<double> log_replicates, double confidence) {
  std::sort(log_replicates.begin(), log_replicates.end());
  const double tail = (1.0 - confidence) / 2.0;
  return {std::exp(sorted_quantile(log_replicates, tail)),
          std::exp(sorted_quantile(log_replicates, 1.0 - tail))};
}

void check_options(const BootstrapOptions& options) {
  if (options.resamples < 2) throw std::invalid_argument("the bootstrap needs >= 2 resamples");
  if (!(options.confidence > 0.0 && options.confidence < 1.0)) {
    throw std::invalid_argument("the confidence level must lie in (0, 1)");
  }
}

}  // namespace

Interval bootstrap_ratio_interval(const Sample& reference, const Sample& changed,
                                  const BootstrapOptions& options) {
  check_options(options);
  const Resampler resampler(reference, changed, options.pair);
  std::mt19937_64 rng(options.seed);
  std::vector<double> replicates(options.resamples);
  for (double& r : replicates) r = resampler.replicate(rng);
  return percentile_ratio_interval(std::move(replicates), options.confidence);
}

Interval bootstrap_geometric_mean_interval(std::span<const BenchmarkSamples> benchmarks,
                                           const BootstrapOptions& options) {
  check_options(options);
  if (benchmarks.empty()) throw std::invalid_argument("a geometric mean needs benchmarks");
  std::vector<Resampler> resamplers;
  resamplers.reserve(benchmarks.size());
  for (const BenchmarkSamples& b : benchmarks) {
    resamplers.emplace_back(*b.reference, *b.changed, options.pair);
  }
  std::mt19937_64 rng(options.seed);
  std::vector<double> replicates(options.resamples);
  for (double& r : replicates) {
    double sum = 0.0;
    for (const Resampler& resampler : resamplers) sum += resampler.replicate(rng);
    r = sum / static_cast<double>(resamplers.size());
  }
  return percentile_ratio_interval(std::move(replicates), options.confidence);
}

}  // namespace gilbench::compare::stats
