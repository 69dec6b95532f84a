// The session manager of `gilbench run`.
//
// Design note. A session is trustworthy when the only systematic difference between two
// cells is the thing being compared. So, per benchmark:
//  1. Calibration (pyperf-spec §6.3): one calibration worker per cell, in random order; the
//     benchmark's loops are the largest any cell found, so every cell runs the same work per
//     value (--loops and --same-loops skip this; --append reuses the file's loops).
//  2. Value workers: `processes` per cell, in randomized ABBA blocks (schedule_processes), so
//     machine drift hits all cells alike; every run records session_id, session_position,
//     session_block and its start `date`, which lets `gilbench compare` pair neighbours.
//  3. A worker that fails (spawn error, signal, non-zero exit, timeout, wrong result, broken
//     protocol) fails the benchmark: its stderr tail is printed, no run of that benchmark is
//     kept in any cell (a one-sided benchmark cannot be compared), its name goes to
//     `failed_benchmarks`, and the session moves on.
//  4. After each benchmark every cell file is rewritten atomically (temp + rename), so a
//     SIGINT/SIGTERM at any moment leaves valid files with every finished benchmark.
// Each worker gets a fresh minimal environment with a padding variable of random length
// (layout bias, Mytkowicz et al. 2009); ASLR stays as the system has it, and is recorded.
#include "benchmarks/runner/session.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <random>

#include "benchmarks/runner/affinity.hpp"
#include "benchmarks/runner/progress.hpp"
#include "benchmarks/runner/run_error.hpp"
#include "benchmarks/runner/system_metadata.hpp"
#include "benchmarks/runner/worker_protocol.hpp"
#include "compare/load/input_error.hpp"
#include "compare/load/load.hpp"
#include "compare/load/python_repr.hpp"
#include "compare/load/write_pyperf.hpp"

extern char** environ;

namespace gilbench::runner {
namespace fs = std::filesystem;

struct Session::Attempt {
  WorkerOutcome outcome;
  WorkerReport report;
  std::string date;          // start time, pyperf's `date`
  std::int64_t env_pad = 0;  // length of the padding variable
  std::string failure;       // "" when the worker succeeded
};

namespace {

std::string random_hex(std::mt19937_64& random, int digits) {
  std::string text;
  for (int i = 0; i < digits; ++i) text += "0123456789abcdef"[random() % 16];
  return text;
}

// The worker's environment: PATH, HOME, locale variables, and the padding variable.
std::vector<std::string> worker_environment(std::int64_t pad) {
  std::vector<std::string> environment;
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string text = *entry;
    if (text.rfind("PATH=", 0) == 0 || text.rfind("HOME=", 0) == 0 || text.rfind("LANG=", 0) == 0 ||
        text.rfind("LC_", 0) == 0 || text.rfind("TMPDIR=", 0) == 0) {
      environment.push_back(text);
    }
  }
  environment.push_back("GILBENCH_ENV_PAD=" + std::string(static_cast<std::size_t>(pad), 'x'));
  return environment;
}

std::string failure_text(const WorkerOutcome& outcome, const WorkerReport& report, bool calibration,
                         std::int64_t warmups, std::int64_t values) {
  if (!outcome.spawn_error.empty()) return "cannot start: " + outcome.spawn_error;
  if (outcome.interrupted) return "interrupted";
  if (outcome.timed_out) return fmt::format("timed out (killed)");
  if (!report.failure.empty() && report.failure.rfind("protocol", 0) != 0) return report.failure;
  if (outcome.term_signal != 0) return fmt::format("killed by signal {}", outcome.term_signal);
  if (outcome.exit_code != 0) return fmt::format("exited with code {}", outcome.exit_code);
  if (!report.failure.empty()) return report.failure;
  if (!report.duration) return "protocol: the worker did not finish (no `done`)";
  if (calibration && (!report.calibrated_loops || report.calibration.empty())) {
    return "protocol: calibration without a loop count";
  }
  if (!calibration && (static_cast<std::int64_t>(report.values.size()) != values ||
                       static_cast<std::int64_t>(report.warmups.size()) != warmups)) {
    return fmt::format("protocol: expected {} warmups and {} values, got {} and {}", warmups,
                       values, report.warmups.size(), report.values.size());
  }
  return {};
}

}  // namespace

