// A mock executor that plays the worker harness without running anything: it answers each
// command with protocol lines computed from its arguments (no real timing), and can be told
// to crash, exit non-zero, time out, report a wrong result or raise the interrupt flag.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "benchmarks/runner/executor.hpp"

namespace gilbench::testing {

enum class Fault { none, crash, exit_code, wrong_result, timeout, garbage };

struct MockCall {
  std::string interpreter;  // argv[0]
  std::string workload;     // --workload=
  std::int64_t loops = 0;   // --loops= (0: calibration)
  std::vector<std::string> argv;
  std::vector<std::string> environment;
  std::vector<int> cpus;
};

class MockExecutor : public runner::Executor {
 public:
  // Seconds per call of run(n), per interpreter path (default 0.01).
  std::map<std::string, double> seconds_per_call;
  // Fault for a workload (all its workers).
  std::map<std::string, Fault> faults;
  // Raise `interrupt` to `signal` when the call with this index (0-based) starts.
  std::atomic<int>* interrupt = nullptr;
  std::int64_t interrupt_at_call = -1;
  int signal = 2;

  std::vector<MockCall> calls;

  runner::WorkerOutcome execute(const runner::WorkerCommand& command) override;
};

}  // namespace gilbench::testing
