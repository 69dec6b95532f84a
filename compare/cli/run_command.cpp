// `gilbench run` options → SessionOptions and cells; signal handling; typed errors printed
// as `error: <subject>: <problem>` (exit 2).
#include "compare/cli/run_command.hpp"

#include <signal.h>
#include <unistd.h>

#include <fmt/format.h>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "benchmarks/runner/affinity.hpp"
#include "benchmarks/runner/run_error.hpp"
#include "benchmarks/runner/session.hpp"

namespace gilbench::cli {
namespace {

std::atomic<int> interrupt_signal{0};

extern "C" void on_signal(int number) {
  interrupt_signal.store(number);
}

void install_signal_handlers() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: poll() wakes up at once
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

std::string executable_dir() {
  std::error_code error;
  auto path = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::string(".") : path.parent_path().string();
}

int run_session(const RunCommandLine& line, std::ostream& out) {
  using namespace gilbench::runner;
  SessionOptions options;
  options.processes = line.processes;
  options.values = line.values;
  options.warmups = line.warmups;
  if (line.fast) {  // pyperf: from the defaults, overriding -p/-n
    options.processes = std::max<std::int64_t>(20 / 2, 3);
    options.values = std::max<std::int64_t>(3 * 2 / 3, 2);
  }
  if (line.rigorous) options.processes = 2 * 20;
  if (options.processes < 1 || options.values < 1 || options.warmups < 0) {
    throw RunError("--processes/--values/--warmups", "need >= 1 process, >= 1 value, >= 0 warmups");
  }
  options.min_time = line.min_time;
  options.loops = line.loops;
  options.timeout = line.timeout;
  options.interleave = !line.no_interleave;
  options.seed = line.seed;
  options.output_dir = line.output;
  options.append = line.append;
  options.force = line.force;
  options.workload_n = line.workload_n;
  options.gilbench_version = GILBENCH_VERSION;
  options.system_root = line.system_root;
  options.workloads_dir = line.workloads_dir.empty()
                              ? std::string(GILBENCH_SOURCE_DIR "/benchmarks/workloads")
                              : line.workloads_dir;
  options.harness_path = line.harness.empty()
                             ? std::string(GILBENCH_SOURCE_DIR "/benchmarks/harness/worker.py")
                             : line.harness;
  if (!std::filesystem::exists(options.harness_path)) {
    throw RunError(options.harness_path, "worker harness not found");
  }
  options.benchmarks = list_workloads(options.workloads_dir, split_commas(line.benchmarks));
  if (options.benchmarks.empty()) throw RunError(options.workloads_dir, "no workloads");
  if (!line.same_loops.empty()) options.same_loops = read_same_loops(line.same_loops);

  std::vector<Interpreter> interpreters;
  for (const auto& spec : line.pythons) interpreters.push_back(parse_interpreter(spec));
  if (interpreters.empty()) interpreters = default_interpreters(executable_dir());
  std::vector<double> intervals;
  for (const auto& text : split_commas(line.switch_intervals)) {
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !(value > 0)) {
      throw RunError("--switch-interval", "not a positive number of seconds: '" + text + "'");
    }
    intervals.push_back(value);
  }
  if (intervals.empty()) intervals.push_back(0.005);
  std::vector<int> policies;
  for (const auto& text : split_commas(line.checkpoints)) {
    if (text != "310" && text != "39" && text != "27") {
      throw RunError("--checkpoints", "expected 310, 39 or 27, got '" + text + "'");
    }
    policies.push_back(std::stoi(text));
  }
  std::vector<Cell> cells = make_cells(interpreters, intervals, policies);
  for (const auto& spec : line.slowdowns) {
    auto equals = spec.find('=');
    std::string name = spec.substr(0, equals);
    double fraction = equals == std::string::npos ? 0.0 : std::atof(spec.c_str() + equals + 1);
    bool found = false;
    for (auto& cell : cells) {
      if (cell.interpreter.name == name) cell.slowdown = fraction, found = true;
    }
    if (!found || !(fraction > 0)) {
      throw RunError("--control-slowdown", "expected NAME=FRACTION for a --python NAME");
    }
  }
  // Threaded workloads are tagged by name until the manifest carries tags.
  bool threaded = false;
  for (const auto& name : options.benchmarks) {
    if (name.find("thread") != std::string::npos) threaded = true;
  }
  AffinityChoice affinity = choose_affinity(line.affinity, line.system_root, threaded);
  options.cpus = affinity.cpus;
  options.affinity_warnings = affinity.warnings;
  options.live_progress = ::isatty(STDOUT_FILENO) != 0;

