// `gilbench compare --stats pyperf`: pyperf 2.10's `compare_to`, byte for byte (stdout,
// stderr `ERROR:` lines, exit code). The CLI parses its flags into PyperfCompareOptions.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gilbench::compare::pyperf {

// pyperf compare_to's flags (pyperf-spec §4.1).
struct PyperfCompareOptions {
  std::vector<std::string> files;       // reference first, then changed files; as typed
  bool quiet = false;                   // -q/--quiet
  bool verbose = false;                 // -v/--verbose
  bool group_by_speed = false;          // -G/--group-by-speed
  std::optional<double> min_speed;      // --min-speed PERCENT
  bool table = false;                   // --table
  std::string table_format = "rest";    // --table-format rest|md
  std::vector<std::string> benchmarks;  // -b/--benchmark NAME (repeatable), empty = all
  // false: the loaded files are left to the OS at exit instead of being freed (the CLI, which
  // exits right after; see compare/load/keep_until_exit.hpp).
  bool free_loaded_files = true;
};

// Runs the comparison. Returns pyperf's exit code: 0, or 1 after an `ERROR:` line or a load
// failure (stderr gets the last line of the traceback pyperf would print).
int run_pyperf_compare(const PyperfCompareOptions& options, std::ostream& out, std::ostream& err);

// pyperf's argparse usage block for compare_to (3 lines, as in the vectors).
std::string pyperf_compare_usage();

// Prints the usage block and `-m pyperf compare_to: error: MESSAGE` to `err`; returns 2,
// argparse's exit code. Messages: "the following arguments are required: file.json",
// "argument --table-format: invalid choice: 'html' (choose from 'rest', 'md')",
// "argument --min-speed: invalid float value: 'fast'".
int print_pyperf_usage_error(std::ostream& err, std::string_view message);

// Parses compare_to's arguments (argv after `compare_to`) like pyperf's argparse does.
// Returns the options, or the argparse error message for print_pyperf_usage_error.
struct PyperfUsageError {
  std::string message;
};
std::variant<PyperfCompareOptions, PyperfUsageError> parse_pyperf_compare_args(
    const std::vector<std::string>& args);

}  // namespace gilbench::compare::pyperf
