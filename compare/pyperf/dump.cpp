// pyperf dump (pyperf-spec §2.7, §4.11): every run with its warmups and values, calibration
// runs, deviations from the mean beyond 5%, `--raw` timer readings, `-q` values only.
#include <cmath>

#include "compare/pyperf/display_files.hpp"
#include "compare/pyperf/exact_stats.hpp"
#include "compare/pyperf/metadata_format.hpp"
#include "compare/pyperf/number_format.hpp"
#include "compare/pyperf/show.hpp"
#include "compare/pyperf/stability.hpp"

namespace gilbench::compare::pyperf {
namespace {

// " (+9%)" when the value is at least 5% away from the benchmark mean.
std::string deviation(double value, double mean) {
  const double percent = (value - mean) * 100.0 / mean;
  if (std::fabs(percent) < 5.0) return {};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, " (%+.0f%%)", percent);
  return buffer;
}

std::int64_t run_int(const ResultFile& file, const Benchmark& benchmark, const Run& run,
                     std::string_view key, std::int64_t fallback) {
  return metadata_int(find_metadata(file, benchmark, run, key), fallback);
}

}  // namespace

int run_pyperf_dump(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<ResultFile> files;
  if (int status = detail::load_display_files(options, files, err)) return status;
  std::string text;
  for (const ResultFile& file : files) {
    for (std::size_t b = 0; b < file.benchmarks.size(); ++b) {
      const Benchmark& benchmark = file.benchmarks[b];
      const std::string& unit = benchmark.unit;
      const double mean = exact_mean(benchmark.all_values());
      if (file.benchmarks.size() > 1) {
        if (b > 0) text += "\n";
        text += benchmark.name + "\n" + std::string(benchmark.name.size(), '-') + "\n\n";
      }
      const Metadata common = common_metadata(file, benchmark);
      if (options.verbose) {
        text += "Metadata:\n";
        for (const auto& [key, value] : common)
          text += "  " + key + ": " + format_metadata_value(key, value) + "\n";
        text += "\n";
      }
      // -v: after each run, its effective metadata minus the benchmark's common metadata.
      auto run_metadata = [&](const Run& run) {
        if (!options.verbose) return;
        Metadata own = run.metadata;
        for (const Metadata* level : {&benchmark.metadata, &file.metadata})
          for (const auto& [key, value] : *level) own.emplace(key, value);
        std::string lines;
        for (const auto& [key, value] : own)
          if (!common.count(key))
            lines += "  " + key + ": " + format_metadata_value(key, value) + "\n";
        if (!lines.empty()) text += "- Metadata:\n" + lines;
      };
      for (std::size_t r = 0; r < benchmark.runs.size(); ++r) {
        const Run& run = benchmark.runs[r];
        const std::int64_t loops = run_int(file, benchmark, run, "loops", 1);
        const double inner = static_cast<double>(run_int(file, benchmark, run, "inner_loops", 1));
        const std::string header = "Run " + std::to_string(r + 1) + ":";
        if (run.is_calibration()) {
          if (options.quiet) continue;
          text += header + " calibrate the number of loops: " +
                  format_number(PyNumber{run_int(file, benchmark, run, "calibrate_loops", loops)}) +
                  "\n";
          for (std::size_t i = 0; i < run.warmups.size(); ++i) {
            const Warmup& w = run.warmups[i];
            const double raw = w.value * static_cast<double>(w.loops) * inner;
            const std::string loops_text = format_number(PyNumber{w.loops});
            text += options.raw ? "- raw calibrate " + std::to_string(i + 1) + ": " +
                                      format_one(unit, raw) + " (loops: " + loops_text + ")\n"
                                : "- calibrate " + std::to_string(i + 1) + ": " +
                                      format_one(unit, w.value) + " (loops: " + loops_text +
                                      ", raw: " + format_one(unit, raw) + ")\n";
          }
          run_metadata(run);
          continue;
        }
        if (options.quiet) {
          text += header + "\n";
        } else {
          text += header + " " +
                  format_number(PyNumber{static_cast<std::int64_t>(run.warmups.size())}, "warmup") +
                  ", " +
                  format_number(PyNumber{static_cast<std::int64_t>(run.values.size())}, "value") +
                  ", " + format_number(PyNumber{loops}, "loop") + "\n";
          for (std::size_t i = 0; i < run.warmups.size(); ++i) {
            const Warmup& w = run.warmups[i];
            text += options.raw
                        ? "- raw warmup " + std::to_string(i + 1) + ": " +
                              format_one(unit, w.value * static_cast<double>(w.loops) * inner) +
                              "\n"
                        : "- warmup " + std::to_string(i + 1) + ": " + format_one(unit, w.value) +
                              deviation(w.value, mean) + "\n";
          }
        }
        for (std::size_t i = 0; i < run.values.size(); ++i) {
          const double value = run.values[i];
          const double shown = options.raw ? value * static_cast<double>(loops) * inner : value;
          text += std::string(options.raw ? "- raw value " : "- value ") + std::to_string(i + 1) +
                  ": " + format_one(unit, shown) + deviation(value, mean) + "\n";
        }
        if (!options.quiet) run_metadata(run);
      }
      if (!options.quiet) {
        const std::string block =
            stability_block(stability_warnings(file, benchmark), options.program);
        if (!block.empty()) text += "\n" + block;
      }
    }
  }
  out << text;
  return 0;
}

}  // namespace gilbench::compare::pyperf
