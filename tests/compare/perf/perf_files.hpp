// Synthetic result files for the compare performance benchmark: pyperf 1.0 suites of
// 1,000 benchmarks × (1 calibration + 20 worker runs × 3 values), with the per-run metadata
// real pyperf files carry (as in ../shared/pyperf-vectors).
#pragma once

#include <string>

namespace gilbench::compare::perf {

struct PerfFileShape {
  int benchmarks = 1000;
  int processes = 20;
  int values = 3;
};

// Writes a pyperf JSON suite to `path`, deterministic for a given `seed`; `slowdown`
// multiplies every value (so two files differ). Returns the file size in bytes.
std::size_t write_perf_file(const std::string& path, unsigned seed, double slowdown,
                            const PerfFileShape& shape = {});

}  // namespace gilbench::compare::perf
