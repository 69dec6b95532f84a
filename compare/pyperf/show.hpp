// pyperf's display commands on result files (pyperf-spec §4.11): `show`, `dump`, `check`,
// `metadata`, `slowest`. Secondary to compare_to; replayed against the vectors as well.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace gilbench::compare::pyperf {

struct PyperfDisplayOptions {
  std::vector<std::string> files;            // as typed
  bool quiet = false;                        // -q: no warnings (dump: values only)
  bool raw = false;                          // dump --raw: raw timer readings
  bool verbose = false;                      // dump -v: benchmark and run metadata
  std::vector<std::string> benchmarks;       // -b NAME filter, empty = all
  std::string program = "python -m pyperf";  // named in the `system tune` advice line
};
using PyperfShowOptions = PyperfDisplayOptions;

// Each returns pyperf's exit code (0, or 1 after a load failure).
int run_pyperf_show(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err);
int run_pyperf_dump(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err);
int run_pyperf_check(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err);
int run_pyperf_metadata(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err);
int run_pyperf_slowest(const PyperfDisplayOptions& options, std::ostream& out, std::ostream& err);

}  // namespace gilbench::compare::pyperf
