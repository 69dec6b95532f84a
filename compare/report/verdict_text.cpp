// Texts of the default-mode report. Numbers use pyperf's formatting (compare/pyperf) so a
// reader of pyperf's tables finds the same scales and words.
#include "compare/report/verdict_text.hpp"

#include <fmt/format.h>

#include <cmath>

#include "compare/pyperf/number_format.hpp"

namespace gilbench::compare::report {

std::string side_text(const SideSummary& side) {
  if (side.values < 2 || std::isnan(side.spread)) return center_text(side);
  auto texts = pyperf::format_values(side.unit, {side.center, side.spread});
  return texts[0] + " +- " + texts[1];
}

std::string center_text(const SideSummary& side) {
  return pyperf::format_values(side.unit, {side.center})[0];
}

std::string percent_change(double ratio) {
  return fmt::format("{:+.1f}%", (ratio - 1.0) * 100.0);
}

std::string ratio_and_interval(const BenchmarkResult& benchmark, double confidence) {
  const stats::Comparison& comparison = benchmark.comparison;
  std::string ratio = pyperf::ratio_text(comparison.ratio);
  if (std::isnan(comparison.ci_low) || std::isnan(comparison.ci_high)) {
    return ratio + " (no interval)";
  }
  return fmt::format("{} ({:g}% CI {} .. {})", ratio, confidence * 100,
                     percent_change(comparison.ci_low), percent_change(comparison.ci_high));
}

std::string verdict_label(const stats::Comparison& comparison, stats::Verdict verdict,
                          double margin) {
  std::string margin_text = fmt::format("{:g}%", margin * 100);
  switch (verdict) {
    case stats::Verdict::slower:
      return "slower";
    case stats::Verdict::faster:
      return "faster";
    case stats::Verdict::equivalent:
      return "equivalent (±" + margin_text + ")";
    case stats::Verdict::slower_within_margin:
      return "slower (within " + margin_text + ")";
    case stats::Verdict::faster_within_margin:
      return "faster (within " + margin_text + ")";
    case stats::Verdict::inconclusive:
      if (comparison.method == stats::Method::too_few_processes) {
        std::size_t fewest = std::min(comparison.n_reference, comparison.n_changed);
        return fmt::format("inconclusive: {} process{}", fewest, fewest == 1 ? "" : "es");
      }
      return fmt::format("inconclusive (could detect {:.1f}%)", comparison.mde * 100);
  }
  return "?";
}

std::string statistic_title(stats::Statistic statistic) {
  return statistic == stats::Statistic::median ? "Median +- MAD" : "Mean +- std dev";
}

}  // namespace gilbench::compare::report
