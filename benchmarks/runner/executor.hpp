// The executor interface: run one worker process and collect what it said. The runner
// logic depends only on this, so tests drive it with a mock (as hyperfine does).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace gilbench::runner {

struct WorkerCommand {
  std::vector<std::string> argv;         // argv[0] is the executable path
  std::vector<std::string> environment;  // complete environment, "KEY=value"
  std::vector<int> cpus;                 // pin the child here before exec; empty = no pinning
  double timeout_seconds = 0.0;          // kill the worker after this long; 0 = never
};

struct WorkerOutcome {
  std::vector<std::string> stdout_lines;  // every line the worker printed on stdout
  std::string stderr_tail;                // the last few KiB of its stderr
  int exit_code = -1;                     // exit status when it exited normally, else -1
  int term_signal = 0;                    // the signal that killed it, else 0
  bool timed_out = false;                 // killed by us after timeout_seconds
  bool interrupted = false;               // killed by us because the session got SIGINT/TERM
  std::string spawn_error;                // fork/exec/affinity failure; "" when it started
  std::int64_t max_rss_bytes = 0;         // peak resident memory (wait4 rusage), 0 if unknown
  double wall_seconds = 0.0;              // spawn to exit
};

class Executor {
 public:
  virtual ~Executor() = default;
  virtual WorkerOutcome execute(const WorkerCommand& command) = 0;
};

// fork/exec with pipes and poll; kills the worker's process group on timeout or when
// `interrupt` becomes non-zero (the session's signal flag).
std::unique_ptr<Executor> make_process_executor(const std::atomic<int>* interrupt);

// Keeps at most `limit` trailing bytes of a growing text (the stderr tail).
void append_tail(std::string& tail, const char* data, std::size_t size, std::size_t limit);

}  // namespace gilbench::runner