std::map<std::string, std::int64_t> read_same_loops(const std::string& path) {
  std::map<std::string, std::int64_t> loops;
  compare::ResultFile file;
  try {
    file = compare::load_result_file(path);
  } catch (const compare::InputError& error) {
    throw RunError(error.file, error.problem);
  }
  for (const auto& benchmark : file.benchmarks) {
    for (const auto& run : benchmark.runs) {
      if (run.is_calibration()) continue;
      loops[benchmark.name] =
          compare::metadata_int(compare::find_metadata(file, benchmark, run, "loops"), 1);
      break;
    }
  }
  return loops;
}

Session::Session(SessionOptions options, std::vector<Cell> cells, Executor& executor,
                 std::ostream& out, const std::atomic<int>* interrupt)
    : options_(std::move(options)),
      cells_(std::move(cells)),
      executor_(executor),
      out_(out),
      interrupt_(interrupt) {
  seed_ = options_.seed ? *options_.seed
                        : std::random_device{}() * 0x100000000ull + std::random_device{}();
}

std::string Session::file_path(const Cell& cell) const {
  return (fs::path(options_.output_dir) / (cell.name + ".json")).string();
}

double Session::estimate_seconds() const {
  const double startup = 0.15;                 // interpreter start and imports, per worker
  double per_value = 1.5 * options_.min_time;  // loops are powers of two: [1, 2) × min_time
  double calibration = options_.loops > 0
                           ? 0.0
                           : startup + (options_.warmups + options_.values + 4) * options_.min_time;
  double process = startup + static_cast<double>(options_.warmups + options_.values) * per_value;
  return static_cast<double>(options_.benchmarks.size() * cells_.size()) *
         (calibration + static_cast<double>(options_.processes) * process);
}

void Session::print_plan(std::ostream& out) const {
  out << "Plan of the session (dry run, nothing is executed)\n";
  for (const auto& cell : cells_) {
    out << fmt::format("  cell {}: {} ({}, gil_build {}), switch interval {} s{} -> {}\n",
                       cell.name, cell.interpreter.name, cell.interpreter.path,
                       cell.interpreter.gil_build, compare::python_float_repr(cell.switch_interval),
                       cell.checkpoints ? fmt::format(", checkpoints {}", *cell.checkpoints) : "",
                       file_path(cell));
  }
  out << fmt::format("  benchmarks ({}): {}\n", options_.benchmarks.size(),
                     fmt::join(options_.benchmarks, ", "));
  out << fmt::format(
      "  per benchmark and cell: {}{} processes x ({} warmups + {} values), min time {} s\n",
      options_.loops > 0 ? "" : "1 calibration process + ", options_.processes, options_.warmups,
      options_.values, compare::python_float_repr(options_.min_time));
  out << fmt::format("  order: {}, seed {}\n",
                     options_.interleave ? "interleaved ABBA blocks" : "cell after cell", seed_);
  out << fmt::format("  affinity: {}\n", options_.cpus.empty() ? std::string("not pinned")
                                                               : format_cpu_list(options_.cpus));
  std::int64_t workers = static_cast<std::int64_t>(options_.benchmarks.size() * cells_.size()) *
                         (options_.processes + (options_.loops > 0 ? 0 : 1));
  out << fmt::format("  {} worker processes, estimated time {} (assumes ~0.15 s start-up)\n",
                     workers, duration_text(estimate_seconds()));
}

void Session::prepare_files() {
  std::error_code error;
  fs::create_directories(options_.output_dir, error);
  if (error) throw RunError(options_.output_dir, "cannot create: " + error.message());
  std::mt19937_64 random(seed_ ^ 0x9e3779b97f4a7c15ull);
  session_id_ = random_hex(random, 16);
  files_.assign(cells_.size(), {});
  for (std::size_t c = 0; c < cells_.size(); ++c) {
    std::string path = file_path(cells_[c]);
    files_[c].path = path;
    if (!fs::exists(path)) continue;
    if (options_.force) continue;
    if (!options_.append) {
      throw RunError(path, "already exists; pass --append to add runs or --force to overwrite");
    }
    try {
      files_[c] = compare::load_result_file(path);
    } catch (const compare::InputError& problem) {
      throw RunError(problem.file, problem.problem);
    }
    // --append keeps the session: same id, positions after the last one.
    for (const auto& benchmark : files_[c].benchmarks) {
      for (const auto& run : benchmark.runs) {
        const auto* id = compare::find_metadata(files_[c], benchmark, run, "session_id");
        if (id && std::holds_alternative<std::string>(*id))
          session_id_ = std::get<std::string>(*id);
        next_position_ = std::max(
            next_position_,
            compare::metadata_int(
                compare::find_metadata(files_[c], benchmark, run, "session_position"), -1) +
                1);
      }
    }
    const auto* failed = files_[c].metadata.find("failed_benchmarks") != files_[c].metadata.end()
                             ? &files_[c].metadata.at("failed_benchmarks")
                             : nullptr;
    if (failed && std::holds_alternative<std::string>(*failed)) {
      std::string list = std::get<std::string>(*failed);
      for (std::size_t begin = 0; begin < list.size();) {
        std::size_t end = std::min(list.find(',', begin), list.size());
        std::string name = list.substr(begin, end - begin);
        if (!name.empty() && std::find(failed_.begin(), failed_.end(), name) == failed_.end()) {
          failed_.push_back(name);
        }
        begin = end + 1;
      }
    }
  }
}

