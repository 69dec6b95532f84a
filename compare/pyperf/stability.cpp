// pyperf's stability checks (pyperf-spec §6.7): standard deviation >= 10% of the mean, not
// enough processes for 1% precision, minimum/maximum 50% away from the mean, raw values
// under 1 ms.
#include "compare/pyperf/stability.hpp"

#include <algorithm>
#include <cmath>

#include "compare/pyperf/exact_stats.hpp"
#include "compare/pyperf/number_format.hpp"

namespace gilbench::compare::pyperf {

std::string format_one(const std::string& unit, double value) {
  return format_values(unit, {PyNumber{value}})[0];
}

std::vector<std::string> stability_warnings(const ResultFile& file, const Benchmark& benchmark) {
  std::vector<std::string> warnings;
  const std::vector<double> values = benchmark.all_values();
  const std::string& unit = benchmark.unit;
  const double mean = exact_mean(values);
  if (values.size() >= 2) {
    const double stdev = exact_stdev(values);
    const double percent = stdev * 100.0 / mean;
    if (percent >= 10.0) {
      warnings.push_back("the standard deviation (" + format_one(unit, stdev) + ") is " +
                         fixed(percent, 0) + "% of the mean (" + format_one(unit, mean) + ")");
    } else {
      // Processes needed for a 1% precision at 95% from the per-run means; the run count
      // includes calibration runs, as in pyperf.
      std::vector<double> run_means;
      for (const Run& run : benchmark.runs)
        if (!run.values.empty()) run_means.push_back(exact_mean(run.values));
      if (run_means.size() >= 2) {
        const double cv = exact_stdev(run_means) / exact_mean(run_means);
        const double needed = std::ceil(4 * 1.96 * 1.96 * cv * cv / (0.01 * 0.01));
        if (needed > static_cast<double>(benchmark.runs.size()))
          warnings.push_back(
              "Not enough samples to get a stable result (95% certainly of less than 1% "
              "variation)");
      }
    }
  }
  const auto [min_it, max_it] = std::minmax_element(values.begin(), values.end());
  const double below = (mean - *min_it) * 100.0 / mean;
  if (below >= 50.0)
    warnings.push_back("the minimum (" + format_one(unit, *min_it) + ") is " + fixed(below, 0) +
                       "% smaller than the mean (" + format_one(unit, mean) + ")");
  const double above = (*max_it - mean) * 100.0 / mean;
  if (above >= 50.0)
    warnings.push_back("the maximum (" + format_one(unit, *max_it) + ") is " + fixed(above, 0) +
                       "% greater than the mean (" + format_one(unit, mean) + ")");
  if (unit == "second") {
    double shortest = HUGE_VAL;
    for (const Run& run : benchmark.runs) {
      const double loops =
          static_cast<double>(metadata_int(find_metadata(file, benchmark, run, "loops"), 1) *
                              metadata_int(find_metadata(file, benchmark, run, "inner_loops"), 1));
      for (double value : run.values) shortest = std::min(shortest, value * loops);
    }
    if (shortest < 1e-3)
      warnings.push_back("the shortest raw value is only " + format_one(unit, shortest));
  }
  return warnings;
}

std::string stability_block(const std::vector<std::string>& warnings, const std::string& program) {
  if (warnings.empty()) return {};
  std::string text = "WARNING: the benchmark result may be unstable\n";
  for (const std::string& warning : warnings) text += "* " + warning + "\n";
  text += "\nTry to rerun the benchmark with more runs, values and/or loops.\n";
  text += "Run '" + program + " system tune' command to reduce the system jitter.\n";
  text += "Use pyperf stats, pyperf dump and pyperf hist to analyze results.\n";
  text += "Use --quiet option to hide these warnings.\n";
  return text;
}

}  // namespace gilbench::compare::pyperf
