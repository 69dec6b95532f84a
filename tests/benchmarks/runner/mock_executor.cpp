// The mock worker: pyperf's calibration rule and the harness protocol, computed, not timed.
#include "mock_executor.hpp"

#include <fmt/format.h>

#include "compare/load/python_repr.hpp"

namespace gilbench::testing {
namespace {

std::string argument(const std::vector<std::string>& argv, const std::string& name) {
  for (const auto& arg : argv) {
    if (arg.rfind(name + "=", 0) == 0) return arg.substr(name.size() + 1);
  }
  return {};
}

}  // namespace

runner::WorkerOutcome MockExecutor::execute(const runner::WorkerCommand& command) {
  MockCall call;
  call.interpreter = command.argv.at(0);
  call.workload = argument(command.argv, "--workload");
  call.loops = std::stoll(argument(command.argv, "--loops"));
  call.argv = command.argv;
  call.environment = command.environment;
  call.cpus = command.cpus;
  std::int64_t index = static_cast<std::int64_t>(calls.size());
  calls.push_back(call);

  runner::WorkerOutcome outcome;
  if (interrupt && index == interrupt_at_call) {
    interrupt->store(signal);
    outcome.interrupted = true;
    outcome.term_signal = 9;
    return outcome;
  }
  Fault fault = faults.count(call.workload) ? faults.at(call.workload) : Fault::none;
  auto& lines = outcome.stdout_lines;
  lines.push_back("@gilbench hello 1");
  lines.push_back("@gilbench meta python_implementation str cpython");
  lines.push_back("@gilbench meta python_version str 3.11.7 (64-bit)");
  lines.push_back("unrelated output of the workload");
  switch (fault) {
    case Fault::crash:
      outcome.term_signal = 11;
      outcome.stderr_tail = "Segmentation fault in the interpreter\n";
      return outcome;
    case Fault::exit_code:
      outcome.exit_code = 1;
      outcome.stderr_tail = "Traceback (most recent call last):\nZeroDivisionError: boom\n";
      return outcome;
    case Fault::wrong_result:
      lines.push_back("@gilbench fail check wrong result: expected 92 solutions");
      outcome.exit_code = 3;
      outcome.stderr_tail = "gilbench worker: check: wrong result: expected 92 solutions\n";
      return outcome;
    case Fault::timeout:
      outcome.timed_out = true;
      outcome.term_signal = 9;
      outcome.stderr_tail = "still working\n";
      return outcome;
    case Fault::garbage:
      lines.push_back("@gilbench value not-a-number");
      outcome.exit_code = 0;
      return outcome;
    case Fault::none:
      break;
  }
  double per_call =
      seconds_per_call.count(call.interpreter) ? seconds_per_call.at(call.interpreter) : 0.01;
  std::int64_t warmups = std::stoll(argument(command.argv, "--warmups"));
  std::int64_t values = std::stoll(argument(command.argv, "--values"));
  double min_time = std::stod(argument(command.argv, "--min-time"));
  if (call.loops == 0) {
    std::int64_t loops = 1, planned = warmups + values;
    for (std::int64_t done = 0; done < planned; ++done) {
      double raw = per_call * static_cast<double>(loops);
      lines.push_back(
          fmt::format("@gilbench calibrate {} {}", loops, compare::python_float_repr(raw)));
      if (raw < min_time) loops *= 2, ++planned;
    }
    lines.push_back(fmt::format("@gilbench loops {}", loops));
  } else {
    for (std::int64_t i = 0; i < warmups; ++i) {
      lines.push_back(fmt::format("@gilbench warmup {} {}", call.loops,
                                  compare::python_float_repr(per_call * call.loops)));
    }
    for (std::int64_t i = 0; i < values; ++i) {
      // Slightly different values so statistics are defined.
      double raw = per_call * static_cast<double>(call.loops) * (1.0 + 0.001 * (i + index % 3));
      lines.push_back("@gilbench value " + compare::python_float_repr(raw));
    }
  }
  lines.push_back("@gilbench gil gil_acquisitions int 42");
  lines.push_back("@gilbench done 0.5");
  outcome.exit_code = 0;
  outcome.max_rss_bytes = 10 * 1024 * 1024;
  outcome.wall_seconds = 0.6;
  return outcome;
}

}  // namespace gilbench::testing
