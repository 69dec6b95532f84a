// pyperf show, check and slowest: per-benchmark summaries of result files.
#include "compare/pyperf/show.hpp"

#include <algorithm>
#include <functional>

#include "compare/load/load.hpp"
#include "compare/pyperf/display_files.hpp"
#include "compare/pyperf/exact_stats.hpp"
#include "compare/pyperf/metadata_format.hpp"
#include "compare/pyperf/number_format.hpp"
#include "compare/pyperf/stability.hpp"

namespace gilbench::compare::pyperf {
namespace {

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

int run_pyperf_show(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<ResultFile> files;
  if (int status = detail::load_display_files(options, files, err)) return status;
  std::string text;
  for (std::size_t f = 0; f < files.size(); ++f) {
    const ResultFile& file = files[f];
    if (files.size() > 1) {
      if (f > 0) text += "\n";
      text += file.path + "\n" + std::string(file.path.size(), '=') + "\n\n";
    }
    const bool several = file.benchmarks.size() > 1;
    for (std::size_t b = 0; b < file.benchmarks.size(); ++b) {
      const Benchmark& benchmark = file.benchmarks[b];
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
      text += stability_block(warnings, options.program) + "\n" + result_line(benchmark) + "\n";
    }
  }
  out << text;
  return 0;
}

int run_pyperf_check(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<ResultFile> files;
  if (int status = detail::load_display_files(options, files, err)) return status;
  std::string text;
  for (const ResultFile& file : files) {
    const bool several = file.benchmarks.size() > 1;
    for (std::size_t b = 0; b < file.benchmarks.size(); ++b) {
      const Benchmark& benchmark = file.benchmarks[b];
      if (several) {
        if (b > 0) text += "\n";
        text += benchmark.name + "\n" + std::string(benchmark.name.size(), '-') + "\n\n";
      }
      const std::vector<std::string> warnings = stability_warnings(file, benchmark);
      text += warnings.empty() ? std::string("The benchmark seems to be stable\n")
                               : stability_block(warnings, options.program);
    }
  }
  out << text;
  return 0;
}

int run_pyperf_metadata(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<ResultFile> files;
  if (int status = detail::load_display_files(options, files, err)) return status;
  std::string text;
  for (const ResultFile& file : files) {
    for (std::size_t b = 0; b < file.benchmarks.size(); ++b) {
      const Benchmark& benchmark = file.benchmarks[b];
      if (file.benchmarks.size() > 1) {
        if (b > 0) text += "\n";
        text += benchmark.name + "\n" + std::string(benchmark.name.size(), '-') + "\n\n";
      }
      text += "Metadata:\n";
      for (const auto& [key, value] : common_metadata(file, benchmark))
        text += "- " + key + ": " + format_metadata_value(key, value) + "\n";
      const std::string block =
          stability_block(stability_warnings(file, benchmark), options.program);
      if (!block.empty()) text += "\n" + block;
    }
  }
  out << text;
  return 0;
}

int run_pyperf_slowest(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<ResultFile> files;
  if (int status = detail::load_display_files(options, files, err)) return status;
  std::string text;
  for (const ResultFile& file : files) {
    // Total duration of each benchmark: the sum of its runs' `duration` metadata.
    std::vector<std::pair<double, const Benchmark*>> totals;
    for (const Benchmark& benchmark : file.benchmarks) {
      double total = 0.0;
      for (const Run& run : benchmark.runs) {
        const MetadataValue* duration = find_metadata(file, benchmark, run, "duration");
        if (auto* d = duration ? std::get_if<double>(duration) : nullptr) total += *d;
        if (auto* i = duration ? std::get_if<std::int64_t>(duration) : nullptr)
          total += static_cast<double>(*i);
      }
      totals.emplace_back(total, &benchmark);
    }
    std::stable_sort(totals.begin(), totals.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < totals.size() && i < 5; ++i)
      text += "#" + std::to_string(i + 1) + ": " + totals[i].second->name + " (" +
              format_seconds({totals[i].first})[0] + ")\n";
  }
  out << text;
  return 0;
}

}  // namespace gilbench::compare::pyperf
