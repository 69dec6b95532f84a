// The deterministic simulation acceptance test of the default mode (tests/.../simulation.hpp):
// false-positive rates of A/A comparisons with and without machine drift, and power at +3%.
#include "tests/compare/stats/simulation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "compare/stats/comparison.hpp"
#include "compare/stats/descriptive.hpp"

#include "compare/pyperf/exact_stats.hpp"
#include "compare/pyperf/significance.hpp"

namespace gilbench::compare::simulation {
namespace {

using stats::Comparison;
using stats::Method;
using stats::Verdict;

constexpr int trials = 2000;

// pyperf's test, exactly as `gilbench compare --stats pyperf` runs it (pyperf-spec §4.4):
// Student's t on every value pooled, equal sizes, its coarse critical-value table.
bool pyperf_significant(const std::vector<double>& a, const std::vector<double>& b) {
  return pyperf::t_test(a, pyperf::exact_mean(a), b, pyperf::exact_mean(b)).significant;
}

bool significant(const Comparison& c) {
  return stats::is_slower(c.verdict) || stats::is_faster(c.verdict);
}

struct Rates {
  double paired = 0;         // default mode with session positions (paired)
  double welch = 0;          // default statistics without positions (Welch on log means)
  double pyperf = 0;         // pooled Student t with pyperf's critical table
  double paired_slower = 0;  // verdict exactly `slower` in the default paired mode
  double welch_slower = 0;
};

Rates run(const Settings& settings, std::uint64_t seed) {
  Simulator simulator(settings, seed);
  int paired = 0, welch = 0, pyperf = 0, paired_slower = 0, welch_slower = 0;
  for (int i = 0; i < trials; ++i) {
    const SimulatedComparison sim = simulator.next();
    const Comparison p =
        stats::compare_samples(to_sample(sim.reference, true), to_sample(sim.changed, true));
    const Comparison w =
        stats::compare_samples(to_sample(sim.reference, false), to_sample(sim.changed, false));
    if (p.method != Method::paired || p.max_pair_gap != 1 || w.method != Method::welch) {
      throw std::logic_error("ABBA processes must pair with their neighbours");
    }
    paired += significant(p);
    welch += significant(w);
    paired_slower += p.verdict == Verdict::slower;
    welch_slower += w.verdict == Verdict::slower;
    pyperf += pyperf_significant(pooled_values(sim.reference), pooled_values(sim.changed));
  }
  const double n = trials;
  return {paired / n, welch / n, pyperf / n, paired_slower / n, welch_slower / n};
}

void print(const char* name, const Rates& r) {
  std::printf(
      "%-44s paired %5.2f%%  welch %5.2f%%  pyperf pooled t %5.2f%%  (slower: %5.2f%% / %5.2f%%)\n",
      name, 100 * r.paired, 100 * r.welch, 100 * r.pyperf, 100 * r.paired_slower,
      100 * r.welch_slower);
}

// Log of each process mean minus the known centre, in session order, for one comparison.
std::vector<double> session_series(const SimulatedComparison& sim, double base) {
  std::vector<double> series(sim.reference.size() + sim.changed.size());
  for (const auto* side : {&sim.reference, &sim.changed}) {
    for (const SimulatedProcess& p : *side) {
      series[static_cast<std::size_t>(p.position)] = std::log(process_mean(p) / base);
    }
  }
  return series;
}

TEST(Simulation, GeneratorMatchesItsModel) {
  const Settings settings;  // 20 × 3, CV 2%, ρ = 0.5, no drift
  Simulator simulator(settings, 1);
  EXPECT_NEAR(simulator.sigma_between(), simulator.sigma_within(), 1e-15);  // ρ = 0.5
  std::vector<double> logs;
  for (int i = 0; i < 500; ++i) {
    for (double x : session_series(simulator.next(), settings.base_seconds)) logs.push_back(x);
  }
  std::printf("process-mean sd (log scale): %.4f\n", stats::sample_stdev(logs));
  EXPECT_NEAR(stats::sample_stdev(logs), 0.02, 0.001);
}

TEST(Simulation, DriftHasLagOneAutocorrelationNearPointFortyFive) {
  Settings settings;
  settings.drift_sd = 0.02;
  Simulator simulator(settings, 2);
  double lagged = 0, squares = 0, sum = 0;
  double centred_sum = 0;
  const int sessions = 2000;
  for (int s = 0; s < sessions; ++s) {
    const std::vector<double> x = session_series(simulator.next(), settings.base_seconds);
    const double m = stats::mean(x);
    double c_lag = 0, c_sq = 0;
    for (std::size_t t = 0; t < x.size(); ++t) {
      squares += x[t] * x[t];
      sum += x[t];
      c_sq += (x[t] - m) * (x[t] - m);
      if (t + 1 < x.size()) {
        lagged += x[t] * x[t + 1];
        c_lag += (x[t] - m) * (x[t + 1] - m);
      }
    }
    centred_sum += c_lag / c_sq;
  }
  // About the true centre: the model's lag-1 autocorrelation φσ_d²/(σ_d² + c²) = 0.45.
  const double rho = (lagged / (sessions * 39.0)) / (squares / (sessions * 40.0));
  std::printf(
      "lag-1 autocorrelation of process means: %.3f (about each session's own mean: %.3f)\n", rho,
      centred_sum / sessions);
  EXPECT_NEAR(rho, 0.45, 0.03);
}

// (a) A/A, one interleaved session, no drift.
TEST(Simulation, AaInterleavedHoldsTheNominalLevel) {
  const Rates r = run(Settings{}, 20260101);
  print("(a) A/A interleaved, no drift:", r);
  EXPECT_GE(r.paired, 0.03);
  EXPECT_LE(r.paired, 0.07);
  EXPECT_GE(r.welch, 0.03);
  EXPECT_LE(r.welch, 0.07);
  EXPECT_GT(r.pyperf, 0.10);  // pooling values of one process: the simulation bites
}

// (b) A/A with machine drift (lag-1 autocorrelation ≈ 0.45): interleaving + pairing holds the
// level; two sequential sessions compared without pairing do not.
TEST(Simulation, DriftBreaksSequentialSessionsButNotInterleavedPairs) {
  Settings settings;
  settings.drift_sd = 0.02;
  const Rates interleaved = run(settings, 20260102);
  print("(b) A/A interleaved, drift:", interleaved);
  EXPECT_GE(interleaved.paired, 0.03);
  EXPECT_LE(interleaved.paired, 0.07);

  settings.layout = Layout::sequential;
  Simulator simulator(settings, 20260103);
  int flagged = 0;
  for (int i = 0; i < trials; ++i) {
    SimulatedComparison sim = simulator.next();
    // Two sessions, each numbering its processes from 0: the positions clash, so the
    // comparison cannot pair them and falls back to Welch (separate sessions).
    for (auto& p : sim.changed) p.position -= static_cast<std::int64_t>(settings.processes);
    const Comparison c =
        stats::compare_samples(to_sample(sim.reference, true), to_sample(sim.changed, true));
    ASSERT_EQ(c.method, Method::welch);
    flagged += significant(c);
  }
  const double sequential = flagged / static_cast<double>(trials);
  std::printf("%-44s welch %5.2f%%\n", "(b) A/A two sequential sessions, drift:", 100 * sequential);
  EXPECT_GT(sequential, 0.20);
}

// (c) A true 3% slowdown under setting (a) is detected as slower.
TEST(Simulation, DetectsAThreePercentSlowdown) {
  Settings settings;
  settings.true_ratio = 1.03;
  const Rates r = run(settings, 20260104);
  print("(c) 3% slower, interleaved, no drift:", r);
  EXPECT_GE(r.paired_slower, 0.80);
  EXPECT_GE(r.welch_slower, 0.80);
}

}  // namespace
}  // namespace gilbench::compare::simulation