Session::Attempt Session::run_worker(std::size_t cell_index, const std::string& benchmark,
                                     std::int64_t loops) {
  const Cell& cell = cells_[cell_index];
  static thread_local std::mt19937_64 pad_random(std::random_device{}());
  Attempt attempt;
  attempt.env_pad = static_cast<std::int64_t>(pad_random() % 4096);
  WorkerCommand command;
  command.argv.push_back(cell.interpreter.path);
  if (cell.interpreter.gilpy && cell.checkpoints) {
    command.argv.push_back("-X");
    command.argv.push_back(fmt::format("checkpoints={}", *cell.checkpoints));
  }
  command.argv.push_back(options_.harness_path);
  command.argv.push_back("--workloads-dir=" + options_.workloads_dir);
  command.argv.push_back("--workload=" + benchmark);
  command.argv.push_back(fmt::format("--loops={}", loops));
  command.argv.push_back(fmt::format("--warmups={}", options_.warmups));
  command.argv.push_back(fmt::format("--values={}", options_.values));
  command.argv.push_back("--min-time=" + compare::python_float_repr(options_.min_time));
  command.argv.push_back("--switch-interval=" + compare::python_float_repr(cell.switch_interval));
  if (options_.workload_n) command.argv.push_back(fmt::format("--n={}", *options_.workload_n));
  if (cell.slowdown > 0) {
    command.argv.push_back("--slowdown=" + compare::python_float_repr(cell.slowdown));
  }
  command.environment = worker_environment(attempt.env_pad);
  command.cpus = options_.cpus;
  command.timeout_seconds = options_.timeout;
  attempt.date = local_date_text(std::chrono::system_clock::now());
  attempt.outcome = executor_.execute(command);
  attempt.report = parse_worker_output(attempt.outcome.stdout_lines);
  attempt.failure =
      failure_text(attempt.outcome, attempt.report, loops == 0, options_.warmups, options_.values);
  return attempt;
}

compare::Metadata Session::run_metadata(std::size_t cell_index, const Attempt& attempt) const {
  const Cell& cell = cells_[cell_index];
  compare::Metadata metadata = machine_;
  for (auto& [key, value] : moment_metadata(options_.system_root)) metadata[key] = value;
  for (const auto& [key, value] : attempt.report.metadata) metadata[key] = value;
  metadata["unit"] = std::string("second");
  metadata["date"] = attempt.date;
  if (attempt.report.duration) metadata["duration"] = *attempt.report.duration;
  if (attempt.outcome.max_rss_bytes > 0) metadata["mem_max_rss"] = attempt.outcome.max_rss_bytes;
  metadata["env_pad"] = attempt.env_pad;
  metadata["session_id"] = session_id_;
  metadata["interpreter_name"] = cell.interpreter.name;
  metadata["python_executable"] = fs::path(cell.interpreter.path).filename().string();
  metadata["gil_build"] = cell.interpreter.gil_build;
  metadata["switch_interval"] = cell.switch_interval;
  if (cell.checkpoints) {
    if (cell.interpreter.gilpy) {
      metadata["checkpoints"] = std::to_string(*cell.checkpoints);
    } else {
      metadata["skipped_settings"] = fmt::format("checkpoints={}", *cell.checkpoints);
    }
  }
  if (cell.slowdown > 0) metadata["control_slowdown"] = cell.slowdown;
  if (!options_.cpus.empty()) metadata["cpu_affinity"] = format_cpu_list(options_.cpus);
  return metadata;
}

