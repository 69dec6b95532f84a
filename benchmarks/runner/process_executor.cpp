// The real executor: fork, pin with sched_setaffinity in the child, exec with a minimal
// environment; the parent polls stdout/stderr pipes with a deadline and reaps with wait4.
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

#include "benchmarks/runner/executor.hpp"

namespace gilbench::runner {

void append_tail(std::string& tail, const char* data, std::size_t size, std::size_t limit) {
  tail.append(data, size);
  if (tail.size() > limit) tail.erase(0, tail.size() - limit);
}

namespace {

constexpr std::size_t stderr_tail_limit = 4096;

class ProcessExecutor : public Executor {
 public:
  explicit ProcessExecutor(const std::atomic<int>* interrupt) : interrupt_(interrupt) {}
  WorkerOutcome execute(const WorkerCommand& command) override;

 private:
  const std::atomic<int>* interrupt_;
};

// Child side after fork: only async-signal-safe calls until exec.
[[noreturn]] void exec_child(const WorkerCommand& command, char* const* argv, char* const* envp,
                             int out_fd, int err_fd, int status_fd) {
  ::setpgid(0, 0);  // own process group: a timeout kills the worker and its children
  ::signal(SIGINT, SIG_DFL);
  ::signal(SIGTERM, SIG_DFL);
  if (!command.cpus.empty()) {
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int cpu : command.cpus) CPU_SET(cpu, &set);
    if (::sched_setaffinity(0, sizeof set, &set) != 0) {
      int error = errno;
      [[maybe_unused]] auto n = ::write(status_fd, &error, sizeof error);
      ::_exit(127);
    }
  }
  ::dup2(out_fd, STDOUT_FILENO);
  ::dup2(err_fd, STDERR_FILENO);
  int null_fd = ::open("/dev/null", O_RDONLY);
  if (null_fd >= 0) ::dup2(null_fd, STDIN_FILENO);
  ::execve(argv[0], argv, envp);
  int error = errno;
  [[maybe_unused]] auto n = ::write(status_fd, &error, sizeof error);
  ::_exit(127);
}

WorkerOutcome ProcessExecutor::execute(const WorkerCommand& command) {
  WorkerOutcome outcome;
  auto started = std::chrono::steady_clock::now();
  std::vector<char*> argv;
  for (const auto& arg : command.argv) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (const auto& entry : command.environment) envp.push_back(const_cast<char*>(entry.c_str()));
  envp.push_back(nullptr);

  int out_pipe[2], err_pipe[2], status_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) || ::pipe2(err_pipe, O_CLOEXEC) ||
      ::pipe2(status_pipe, O_CLOEXEC)) {
    outcome.spawn_error = std::string("pipe: ") + std::strerror(errno);
    return outcome;
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    outcome.spawn_error = std::string("fork: ") + std::strerror(errno);
    return outcome;
  }
  if (pid == 0)
    exec_child(command, argv.data(), envp.data(), out_pipe[1], err_pipe[1], status_pipe[1]);
  ::setpgid(pid, pid);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  ::close(status_pipe[1]);

  std::string out_buffer;
  bool killed = false;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  int open_count = 2;
  char buffer[8192];
  while (open_count > 0) {
    double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!killed && command.timeout_seconds > 0 && elapsed > command.timeout_seconds) {
      outcome.timed_out = true;
    }
    if (!killed && interrupt_ && interrupt_->load() != 0) outcome.interrupted = true;
    if (!killed && (outcome.timed_out || outcome.interrupted)) {
      ::kill(-pid, SIGKILL);
      killed = true;
    }
    int ready = ::poll(fds, 2, 50);  // short slices: check deadline and signal flag often
    if (ready < 0 && errno != EINTR) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_count;
      } else if (i == 0) {
        out_buffer.append(buffer, static_cast<std::size_t>(n));
      } else {
        append_tail(outcome.stderr_tail, buffer, static_cast<std::size_t>(n), stderr_tail_limit);
      }
    }
  }
  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  int child_errno = 0;
  if (::read(status_pipe[0], &child_errno, sizeof child_errno) == sizeof child_errno) {
    outcome.spawn_error = std::string(command.cpus.empty() ? "exec " : "exec or affinity ") +
                          command.argv[0] + ": " + std::strerror(child_errno);
  }
  ::close(status_pipe[0]);
  if (WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) outcome.term_signal = WTERMSIG(status);
  outcome.max_rss_bytes = static_cast<std::int64_t>(usage.ru_maxrss) * 1024;  // KiB on Linux
  outcome.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::size_t begin = 0;
  while (begin < out_buffer.size()) {
    std::size_t end = out_buffer.find('\n', begin);
    if (end == std::string::npos) end = out_buffer.size();
    outcome.stdout_lines.push_back(out_buffer.substr(begin, end - begin));
    begin = end + 1;
  }
  return outcome;
}

}  // namespace

std::unique_ptr<Executor> make_process_executor(const std::atomic<int>* interrupt) {
  return std::make_unique<ProcessExecutor>(interrupt);
}

}  // namespace gilbench::runner
