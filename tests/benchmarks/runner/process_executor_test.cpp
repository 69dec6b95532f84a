// Tests of benchmarks/runner/process_executor with /bin/sh as the worker: output lines, stderr
// tail, exit status, kill on timeout and on interrupt, exec failure, pinning, environment.
#include <gtest/gtest.h>

#include <atomic>

#include "benchmarks/runner/executor.hpp"

namespace gilbench::runner {
namespace {

WorkerCommand shell(const std::string& script) {
  WorkerCommand command;
  command.argv = {"/bin/sh", "-c", script};
  command.environment = {"PATH=/usr/bin:/bin", "GILBENCH_ENV_PAD=xxx"};
  return command;
}

TEST(ProcessExecutor, CollectsLinesStderrAndStatus) {
  auto executor = make_process_executor(nullptr);
  auto outcome = executor->execute(shell("echo one; echo two; echo oops >&2; exit 3"));
  EXPECT_EQ(outcome.stdout_lines, (std::vector<std::string>{"one", "two"}));
  EXPECT_EQ(outcome.stderr_tail, "oops\n");
  EXPECT_EQ(outcome.exit_code, 3);
  EXPECT_EQ(outcome.term_signal, 0);
  EXPECT_FALSE(outcome.timed_out);
  EXPECT_GT(outcome.max_rss_bytes, 0);
}

TEST(ProcessExecutor, PassesOnlyTheGivenEnvironment) {
  auto executor = make_process_executor(nullptr);
  auto outcome = executor->execute(shell("echo ${GILBENCH_ENV_PAD}; echo ${HOSTNAME:-unset}"));
  EXPECT_EQ(outcome.stdout_lines, (std::vector<std::string>{"xxx", "unset"}));
}

TEST(ProcessExecutor, ReportsASignal) {
  auto executor = make_process_executor(nullptr);
  auto outcome = executor->execute(shell("kill -SEGV $$"));
  EXPECT_EQ(outcome.term_signal, 11);
  EXPECT_EQ(outcome.exit_code, -1);
}

TEST(ProcessExecutor, KillsOnTimeoutWithItsChildren) {
  auto executor = make_process_executor(nullptr);
  WorkerCommand command = shell("echo started; sleep 30 & sleep 30; echo never");
  command.timeout_seconds = 0.2;
  auto outcome = executor->execute(command);
  EXPECT_TRUE(outcome.timed_out);
  EXPECT_EQ(outcome.term_signal, 9);
  EXPECT_EQ(outcome.stdout_lines, std::vector<std::string>{"started"});
}

TEST(ProcessExecutor, KillsWhenTheSessionIsInterrupted) {
  std::atomic<int> interrupt{2};
  auto executor = make_process_executor(&interrupt);
  auto outcome = executor->execute(shell("sleep 30"));
  EXPECT_TRUE(outcome.interrupted);
  EXPECT_EQ(outcome.term_signal, 9);
}

TEST(ProcessExecutor, ReportsExecFailure) {
  auto executor = make_process_executor(nullptr);
  WorkerCommand command;
  command.argv = {"/nonexistent/python"};
  auto outcome = executor->execute(command);
  EXPECT_NE(outcome.spawn_error.find("No such file"), std::string::npos) << outcome.spawn_error;
}

TEST(ProcessExecutor, PinsTheChildBeforeExec) {
  auto executor = make_process_executor(nullptr);
  WorkerCommand command = shell("grep Cpus_allowed_list /proc/self/status");
  command.cpus = {0};
  auto outcome = executor->execute(command);
  ASSERT_EQ(outcome.stdout_lines.size(), 1u);
  EXPECT_NE(outcome.stdout_lines[0].find("\t0"), std::string::npos) << outcome.stdout_lines[0];
}

TEST(StderrTail, KeepsTheLastBytes) {
  std::string tail;
  append_tail(tail, "abcdef", 6, 4);
  EXPECT_EQ(tail, "cdef");
  append_tail(tail, "gh", 2, 4);
  EXPECT_EQ(tail, "efgh");
}

}  // namespace
}  // namespace gilbench::runner