void Session::record_failure(const std::string& benchmark, const Attempt& attempt) {
  std::string text = fmt::format("FAILED {}: {}", benchmark, attempt.failure);
  std::string tail = attempt.outcome.stderr_tail;
  while (!tail.empty() && tail.back() == '\n') tail.pop_back();
  if (!tail.empty()) {
    // The last lines only: enough for a traceback's end.
    std::size_t start = tail.size();
    for (int lines = 0; lines < 12 && start > 0; ++lines) {
      start = tail.rfind('\n', start - 1);
      if (start == std::string::npos) {
        start = 0;
        break;
      }
    }
    text += "\n  stderr tail:\n    " + tail.substr(start == 0 ? 0 : start + 1);
    for (std::size_t at = text.find('\n', text.find("stderr tail:") + 13); at != std::string::npos;
         at = text.find('\n', at + 1)) {
      text.insert(at + 1, "    ");
    }
  }
  progress_->print_line(text);
  if (std::find(failed_.begin(), failed_.end(), benchmark) == failed_.end()) {
    failed_.push_back(benchmark);
  }
}

void Session::write_files() {
  for (std::size_t c = 0; c < cells_.size(); ++c) {
    compare::ResultFile& file = files_[c];
    file.metadata["gilbench_version"] = options_.gilbench_version;
    file.metadata["interleave_seed"] = std::to_string(seed_);
    std::vector<std::string> failed;
    for (const auto& name : failed_) {
      if (!file.find_benchmark(name)) failed.push_back(name);
    }
    if (failed.empty())
      file.metadata.erase("failed_benchmarks");
    else
      file.metadata["failed_benchmarks"] = fmt::format("{}", fmt::join(failed, ","));
    if (!options_.affinity_warnings.empty()) {
      file.metadata["affinity_warning"] = options_.affinity_warnings.front();
    }
    if (file.benchmarks.empty()) continue;  // pyperf needs at least one benchmark
    try {
      compare::write_pyperf_file(file.path, file);
    } catch (const compare::InputError& error) {
      throw RunError(error.file, error.problem);
    }
  }
}

bool Session::run_benchmark(std::size_t index) {
  const std::string& name = options_.benchmarks[index];
  const std::size_t cell_count = cells_.size();
  std::vector<compare::Benchmark> pending(cell_count);
  for (auto& benchmark : pending) benchmark.name = name, benchmark.unit = "second";
  std::mt19937_64 random(seed_ + 1000003ull * (index + 1) +
                         static_cast<std::uint64_t>(next_position_));

  auto interrupted = [&] { return interrupt_ && interrupt_->load() != 0; };
  auto fail = [&](const Attempt& attempt) {
    if (attempt.outcome.interrupted || interrupted()) return;
    record_failure(name, attempt);
    progress_->finish_benchmark("FAILED");
  };

  // Loops: fixed, reused, or calibrated on every cell (the largest wins).
  std::int64_t loops = options_.loops;
  if (loops == 0) {
    if (auto it = options_.same_loops.find(name); it != options_.same_loops.end())
      loops = it->second;
  }
  for (const auto& file : files_) {
    if (const auto* existing = file.find_benchmark(name); existing && loops == 0) {
      for (const auto& run : existing->runs) {
        if (!run.is_calibration()) {
          loops = compare::metadata_int(compare::find_metadata(file, *existing, run, "loops"), 1);
          break;
        }
      }
    }
  }
  if (loops == 0) {
    std::vector<std::size_t> order(cell_count);
    for (std::size_t c = 0; c < cell_count; ++c) order[c] = c;
    std::shuffle(order.begin(), order.end(), random);
    for (std::size_t c : order) {
      Attempt attempt = run_worker(c, name, 0);
      progress_->process_done();
      if (!attempt.failure.empty() || interrupted()) {
        fail(attempt);
        return false;
      }
      compare::Run run;
      for (const auto& m : attempt.report.calibration) {
        run.warmups.push_back({m.loops, m.raw / static_cast<double>(m.loops)});
      }
      run.metadata = run_metadata(c, attempt);
      run.metadata["name"] = name;
      run.metadata["calibrate_loops"] = *attempt.report.calibrated_loops;
      run.metadata["loops"] = *attempt.report.calibrated_loops;
      loops = std::max(loops, *attempt.report.calibrated_loops);
      pending[c].runs.push_back(std::move(run));
    }
  }

  for (const auto& scheduled :
       schedule_processes(cell_count, options_.processes, options_.interleave, random)) {
    Attempt attempt = run_worker(scheduled.cell, name, loops);
    progress_->process_done();
    if (!attempt.failure.empty() || interrupted()) {
      fail(attempt);
      return false;
    }
    compare::Run run;
    double divisor = static_cast<double>(loops);
    for (const auto& m : attempt.report.warmups) {
      run.warmups.push_back({m.loops, m.raw / static_cast<double>(m.loops)});
    }
    for (double raw : attempt.report.values) run.values.push_back(raw / divisor);
    run.metadata = run_metadata(scheduled.cell, attempt);
    run.metadata["name"] = name;
    run.metadata["loops"] = loops;
    run.metadata["session_position"] = next_position_++;
    run.metadata["session_block"] = scheduled.block;
    pending[scheduled.cell].runs.push_back(std::move(run));
  }

  // Success: move the runs into the files (appending to an existing benchmark).
  for (std::size_t c = 0; c < cell_count; ++c) {
    compare::ResultFile& file = files_[c];
    auto existing = std::find_if(file.benchmarks.begin(), file.benchmarks.end(),
                                 [&](const auto& b) { return b.name == name; });
    if (existing == file.benchmarks.end()) {
      file.benchmarks.push_back(std::move(pending[c]));
    } else {
      for (auto& run : pending[c].runs) existing->runs.push_back(std::move(run));
    }
    file.rebuild_index();
  }
  failed_.erase(std::remove(failed_.begin(), failed_.end(), name), failed_.end());
  std::vector<std::string> means;
  for (std::size_t c = 0; c < cell_count; ++c) {
    means.push_back(cells_[c].name + " " +
                    mean_line(*files_[c].find_benchmark(name)).substr(name.size() + 2));
  }
  progress_->finish_benchmark(fmt::format("{}", fmt::join(means, "; ")));
  return true;
}

