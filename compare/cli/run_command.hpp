// `gilbench run`: the command line of a benchmark session. Parsing and set-up only; the
// session itself is benchmarks/runner/session.cpp.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace gilbench::cli {

struct RunCommandLine {
  std::vector<std::string> pythons;        // --python NAME=PATH, repeatable
  std::string switch_intervals = "0.005";  // --switch-interval S[,S...]
  std::string checkpoints;                 // --checkpoints 310,39,27
  std::string benchmarks;                  // --benchmarks NAMES (comma-separated)
  std::int64_t processes = 20, values = 3, warmups = 1, loops = 0;
  double min_time = 0.1;
  bool fast = false, rigorous = false;
  std::optional<std::string> affinity;  // --affinity CPUS
  bool no_interleave = false;
  double timeout = 0.0;
  std::string output;  // -o DIR
  bool append = false, force = false, dry_run = false;
  std::string same_loops;                  // --same-loops FILE
  std::optional<std::uint64_t> seed;       // --seed N
  std::optional<std::int64_t> workload_n;  // --n N
  std::vector<std::string> slowdowns;      // --control-slowdown NAME=FRACTION
  std::string workloads_dir, harness, system_root;
};

class RunCommand {
 public:
  explicit RunCommand(CLI::App& app);
  bool parsed() const { return command_->parsed(); }
  int run(std::ostream& out, std::ostream& err) const;

 private:
  CLI::App* command_;
  RunCommandLine line_;
};

}  // namespace gilbench::cli
