// The words of the default-mode report, shared by the list, table and group layouts: value
// texts in pyperf's number format, the ratio with its interval, and the verdict.
#pragma once

#include <string>

#include "compare/report/suite_comparison.hpp"

namespace gilbench::compare::report {

// "12.1 ms +- 0.4 ms" (several values), "12.1 ms" (one value), in the unit of the benchmark.
std::string side_text(const SideSummary& side);
// The displayed centre alone, for table cells: "12.1 ms".
std::string center_text(const SideSummary& side);

// "1.02x slower (95% CI +0.5% .. +3.4%)"; "1.02x slower (no interval)" with too few processes.
std::string ratio_and_interval(const BenchmarkResult& benchmark, double confidence);

// "slower", "faster", "equivalent (±1%)", "slower (within 1%)",
// "inconclusive (could detect 3.2%)", "inconclusive: 1 process".
std::string verdict_label(const stats::Comparison& comparison, stats::Verdict verdict,
                          double margin);

// "Mean +- std dev" or "Median +- MAD", as the statistic displayed.
std::string statistic_title(stats::Statistic statistic);

// "+2.0%" for a ratio of 1.02.
std::string percent_change(double ratio);

}  // namespace gilbench::compare::report
