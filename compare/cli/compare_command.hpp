// `gilbench compare` (alias `compare_to`): the command line of the comparison, shared by both
// statistics modes. Parsing only; the work is done by compare/pyperf and compare/report.
#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace gilbench::cli {

// Everything the user can say to `gilbench compare`, as typed. Values whose validation differs
// between the two modes (pyperf reports its own errors its own way) are kept as text here.
struct CompareCommandLine {
  std::vector<std::string> files;         // reference first, then the changed files
  std::string stats = "default";          // "default"; "pyperf" is routed before parsing
  bool quiet = false;                     // -q: hide the hidden-benchmark and ignored lines
  bool verbose = false;                   // -v: show every benchmark
  bool group_by_speed = false;            // -G
  bool table = false;                     // --table
  std::string table_format = "rest";      // --table-format rest|md
  std::optional<std::string> min_speed;   // --min-speed PERCENT, as typed
  std::vector<std::string> benchmarks;    // -b NAME, repeatable
  std::string format = "text";            // --format text|json (default mode)
  std::string statistic = "mean";         // --statistic mean|median (default mode)
  double equivalence_margin = 1.0;        // --equivalence-margin PERCENT
  std::optional<double> fail_if_slower;   // --fail-if-slower PERCENT: the merge gate
  bool allow_inconclusive = false;        // exit 0 instead of 3 for an inconclusive gate
  bool accept_separate_sessions = false;  // judge separate sessions like one session
};

// Registers the subcommand on `app`; run() executes it after a successful parse.
class CompareCommand {
 public:
  explicit CompareCommand(CLI::App& app);
  bool parsed() const { return command_->parsed(); }
  int run(std::ostream& out, std::ostream& err) const;

 private:
  CLI::App* command_;
  CompareCommandLine line_;
};

// `gilbench compare --stats pyperf ...` is parsed by pyperf's own rules (argparse: its usage
// text, its error messages), so main() hands such a command line over before CLI11 sees it.
// Returns the arguments after the subcommand name without `--stats pyperf`, or nullopt when
// the command line is not one of pyperf mode.
std::optional<std::vector<std::string>> pyperf_mode_arguments(int argc, char** argv);
int run_pyperf_mode(const std::vector<std::string>& arguments, std::ostream& out,
                    std::ostream& err);

}  // namespace gilbench::cli
