// Conformance: replays every `compare_to` command (and the show/dump/check/metadata/slowest
// commands the driver reproduces; `stats` and `hist` are not) of
// ../shared/pyperf-vectors/*/manifest.json through the gilbench binary (cwd = the case
// folder) and compares stdout byte for byte, the exit code exactly, and stderr (exact, or the
// last line for Python tracebacks).
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

struct Outcome {
  std::string out, err;
  int exit_code = -1;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// fork + exec with both pipes drained through poll (no deadlock on large output).
Outcome run(const std::vector<std::string>& argv, const fs::path& cwd) {
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) return {};
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(out_pipe[0]), close(err_pipe[0]), close(out_pipe[1]), close(err_pipe[1]);
    if (chdir(cwd.c_str()) != 0) _exit(127);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(out_pipe[1]), close(err_pipe[1]);
  Outcome outcome;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&outcome.out, &outcome.err};
  int open_count = 2;
  while (open_count > 0) {
    if (poll(fds, 2, -1) < 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      char buffer[4096];
      const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_count;
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return outcome;
}

std::string last_line(const std::string& text) {
  std::string trimmed = text;
  while (!trimmed.empty() && trimmed.back() == '\n') trimmed.pop_back();
  const auto newline = trimmed.rfind('\n');
  return newline == std::string::npos ? trimmed : trimmed.substr(newline + 1);
}

// The first line where two texts differ, for a readable failure.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string le, la;
  for (int line = 1;; ++line) {
    const bool he = static_cast<bool>(std::getline(e, le));
    const bool ha = static_cast<bool>(std::getline(a, la));
    if (!he && !ha) return "(only the final newline differs)";
    if (le != la || he != ha)
      return "line " + std::to_string(line) + ":\n  expected: " + (he ? le : "<end>") +
             "\n  actual:   " + (ha ? la : "<end>");
  }
}

TEST(PyperfVectors, EveryCompareToAndShowCommandMatches) {
  const fs::path vectors = fs::path(GILBENCH_SHARED_DIR) / "pyperf-vectors";
  const char* ci = std::getenv("CI");
  if (!fs::is_directory(vectors)) {
    if (ci != nullptr && std::string(ci) == "true")
      FAIL() << "CI=true but the pyperf vectors are missing: " << vectors;
    GTEST_SKIP() << "0 compare_to commands run: " << vectors << " is absent";
  }
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(vectors))
    if (fs::exists(entry.path() / "manifest.json")) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());

  int found = 0, ran = 0, passed = 0, show_ran = 0, show_passed = 0;
  for (const fs::path& case_dir : cases) {
    const auto manifest = nlohmann::json::parse(slurp(case_dir / "manifest.json"));
    for (const auto& command : manifest.value("commands", nlohmann::json::array())) {
      const auto argv = command.at("argv").get<std::vector<std::string>>();
      if (argv.size() < 2) continue;
      const bool show = argv[1] == "show" || argv[1] == "check" || argv[1] == "slowest" ||
                        argv[1] == "dump" || argv[1] == "metadata";
      if (argv[1] != "compare_to" && !show) continue;
      found += !show;
      // The real gilbench binary: `pyperf compare_to ARGS` is `gilbench compare_to --stats
      // pyperf ARGS`; `pyperf show ARGS` is `gilbench show ARGS`.
      std::vector<std::string> driver_argv{GILBENCH_BINARY, argv[1]};
      if (!show) driver_argv.insert(driver_argv.end(), {"--stats", "pyperf"});
      driver_argv.insert(driver_argv.end(), argv.begin() + 2, argv.end());
      const Outcome outcome = run(driver_argv, case_dir);
      (show ? show_ran : ran) += 1;
      const std::string label =
          case_dir.filename().string() + "/" + command.at("label").get<std::string>();
      const std::string expected_out = slurp(case_dir / command.at("stdout").get<std::string>());
      std::string expected_err;
      if (command.contains("stderr") && !command.at("stderr").is_null())
        expected_err = slurp(case_dir / command.at("stderr").get<std::string>());
      const bool traceback = expected_err.rfind("Traceback", 0) == 0;
      bool ok = true;
      if (outcome.out != expected_out) {
        ok = false;
        ADD_FAILURE() << label << ": stdout differs at "
                      << first_difference(expected_out, outcome.out);
      }
      if (outcome.exit_code != command.at("exit_code").get<int>()) {
        ok = false;
        ADD_FAILURE() << label << ": exit code " << outcome.exit_code << ", expected "
                      << command.at("exit_code");
      }
      const bool err_ok = traceback ? last_line(outcome.err) == last_line(expected_err)
                                    : outcome.err == expected_err;
      if (!err_ok) {
        ok = false;
        ADD_FAILURE() << label << ": stderr\n  expected: "
                      << (traceback ? last_line(expected_err) : expected_err)
                      << "\n  actual:   " << outcome.err;
      }
      (show ? show_passed : passed) += ok;
    }
  }
  std::cout << "pyperf vectors: " << passed << "/" << ran << " compare_to commands passed, "
            << show_passed << "/" << show_ran
            << " show/dump/check/metadata/slowest commands passed\n";
  EXPECT_EQ(ran, found);
  EXPECT_GE(ran, 100) << "fewer compare_to commands than the shared vectors hold";
  EXPECT_EQ(show_passed, show_ran);
}

}  // namespace
