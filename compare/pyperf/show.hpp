// `pyperf show` (pyperf-spec §4.11, §6.7): per benchmark the stability warnings and the
// `Mean +- std dev` line. Secondary to compare_to; checked against the vectors too.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace gilbench::compare::pyperf {

struct PyperfShowOptions {
  std::vector<std::string> files;            // as typed
  bool quiet = false;                        // -q: no warnings, one line per benchmark
  std::vector<std::string> benchmarks;       // -b NAME filter, empty = all
  std::string program = "python -m pyperf";  // named in the `system tune` advice line
};

// Returns pyperf's exit code (0, or 1 after a load failure / ERROR line).
int run_pyperf_show(const PyperfShowOptions& options, std::ostream& out, std::ostream& err);

}  // namespace gilbench::compare::pyperf
