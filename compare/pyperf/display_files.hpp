// Internal to the display commands: loading their files with pyperf's error behaviour and
// applying -b.
#pragma once

#include <algorithm>
#include <ostream>
#include <vector>

#include "compare/load/load.hpp"
#include "compare/pyperf/show.hpp"

namespace gilbench::compare::pyperf::detail {

// Loads `options.files`, keeps the -b benchmarks; prints pyperf's last traceback line and
// returns 1 on failure, else 0. A benchmark without values fails like pyperf's mean().
inline int load_display_files(const PyperfDisplayOptions& options, std::vector<ResultFile>& files,
                              std::ostream& err) {
  try {
    files = load_result_files(options.files, LoadOptions{/*require_values=*/false});
  } catch (const InputError& error) {
    err << (error.python_error.empty() ? error.file + ": " + error.problem : error.python_error)
        << "\n";
    return 1;
  }
  for (ResultFile& file : files) {
    if (!options.benchmarks.empty())
      std::erase_if(file.benchmarks, [&](const Benchmark& b) {
        return std::find(options.benchmarks.begin(), options.benchmarks.end(), b.name) ==
               options.benchmarks.end();
      });
    for (const Benchmark& benchmark : file.benchmarks)
      if (benchmark.value_count() == 0) {
        err << "statistics.StatisticsError: mean requires at least one data point\n";
        return 1;
      }
  }
  return 0;
}

}  // namespace gilbench::compare::pyperf::detail
