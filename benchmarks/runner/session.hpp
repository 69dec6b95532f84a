// The session manager of `gilbench run` (pyperf's "manager" role): calibration, interleaved
// worker processes, fault handling and one result file per cell. Design note in session.cpp.
#pragma once

#include <atomic>
#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "benchmarks/runner/executor.hpp"
#include "benchmarks/runner/session_plan.hpp"
#include "compare/load/result_model.hpp"

namespace gilbench::runner {

struct SessionOptions {
  std::int64_t processes = 20;  // value processes per cell and benchmark
  std::int64_t values = 3;      // values per process
  std::int64_t warmups = 1;     // warmups per process
  double min_time = 0.1;        // calibration target for one raw measurement (s)
  std::int64_t loops = 0;       // --loops: fixed loops for every benchmark; 0 = calibrate
  std::map<std::string, std::int64_t> same_loops;  // --same-loops FILE: loops per benchmark
  double timeout = 0.0;                            // per worker process (s); 0 = none
  bool interleave = true;                          // ABBA blocks; false: cell after cell
  std::optional<std::uint64_t> seed;               // interleaving seed; random when absent
  std::string output_dir;                          // one file per cell in here
  bool append = false;                     // add runs to existing files (keeps their session id)
  bool force = false;                      // overwrite existing files
  std::string workloads_dir;               // benchmarks/workloads
  std::string harness_path;                // benchmarks/harness/worker.py
  std::vector<std::string> benchmarks;     // workload names, in order
  std::optional<std::int64_t> workload_n;  // size passed to run(n); default DEFAULT_N
  std::string system_root;                 // prefix of /proc and /sys ("" = real)
  std::vector<int> cpus;                   // pin workers here (empty = no pinning)
  std::vector<std::string> affinity_warnings;  // recorded in metadata, printed once
  std::string gilbench_version;
  bool live_progress = false;  // redraw one progress line (a terminal)
};

// Loops per benchmark name from an earlier session's file (value runs' `loops`).
std::map<std::string, std::int64_t> read_same_loops(const std::string& path);

class Session {
 public:
  Session(SessionOptions options, std::vector<Cell> cells, Executor& executor, std::ostream& out,
          const std::atomic<int>* interrupt);

  std::string file_path(const Cell& cell) const;
  // Prints the plan and its time estimate; runs nothing.
  void print_plan(std::ostream& out) const;
  // Runs the session. Returns 0 when every benchmark succeeded, 1 when some failed, 128+signal
  // when interrupted. Throws RunError for problems found before the first worker starts.
  int run();

  // The files as last written (tests), in cell order.
  const std::vector<compare::ResultFile>& files() const { return files_; }
  const std::vector<std::string>& failed_benchmarks() const { return failed_; }

 private:
  struct Attempt;
  void prepare_files();
  Attempt run_worker(std::size_t cell, const std::string& benchmark, std::int64_t loops);
  bool run_benchmark(std::size_t index);
  void record_failure(const std::string& benchmark, const Attempt& attempt);
  void write_files();
  compare::Metadata run_metadata(std::size_t cell, const Attempt& attempt) const;
  double estimate_seconds() const;

  SessionOptions options_;
  std::vector<Cell> cells_;
  Executor& executor_;
  std::ostream& out_;
  const std::atomic<int>* interrupt_;
  std::string session_id_;
  std::uint64_t seed_ = 0;
  std::int64_t next_position_ = 0;
  std::vector<compare::ResultFile> files_;
  std::vector<std::string> failed_;
  compare::Metadata machine_;
  class Progress* progress_ = nullptr;
};

}  // namespace gilbench::runner