  auto executor = make_process_executor(&interrupt_signal);
  Session session(options, cells, *executor, out, &interrupt_signal);
  if (line.dry_run) {
    for (const auto& warning : affinity.warnings) out << "WARNING: " << warning << "\n";
    session.print_plan(out);
    return 0;
  }
  install_signal_handlers();
  return session.run();
}

}  // namespace

RunCommand::RunCommand(CLI::App& app) {
  command_ = app.add_subcommand("run",
                                "Run workloads in interleaved, pinned worker processes "
                                "and write one pyperf JSON file per cell");
  auto* c = command_;
  c->add_option("--python", line_.pythons,
                "Interpreter NAME=PATH (repeatable; default: the gilpy builds of this tree)");
  c->add_option("--switch-interval", line_.switch_intervals,
                "Switch interval(s) in seconds, comma-separated (one cell each)")
      ->capture_default_str();
  c->add_option("--checkpoints", line_.checkpoints,
                "gilpy check-point policies 310,39,27 (one cell each; skipped for CPython)");
  c->add_option("-b,--benchmarks", line_.benchmarks,
                "Workload names, comma-separated (default: all)");
  c->add_option("-p,--processes", line_.processes, "Worker processes per cell")
      ->capture_default_str();
  c->add_option("-n,--values", line_.values, "Values per process")->capture_default_str();
  c->add_option("-w,--warmups", line_.warmups, "Warmups per process")->capture_default_str();
  c->add_option("-l,--loops", line_.loops, "Fixed loops (0: calibrate)")->capture_default_str();
  c->add_option("--min-time", line_.min_time, "Minimum raw duration of a value (s)")
      ->capture_default_str();
  auto* fast = c->add_flag("--fast", line_.fast, "10 processes x 2 values");
  c->add_flag("--rigorous", line_.rigorous, "40 processes")->excludes(fast);
  c->add_option("--affinity", line_.affinity,
                "Pin workers to CPUS (e.g. 0-1); default: isolated CPUs");
  c->add_flag("--no-interleave", line_.no_interleave, "Run cell after cell (not recommended)");
  c->add_option("--timeout", line_.timeout, "Kill a worker after S seconds (0: never)");
  c->add_option("-o,--output", line_.output, "Output folder (one file per cell)")->required();
  auto* append = c->add_flag("--append", line_.append, "Add runs to existing files (same session)");
  c->add_flag("--force", line_.force, "Overwrite existing files")->excludes(append);
  c->add_flag("--dry-run", line_.dry_run, "Print the plan and its time estimate, run nothing");
  c->add_option("--same-loops", line_.same_loops, "Reuse the loops of an earlier result FILE")
      ->check(CLI::ExistingFile);
  c->add_option("--seed", line_.seed, "Interleaving seed (default: random, recorded)");
  c->add_option("--n", line_.workload_n, "Workload size passed to run(n) (default: DEFAULT_N)");
  c->add_option("--control-slowdown", line_.slowdowns,
                "Positive control: NAME=FRACTION slows interpreter NAME's timings by FRACTION");
  c->add_option("--workloads", line_.workloads_dir, "Workloads folder");
  c->add_option("--harness", line_.harness, "Worker harness script");
  c->add_option("--system-root", line_.system_root, "Read /proc and /sys below this folder");
}

int RunCommand::run(std::ostream& out, std::ostream& err) const {
  try {
    return run_session(line_, out);
  } catch (const runner::RunError& error) {
    out.flush();
    err << "error: " << error.subject << ": " << error.problem << "\n";
    return 2;
  }
}

}  // namespace gilbench::cli
