// Entry point of `gilbench compare` with the default statistics: loads the files, compares
// them process by process, prints the report and applies the merge gate.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace gilbench::compare::report {

struct DefaultCompareOptions {
  std::vector<std::string> files;  // reference first, as typed
  bool quiet = false;
  bool verbose = false;
  bool group_by_speed = false;
  bool table = false;
  bool markdown = false;
  bool json = false;                     // --format json
  std::vector<std::string> benchmarks;   // -b filter (empty: all)
  bool use_median = false;               // --statistic median
  double equivalence_margin = 0.01;      // fraction
  std::optional<double> min_speed;       // fraction
  std::optional<double> fail_if_slower;  // fraction: enables the gate
  bool allow_inconclusive = false;
  bool accept_separate_sessions = false;
  // false: the loaded files are left to the OS at exit instead of being freed (the CLI, which
  // exits right after; see compare/load/keep_until_exit.hpp).
  bool free_loaded_files = true;
};

// Returns the exit code (DESIGN.md): 0, 1 (gate failed), 2 (bad input, one `error:` line on
// `err` and nothing on `out`), 3 (gate inconclusive).
int run_default_compare(const DefaultCompareOptions& options, std::ostream& out, std::ostream& err);

}  // namespace gilbench::compare::report
