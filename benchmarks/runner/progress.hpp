// Console output of a session: a live progress line with ETA on a terminal (plain lines
// otherwise), per-benchmark results in pyperf's `Mean +- std dev` shape, and the stability
// warnings of `pyperf check` printed once at the end.
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "compare/load/result_model.hpp"

namespace gilbench::runner {

class Progress {
 public:
  Progress(std::ostream& out, bool live, std::int64_t total_processes);
  void start_benchmark(std::size_t index, std::size_t count, const std::string& name,
                       std::int64_t processes);
  void process_done();  // one worker (calibration or value) finished
  // Clears the live line and prints the benchmark's outcome line.
  void finish_benchmark(const std::string& outcome);
  void print_line(const std::string& text);  // a message that must not mix with the live line
  double elapsed_seconds() const;

 private:
  void redraw();
  std::ostream& out_;
  bool live_;
  std::int64_t total_ = 0, done_ = 0, benchmark_done_ = 0, benchmark_processes_ = 0;
  std::size_t index_ = 0, count_ = 0;
  std::string name_;
  std::chrono::steady_clock::time_point started_, benchmark_started_;
};

// "1h02m", "3m05s", "12s".
std::string duration_text(double seconds);

// `name: Mean +- std dev: 1.23 ms +- 0.05 ms` over all values of the benchmark.
std::string mean_line(const compare::Benchmark& benchmark);

// pyperf-check style warnings for every benchmark of every cell file (empty when stable).
std::vector<std::string> stability_report(const std::vector<compare::ResultFile>& files,
                                          const std::vector<std::string>& cell_names);

}  // namespace gilbench::runner