int Session::run() {
  prepare_files();
  machine_ = machine_metadata(options_.system_root);
  machine_["gilbench_version"] = options_.gilbench_version;
  std::int64_t per_benchmark = options_.processes + (options_.loops > 0 ? 0 : 1);
  Progress progress(
      out_, options_.live_progress,
      static_cast<std::int64_t>(options_.benchmarks.size() * cells_.size()) * per_benchmark);
  progress_ = &progress;
  for (const auto& warning : options_.affinity_warnings) progress.print_line("WARNING: " + warning);
  progress.print_line(fmt::format("session {} (seed {}): {} benchmarks x {} cells -> {}",
                                  session_id_, seed_, options_.benchmarks.size(), cells_.size(),
                                  options_.output_dir));
  int signal_number = 0;
  for (std::size_t i = 0; i < options_.benchmarks.size(); ++i) {
    progress.start_benchmark(i, options_.benchmarks.size(), options_.benchmarks[i],
                             static_cast<std::int64_t>(cells_.size()) * per_benchmark);
    bool ok = run_benchmark(i);
    if (interrupt_ && interrupt_->load() != 0) {
      signal_number = interrupt_->load();
      progress.print_line(fmt::format(
          "interrupted (signal {}): {} keeps every finished benchmark; {} was not finished",
          signal_number, options_.output_dir, options_.benchmarks[i]));
      break;
    }
    (void)ok;
    write_files();
  }
  write_files();
  progress_ = nullptr;

  std::vector<std::string> names;
  for (const auto& cell : cells_) names.push_back(cell.name);
  auto warnings = stability_report(files_, names);
  if (!warnings.empty() && signal_number == 0) {
    out_ << "\nWARNING: some results may be unstable\n";
    for (const auto& line : warnings) out_ << line << "\n";
    out_ << "Try more processes (--rigorous), isolated CPUs (isolcpus=, --affinity) or a "
            "quieter machine.\n";
  }
  out_ << "\nFiles:";
  for (const auto& cell : cells_) {
    out_ << " " << file_path(cell) << (fs::exists(file_path(cell)) ? "" : " (not written)");
  }
  out_ << fmt::format("\nSession {} took {}\n", session_id_,
                      duration_text(progress.elapsed_seconds()));
  if (signal_number != 0) return 128 + signal_number;
  if (!failed_.empty()) {
    out_ << fmt::format("{} failed benchmark(s): {}\n", failed_.size(), fmt::join(failed_, ", "));
    return 1;
  }
  return 0;
}

}  // namespace gilbench::runner
