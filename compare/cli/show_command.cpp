// `gilbench show`: pyperf show's layout over the shared loader and pyperf number formatting.
#include "compare/cli/show_command.hpp"

#include <fmt/format.h>
#include <cmath>
#include <ostream>

#include "compare/load/input_error.hpp"
#include "compare/load/load.hpp"
#include "compare/pyperf/number_format.hpp"
#include "compare/stats/descriptive.hpp"

namespace gilbench::cli {
namespace {

using compare::pyperf::format_seconds;

std::string one(double seconds) {
  return format_seconds({seconds})[0];
}

// pyperf check's warnings (pyperf-spec §6.7) for a benchmark in seconds.
std::vector<std::string> stability_lines(const compare::ResultFile& file,
                                         const compare::Benchmark& benchmark) {
  std::vector<std::string> lines;
  std::vector<double> values = benchmark.all_values();
  if (values.size() < 2) return lines;
  double mean = compare::stats::mean(values);
  double stdev = compare::stats::sample_stdev(values);
  if (stdev >= mean * 0.10) {
    lines.push_back(fmt::format("* the standard deviation ({}) is {:.0f}% of the mean ({})",
                                one(stdev), stdev * 100.0 / mean, one(mean)));
  } else {
    std::vector<double> run_means;
    for (const auto& run : benchmark.runs) {
      if (!run.is_calibration()) run_means.push_back(compare::stats::mean(run.values));
    }
    if (run_means.size() >= 2) {
      double ratio = compare::stats::sample_stdev(run_means) / compare::stats::mean(run_means);
      double needed = std::ceil(4.0 * 1.96 * 1.96 * ratio * ratio / (0.01 * 0.01));
      if (needed > static_cast<double>(benchmark.runs.size())) {
        lines.push_back(
            "* Not enough samples to get a stable result (95% certainly of less than 1% "
            "variation)");
      }
    }
  }
  double minimum = *std::min_element(values.begin(), values.end());
  double maximum = *std::max_element(values.begin(), values.end());
  if (minimum <= mean * 0.5) {
    lines.push_back(fmt::format("* the minimum ({}) is {:.0f}% smaller than the mean ({})",
                                one(minimum), (mean - minimum) * 100.0 / mean, one(mean)));
  }
  if (maximum >= mean * 1.5) {
    lines.push_back(fmt::format("* the maximum ({}) is {:.0f}% greater than the mean ({})",
                                one(maximum), (maximum - mean) * 100.0 / mean, one(mean)));
  }
  double shortest = INFINITY;
  for (const auto& run : benchmark.runs) {
    auto loops = compare::metadata_int(compare::find_metadata(file, benchmark, run, "loops"), 1);
    for (double value : run.values)
      shortest = std::min(shortest, value * static_cast<double>(loops));
  }
  if (shortest < 0.001) lines.push_back("* the shortest raw value is only " + one(shortest));
  return lines;
}

std::string result_line(const compare::Benchmark& benchmark) {
  std::vector<double> values = benchmark.all_values();
  if (values.size() == 1) return one(values[0]);
  auto text = format_seconds({compare::stats::mean(values), compare::stats::sample_stdev(values)});
  return "Mean +- std dev: " + text[0] + " +- " + text[1];
}

}  // namespace

std::string show_text(const std::vector<compare::ResultFile>& files, bool quiet) {
  std::string out;
  for (std::size_t f = 0; f < files.size(); ++f) {
    const auto& file = files[f];
    if (files.size() > 1) {
      out += (f ? "\n" : "") + file.path + "\n" + std::string(file.path.size(), '=') + "\n\n";
    }
    std::vector<std::vector<std::string>> warnings;
    bool any = false;
    for (const auto& benchmark : file.benchmarks) {
      warnings.push_back(quiet || benchmark.unit != "second" ? std::vector<std::string>{}
                                                             : stability_lines(file, benchmark));
      any |= !warnings.back().empty();
    }
    bool titles = any && file.benchmarks.size() > 1;
    for (std::size_t b = 0; b < file.benchmarks.size(); ++b) {
      const auto& benchmark = file.benchmarks[b];
      if (titles) {
        out += (b ? "\n" : "") + benchmark.name + "\n" + std::string(benchmark.name.size(), '-') +
               "\n\n";
      }
      if (!warnings[b].empty()) {
        out += "WARNING: the benchmark result may be unstable\n";
        for (const auto& line : warnings[b]) out += line + "\n";
        out +=
            "\nTry to rerun the benchmark with more runs, values and/or loops.\n"
            "Run 'gilbench system tune' command to reduce the system jitter.\n"
            "Use gilbench compare on interleaved cells to judge a change.\n"
            "Use --quiet option to hide these warnings.\n\n";
      }
      bool prefix = !titles && file.benchmarks.size() > 1;
      out += (prefix ? benchmark.name + ": " : "") + result_line(benchmark) + "\n";
    }
    if (auto it = file.metadata.find("failed_benchmarks"); it != file.metadata.end()) {
      if (const auto* names = std::get_if<std::string>(&it->second)) {
        out += "\nFailed benchmarks (no runs): " + *names + "\n";
      }
    }
  }
  return out;
}

ShowCommand::ShowCommand(CLI::App& app) {
  command_ = app.add_subcommand("show", "Show the results of result files (like pyperf show)");
  command_->add_option("files", files_, "pyperf JSON result files")->required();
  command_->add_flag("-q,--quiet", quiet_, "Hide the stability warnings");
}

int ShowCommand::run(std::ostream& out, std::ostream& err) const {
  try {
    out << show_text(compare::load_result_files(files_), quiet_);
  } catch (const compare::InputError& error) {
    err << "error: " << error.file << ": " << error.problem << "\n";
    return 2;
  }
  return 0;
}

}  // namespace gilbench::cli
