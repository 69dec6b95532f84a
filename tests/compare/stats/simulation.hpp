// Deterministic synthetic sessions for validating comparison statistics: processes with a
// process-level random effect, within-process noise, optional AR(1) machine drift, A/B layout.
// Header-only and reusable (link gilbench_stats_simulation), e.g. for a pyperf-mode leg.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <stdexcept>
#include <vector>

#include "compare/stats/sample.hpp"

namespace gilbench::compare::simulation {

// Order of the reference (A) and changed (B) worker processes in time.
enum class Layout {
  interleaved_abba,  // one session: A B B A  A B B A … (as gilbench run interleaves)
  sequential,        // two sessions back to back: every A process, then every B process
};

// The model, on the log scale, for value v of process p of side s at session position t:
//   ln x = ln(base_seconds) + [s = B]·ln(true_ratio) + drift_t + b_p + e_pv,
//   b_p ~ N(0, σ_b²), e_pv ~ N(0, σ_w²), drift_t AR(1): drift_t = φ·drift_{t−1} + N(0, (1−φ²)σ_d²),
// started from its stationary law. σ_b and σ_w follow from the process-mean CV c and the
// intraclass correlation ρ = σ_b² / (σ_b² + σ_w²) ("share of the variance between processes"):
// Var(ln process mean) ≈ σ_b² + σ_w²/m = c², so σ_b² = c² / (1 + (1−ρ)/(ρ·m)), σ_w² = σ_b²(1−ρ)/ρ.
// Without drift the lag-1 autocorrelation of consecutive process means is 0; with drift it is
// φ·σ_d² / (σ_d² + c²) (0.9 · ½ = 0.45 for σ_d = c, φ = 0.9, as measured on our VM).
struct Settings {
  std::size_t processes = 20;          // worker processes per side
  std::size_t values_per_process = 3;  // values per process (pyperf default)
  double process_mean_cv = 0.02;       // c: spread of a process mean without drift
  double between_share = 0.5;          // ρ: intraclass correlation of the values
  double drift_sd = 0.0;               // σ_d: stationary sd of the session drift (0 = none)
  double drift_phi = 0.9;              // φ: AR(1) coefficient from one process to the next
  double true_ratio = 1.0;             // changed / reference (1.03 = 3% slower)
  Layout layout = Layout::interleaved_abba;
  double base_seconds = 0.1;  // typical value (pyperf calibrates to >= 100 ms)
};

struct SimulatedProcess {
  std::vector<double> values;  // values of the process, seconds
  std::int64_t position;       // order of the process in the session(s)
};

struct SimulatedComparison {
  std::vector<SimulatedProcess> reference;  // side A
  std::vector<SimulatedProcess> changed;    // side B
};

// A stream of independent simulated comparisons. Deterministic for a seed, and identical with
// every standard library: uniform and normal draws are derived here from std::mt19937_64
// (whose output the standard fixes) rather than from the library's distributions.
class Simulator {
 public:
  Simulator(const Settings& settings, std::uint64_t seed) : settings_(settings), rng_(seed) {
    if (settings.processes < 1 || settings.values_per_process < 1) {
      throw std::invalid_argument("a simulation needs processes and values");
    }
    const double rho = settings.between_share;
    const double m = static_cast<double>(settings.values_per_process);
    const double c2 = settings.process_mean_cv * settings.process_mean_cv;
    if (rho <= 0.0) {
      sigma_between_ = 0.0;
      sigma_within_ = std::sqrt(c2 * m);
    } else {
      const double between2 = c2 / (1.0 + (1.0 - rho) / (rho * m));
      sigma_between_ = std::sqrt(between2);
      sigma_within_ = std::sqrt(between2 * (1.0 - rho) / rho);
    }
  }

  SimulatedComparison next() {
    const std::size_t n = settings_.processes;
    const std::size_t slots = 2 * n;
    std::vector<double> drift(slots, 0.0);
    if (settings_.drift_sd > 0.0) {
      const double phi = settings_.drift_phi;
      const double innovation = settings_.drift_sd * std::sqrt(1.0 - phi * phi);
      drift[0] = settings_.drift_sd * normal();
      for (std::size_t t = 1; t < slots; ++t) drift[t] = phi * drift[t - 1] + innovation * normal();
    }
    SimulatedComparison result;
    for (std::size_t t = 0; t < slots; ++t) {
      const bool is_changed = is_changed_slot(t);
      double log_center = std::log(settings_.base_seconds) + drift[t] + sigma_between_ * normal();
      if (is_changed) log_center += std::log(settings_.true_ratio);
      SimulatedProcess process{{}, static_cast<std::int64_t>(t)};
      for (std::size_t v = 0; v < settings_.values_per_process; ++v) {
        process.values.push_back(std::exp(log_center + sigma_within_ * normal()));
      }
      (is_changed ? result.changed : result.reference).push_back(std::move(process));
    }
    return result;
  }

  double sigma_between() const { return sigma_between_; }
  double sigma_within() const { return sigma_within_; }

 private:
  bool is_changed_slot(std::size_t t) const {
    if (settings_.layout == Layout::sequential) return t >= settings_.processes;
    const std::size_t in_block = t % 4;  // A B B A
    return in_block == 1 || in_block == 2;
  }

  double uniform_open() {  // (0, 1)
    return (static_cast<double>(rng_() >> 11) + 0.5) * 0x1.0p-53;
  }

  double normal() {  // Box–Muller, caching the second draw
    if (has_spare_) {
      has_spare_ = false;
      return spare_;
    }
    const double radius = std::sqrt(-2.0 * std::log(uniform_open()));
    const double angle = 2.0 * std::numbers::pi * uniform_open();
    spare_ = radius * std::sin(angle);
    has_spare_ = true;
    return radius * std::cos(angle);
  }

  Settings settings_;
  std::mt19937_64 rng_;
  double sigma_between_ = 0.0;
  double sigma_within_ = 0.0;
  bool has_spare_ = false;
  double spare_ = 0.0;
};

// The arithmetic mean of one process's values.
inline double process_mean(const SimulatedProcess& process) {
  double sum = 0.0;
  for (double v : process.values) sum += v;
  return sum / static_cast<double>(process.values.size());
}

// One side reduced to process means, with session positions if asked (as one session's file).
inline stats::Sample to_sample(const std::vector<SimulatedProcess>& side, bool with_positions) {
  stats::Sample sample;
  for (const SimulatedProcess& p : side) {
    sample.process_stats.push_back(process_mean(p));
    if (with_positions) sample.session_positions.push_back(p.position);
  }
  return sample;
}

// Every value of one side, process after process (what pyperf's t-test pools).
inline std::vector<double> pooled_values(const std::vector<SimulatedProcess>& side) {
  std::vector<double> all;
  for (const SimulatedProcess& p : side) all.insert(all.end(), p.values.begin(), p.values.end());
  return all;
}

}  // namespace gilbench::compare::simulation
