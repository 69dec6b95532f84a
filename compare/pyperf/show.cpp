// pyperf show: stability checks in the manner of `pyperf check` (pyperf-spec §6.7) and the
// result line of each benchmark, titled when a file holds several benchmarks.
#include "compare/pyperf/show.hpp"

#include <algorithm>
#include <cmath>

#include "compare/load/load.hpp"
#include "compare/load/python_repr.hpp"
#include "compare/pyperf/exact_stats.hpp"
#include "compare/pyperf/number_format.hpp"

namespace gilbench::compare::pyperf {
namespace {

std::string format_one(const std::string& unit, double value) {
  return format_values(unit, {PyNumber{value}})[0];
}

// The `* ...` lines of the unstable-result warning, in pyperf's order.
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

std::string result_line(const Benchmark& benchmark) {
  const std::vector<double> values = benchmark.all_values();
  PyNumber mean = exact_mean(values);
  if (benchmark.values_all_integers())
    if (auto integer = exact_integer_mean(values)) mean = *integer;
  if (values.size() < 2) return format_values(benchmark.unit, {mean})[0];
  const auto texts = format_values(benchmark.unit, {mean, PyNumber{exact_stdev(values)}});
  return "Mean +- std dev: " + texts[0] + " +- " + texts[1];
}

}  // namespace

int run_pyperf_show(const PyperfShowOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<ResultFile> files;
  try {
    files = load_result_files(options.files, LoadOptions{/*require_values=*/false});
  } catch (const InputError& error) {
    err << (error.python_error.empty() ? error.file + ": " + error.problem : error.python_error)
        << "\n";
    return 1;
  }
  std::string text;
  for (std::size_t f = 0; f < files.size(); ++f) {
    ResultFile& file = files[f];
    if (!options.benchmarks.empty())
      std::erase_if(file.benchmarks, [&](const Benchmark& b) {
        return std::find(options.benchmarks.begin(), options.benchmarks.end(), b.name) ==
               options.benchmarks.end();
      });
    if (files.size() > 1) {
      if (f > 0) text += "\n";
      text += file.path + "\n" + std::string(file.path.size(), '=') + "\n\n";
    }
    const bool several = file.benchmarks.size() > 1;
    for (std::size_t b = 0; b < file.benchmarks.size(); ++b) {
      const Benchmark& benchmark = file.benchmarks[b];
      if (benchmark.value_count() == 0) {
        err << "statistics.StatisticsError: mean requires at least one data point\n";
        out << text;
        return 1;
      }
      const std::vector<std::string> warnings =
          options.quiet ? std::vector<std::string>{} : stability_warnings(file, benchmark);
      if (warnings.empty()) {
        text += (several ? benchmark.name + ": " : std::string()) + result_line(benchmark) + "\n";
        continue;
      }
      if (several) {
        if (b > 0) text += "\n";
        text += benchmark.name + "\n" + std::string(benchmark.name.size(), '-') + "\n\n";
      }
      text += "WARNING: the benchmark result may be unstable\n";
      for (const std::string& warning : warnings) text += "* " + warning + "\n";
      text += "\nTry to rerun the benchmark with more runs, values and/or loops.\n";
      text += "Run '" + options.program + " system tune' command to reduce the system jitter.\n";
      text += "Use pyperf stats, pyperf dump and pyperf hist to analyze results.\n";
      text += "Use --quiet option to hide these warnings.\n\n";
      text += result_line(benchmark) + "\n";
    }
  }
  out << text;
  return 0;
}

}  // namespace gilbench::compare::pyperf
