// Stability warnings in the manner of `pyperf check` (std dev >= 10% of the mean, outliers,
// raw values under 1 ms, fewer than 10 processes), gathered over every benchmark of every file
// and reported as one warning per kind, naming the benchmarks concerned.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compare/load/result_model.hpp"
#include "compare/report/report_warnings.hpp"
#include "compare/stats/stability.hpp"

namespace gilbench::compare::report {

class StabilityCollector {
 public:
  // Checks one benchmark of one file (its values grouped by worker process).
  void check(const ResultFile& file, const Benchmark& benchmark,
             const std::vector<std::vector<double>>& processes, const std::string& display_name);
  // Appends one warning per kind of instability found.
  void report(std::vector<ReportWarning>& warnings) const;

 private:
  // For each kind: "name [file] (detail)" entries in the order found.
  std::map<stats::StabilityIssue, std::vector<std::string>> found_;
};

}  // namespace gilbench::compare::report
