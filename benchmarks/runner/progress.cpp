// Progress line, result lines and end-of-session stability warnings.
#include "benchmarks/runner/progress.hpp"

#include <fmt/format.h>
#include <cmath>
#include <ostream>

#include "compare/pyperf/number_format.hpp"
#include "compare/stats/descriptive.hpp"
#include "compare/stats/stability.hpp"

namespace gilbench::runner {

std::string duration_text(double seconds) {
  auto total = static_cast<std::int64_t>(std::llround(std::max(0.0, seconds)));
  if (total >= 3600) return fmt::format("{}h{:02d}m", total / 3600, (total % 3600) / 60);
  if (total >= 60) return fmt::format("{}m{:02d}s", total / 60, total % 60);
  return fmt::format("{}s", total);
}

Progress::Progress(std::ostream& out, bool live, std::int64_t total_processes)
    : out_(out), live_(live), total_(total_processes), started_(std::chrono::steady_clock::now()) {}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
}

void Progress::start_benchmark(std::size_t index, std::size_t count, const std::string& name,
                               std::int64_t processes) {
  index_ = index;
  count_ = count;
  name_ = name;
  benchmark_done_ = 0;
  benchmark_processes_ = processes;
  benchmark_started_ = std::chrono::steady_clock::now();
  redraw();
}

void Progress::process_done() {
  ++done_;
  ++benchmark_done_;
  redraw();
}

void Progress::redraw() {
  if (!live_) return;
  std::string eta = "?";
  if (done_ > 0)
    eta = duration_text(elapsed_seconds() / done_ * std::max<std::int64_t>(0, total_ - done_));
  out_ << fmt::format("\r\033[K[{}/{}] {}: process {}/{}, elapsed {}, ETA {}", index_ + 1, count_,
                      name_, benchmark_done_, benchmark_processes_,
                      duration_text(elapsed_seconds()), eta)
       << std::flush;
}

void Progress::print_line(const std::string& text) {
  if (live_) out_ << "\r\033[K";
  out_ << text << "\n";
  redraw();
}

void Progress::finish_benchmark(const std::string& outcome) {
  double took =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - benchmark_started_).count();
  if (live_) out_ << "\r\033[K";
  out_ << fmt::format("[{}/{}] {}: {} processes in {}; {}", index_ + 1, count_, name_,
                      benchmark_done_, duration_text(took), outcome)
       << "\n"
       << std::flush;
}

std::string mean_line(const compare::Benchmark& benchmark) {
  std::vector<double> values = benchmark.all_values();
  if (values.empty()) return benchmark.name + ": no values";
  double mean = compare::stats::mean(values);
  if (values.size() < 2) {
    return benchmark.name + ": " + compare::pyperf::format_seconds({mean})[0];
  }
  auto text = compare::pyperf::format_seconds({mean, compare::stats::sample_stdev(values)});
  return fmt::format("{}: Mean +- std dev: {} +- {}", benchmark.name, text[0], text[1]);
}

std::vector<std::string> stability_report(const std::vector<compare::ResultFile>& files,
                                          const std::vector<std::string>& cell_names) {
  using compare::stats::StabilityIssue;
  std::vector<std::string> lines;
  for (std::size_t f = 0; f < files.size(); ++f) {
    for (const auto& benchmark : files[f].benchmarks) {
      std::vector<std::vector<double>> processes;
      std::vector<double> raw;
      for (const auto& run : benchmark.runs) {
        if (run.is_calibration()) continue;
        processes.push_back(run.values);
        auto loops =
            compare::metadata_int(compare::find_metadata(files[f], benchmark, run, "loops"), 1);
        for (double value : run.values) raw.push_back(value * static_cast<double>(loops));
      }
      for (const auto& warning : compare::stats::check_stability(processes, raw)) {
        std::string what;
        switch (warning.issue) {
          case StabilityIssue::high_stdev:
            what = fmt::format("the standard deviation is {:.0f}% of the mean",
                               warning.measured / warning.reference * 100.0);
            break;
          case StabilityIssue::min_far_from_mean:
            what = fmt::format("the minimum is {:.0f}% smaller than the mean",
                               (1.0 - warning.measured / warning.reference) * 100.0);
            break;
          case StabilityIssue::max_far_from_mean:
            what = fmt::format("the maximum is {:.0f}% greater than the mean",
                               (warning.measured / warning.reference - 1.0) * 100.0);
            break;
          case StabilityIssue::short_raw_value:
            what = "the shortest raw value is only " +
                   compare::pyperf::format_seconds({warning.measured})[0];
            break;
          case StabilityIssue::few_processes:
            what = fmt::format("only {:.0f} worker processes (process-level tests are weak)",
                               warning.measured);
            break;
        }
        lines.push_back(fmt::format("* {} [{}]: {}", benchmark.name, cell_names[f], what));
      }
    }
  }
  return lines;
}

}  // namespace gilbench::runner
