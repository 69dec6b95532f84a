// The default-mode comparison of result files, before any formatting: per benchmark and per
// changed file the process-level comparison, the Holm-adjusted verdicts of each family, the
// geometric means, and the warnings. Every output format renders this one structure.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "compare/load/result_model.hpp"
#include "compare/report/report_warnings.hpp"
#include "compare/report/session.hpp"
#include "compare/stats/comparison.hpp"
#include "compare/stats/descriptive.hpp"
#include "compare/stats/suite.hpp"

namespace gilbench::compare::report {

struct AnalysisOptions {
  stats::Statistic statistic = stats::Statistic::mean;  // per process, and on display
  double equivalence_margin = 0.01;                     // m of the equivalence verdict
  double confidence = 0.95;                             // of the printed intervals
};

// One side (one file) of one benchmark, summarised for display.
struct SideSummary {
  std::string unit;               // "second", "byte" or "integer"
  double center = 0;              // mean (or median) of all values: what is displayed
  double spread = 0;              // std dev (or MAD) of all values; NaN with a single value
  std::size_t values = 0;         // number of values
  std::size_t processes = 0;      // worker processes with values (the unit of replication)
  bool one_process_file = false;  // Google Benchmark: all repetitions from one process
};

// One benchmark of one changed file against the reference.
struct BenchmarkResult {
  std::string name;
  std::string family;  // benchmarks compared as one family (Holm, geomean, gate)
  SideSummary reference;
  SideSummary changed;
  stats::Comparison comparison;  // unadjusted, on the per-process statistic
  stats::Verdict holm_verdict;   // after Holm across the family (summary and gate)
  double holm_p = 1.0;           // Holm-adjusted two-sided p-value within the family
};

// The benchmarks of one family (one unit of measure) of one changed file.
struct FamilyResult {
  std::string family;                                  // "time", "memory", "count" (from the unit)
  std::vector<std::size_t> benchmarks;                 // indices into ChangedFileResult::benchmarks
  std::optional<stats::GeometricMean> geometric_mean;  // with >= 2 benchmarks
};

// Everything about one changed file.
struct ChangedFileResult {
  std::string path;                         // as typed
  std::string display_name;                 // as pyperf names the column
  SessionRelation session;                  // one interleaved session, or not
  std::vector<BenchmarkResult> benchmarks;  // the common benchmarks, reference order
  std::vector<FamilyResult> families;       // in order of first appearance
  std::vector<std::string> ignored;         // benchmarks only in this file, sorted
};

struct SuiteComparison {
  std::string reference_path;
  std::string reference_display_name;
  std::vector<std::string> reference_ignored;  // reference benchmarks not in every file
  std::vector<std::string> common;             // common benchmark names, reference order
  std::vector<ChangedFileResult> changed;
  std::vector<ReportWarning> warnings;  // collected once, printed once
  AnalysisOptions options;
};

// Compares `changed` files with `reference` (already loaded and filtered). Throws InputError
// for input the comparison cannot use (no benchmark in common, unit mismatch).
SuiteComparison compare_suites(const ResultFile& reference, const std::vector<ResultFile>& changed,
                               const AnalysisOptions& options);

// The family of a unit: "time" (second), "memory" (byte), "count" (integer).
std::string family_of_unit(const std::string& unit);

}  // namespace gilbench::compare::report
