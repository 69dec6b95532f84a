// Internal to pyperf mode: the computed comparison (one row per common benchmark, one
// result per changed file) and the three printers: list, group-by-speed and table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compare/pyperf/compare_to.hpp"
#include "compare/pyperf/number_format.hpp"
#include "compare/pyperf/significance.hpp"

namespace gilbench::compare::pyperf::detail {

// One benchmark of one file, reduced to what compare_to prints.
struct BenchmarkSummary {
  std::string unit;
  std::vector<double> values;  // all values, run order
  PyNumber mean;               // int when Python's statistics.mean would return an int
  double mean_value = 0.0;     // the mean as a double (for ratios and the t-test)
  std::string text;            // "<mean> +- <stdev>" or "<mean>" (pyperf-spec §4.4)
  std::string mean_text;       // table cell: the mean alone
};

// Reference vs one changed file, for one benchmark.
struct Result {
  const BenchmarkSummary* reference = nullptr;
  const BenchmarkSummary* changed = nullptr;
  double ratio = 1.0;  // mean(changed) / mean(reference)
  Significance significance;
};

struct Row {
  std::string name;
  std::vector<Result> results;  // one per changed file, command-line order

  bool any_significant() const {
    for (const Result& r : results)
      if (r.significance.significant) return true;
    return false;
  }
};

struct Report {
  const PyperfCompareOptions* options = nullptr;
  std::vector<std::string> names;  // display names: reference first
  std::string last_benchmark;      // last name of the master common list (quirk §4.10 b)
  std::size_t master_size = 0;     // number of common benchmarks
};

// Prints one section (all common benchmarks, or one tag's) in the selected mode.
void print_list(const Report& report, const std::vector<const Row*>& rows, std::string& out);
void print_group_by_speed(const Report& report, const std::vector<const Row*>& rows,
                          std::string& out);
void print_table(const Report& report, const std::vector<const Row*>& rows, std::string& out);

// Shared pieces.
std::string hidden_line(const std::vector<const Row*>& hidden);
std::vector<double> geometric_means(const std::vector<const Row*>& rows);  // per changed file
// The lines of one result (§4.5): header, ERROR line, Significant/Not significant!
std::vector<std::string> result_lines(const Report& report, std::size_t changed_index,
                                      const Result& result);
// Renders a table (reST or Markdown) from header + rows of cells.
std::string render_table(const std::vector<std::vector<std::string>>& rows, bool markdown);

}  // namespace gilbench::compare::pyperf::detail
