// Stability warnings: one line per kind, listing at most a few benchmarks by name.
#include "compare/report/stability_warnings.hpp"

#include <fmt/format.h>

#include "compare/load/metadata_lookup.hpp"

namespace gilbench::compare::report {
namespace {

constexpr std::size_t kNamesShown = 5;

std::string list_some(const std::vector<std::string>& entries) {
  std::string text;
  for (std::size_t i = 0; i < entries.size() && i < kNamesShown; ++i) {
    if (i > 0) text += ", ";
    text += entries[i];
  }
  if (entries.size() > kNamesShown)
    text += fmt::format(" and {} more", entries.size() - kNamesShown);
  return text;
}

std::string detail(const stats::StabilityWarning& warning) {
  switch (warning.issue) {
    case stats::StabilityIssue::high_stdev:
      return fmt::format("{:.0f}%", 100.0 * warning.measured / warning.reference);
    case stats::StabilityIssue::min_far_from_mean:
    case stats::StabilityIssue::max_far_from_mean:
      return fmt::format("{:+.0f}%", 100.0 * (warning.measured / warning.reference - 1.0));
    case stats::StabilityIssue::short_raw_value:
      return fmt::format("{:.3g} ms", warning.measured * 1e3);
    case stats::StabilityIssue::few_processes:
      return fmt::format("{:.0f} process{}", warning.measured, warning.measured == 1 ? "" : "es");
  }
  return {};
}

}  // namespace

void StabilityCollector::check(const ResultFile& file, const Benchmark& benchmark,
                               const std::vector<std::vector<double>>& processes,
                               const std::string& display_name) {
  std::vector<double> raw_values;
  raw_values.reserve(benchmark.value_count());
  const MetadataValue* inherited_loops = find_inherited_metadata(file, benchmark, "loops");
  const MetadataValue* inherited_inner = find_inherited_metadata(file, benchmark, "inner_loops");
  for (const Run& run : benchmark.runs) {
    if (run.is_calibration()) continue;
    const MetadataValue* loops = find_run_metadata(run, "loops");
    const MetadataValue* inner = find_run_metadata(run, "inner_loops");
    const double factor = double(metadata_int(loops ? loops : inherited_loops, 1)) *
                          double(metadata_int(inner ? inner : inherited_inner, 1));
    for (double value : run.values) raw_values.push_back(value * factor);
  }
  bool time_unit = benchmark.unit == "second";
  for (const auto& warning : stats::check_stability(processes, raw_values, time_unit)) {
    found_[warning.issue].push_back(
        fmt::format("{} [{}] ({})", benchmark.name, display_name, detail(warning)));
  }
}

void StabilityCollector::report(std::vector<ReportWarning>& warnings) const {
  for (const auto& [issue, entries] : found_) {
    std::string what;
    std::string advice;
    switch (issue) {
      case stats::StabilityIssue::high_stdev:
        what = "the standard deviation is at least 10% of the mean";
        advice =
            "benchmark on isolated CPUs (isolcpus=, --affinity) at a fixed frequency, on a "
            "quiet machine";
        break;
      case stats::StabilityIssue::min_far_from_mean:
      case stats::StabilityIssue::max_far_from_mean:
        what =
            fmt::format("the {} value is at least 50% away from the mean",
                        issue == stats::StabilityIssue::min_far_from_mean ? "smallest" : "largest");
        advice = "look for interference (other processes, frequency changes) during the run";
        break;
      case stats::StabilityIssue::short_raw_value:
        what = "the shortest raw value is under 1 ms";
        advice = "use more loops per value (a larger --min-time)";
        break;
      case stats::StabilityIssue::few_processes:
        what = "fewer than 10 worker processes measured";
        advice = "use more processes: the process is the unit of replication";
        break;
    }
    add_warning(warnings, {"unstable",
                           fmt::format("{} for {} benchmark result{}: {}", what, entries.size(),
                                       entries.size() == 1 ? "" : "s", list_some(entries)),
                           advice});
  }
}

}  // namespace gilbench::compare::report
