// `gilbench compare`: option definitions, mode selection and the checks that do not depend on
// the input files. Errors of the default mode print `error: ...` and exit 2.
#include "compare/cli/compare_command.hpp"

#include <fmt/format.h>

#include <charconv>
#include <ostream>

#include "compare/pyperf/compare_to.hpp"

#include <variant>
#include "compare/report/default_compare.hpp"

namespace gilbench::cli {
namespace {

constexpr const char* kExitCodes = R"(Exit codes (default statistics):
  0  comparison printed; with --fail-if-slower: PASS
  1  --fail-if-slower PCT: a confident regression beyond PCT (Holm-adjusted across the
     suite), or the geometric-mean interval wholly above PCT
  2  usage error or bad input (error: FILE: problem)
  3  --fail-if-slower PCT: inconclusive (no confident regression, but some interval reaches
     beyond PCT, or the files come from separate sessions without
     --accept-separate-sessions); --allow-inconclusive turns 3 into 0
With --stats pyperf the exit codes are pyperf's: 0, 1 for its ERROR cases, 2 for usage.
)";

// Parses a finite decimal number the way the user typed it (no trailing garbage).
std::optional<double> parse_number(const std::string& text) {
  double value = 0;
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || stop != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

int usage_error(std::ostream& err, const std::string& problem) {
  err << "error: " << problem << "\nRun 'gilbench compare --help' for usage.\n";
  return 2;
}

int run_default_mode(const CompareCommandLine& line, std::ostream& out, std::ostream& err) {
  if (line.files.size() < 2) {
    return usage_error(err, "compare needs a reference file and at least one changed file");
  }
  if (line.group_by_speed && line.files.size() != 2) {
    return usage_error(err, "--group-by-speed works on exactly two files");
  }
  if (line.table_format != "rest" && line.table_format != "md") {
    return usage_error(err,
                       fmt::format("--table-format: '{}' is not rest or md", line.table_format));
  }
  compare::report::DefaultCompareOptions options;
  options.files = line.files;
  options.quiet = line.quiet;
  options.verbose = line.verbose;
  options.group_by_speed = line.group_by_speed;
  options.table = line.table;
  options.markdown = line.table_format == "md";
  options.json = line.format == "json";
  options.benchmarks = line.benchmarks;
  options.use_median = line.statistic == "median";
  options.equivalence_margin = line.equivalence_margin / 100.0;
  if (line.min_speed) {
    auto value = parse_number(*line.min_speed);
    if (!value || *value < 0) {
      return usage_error(err,
                         fmt::format("--min-speed: '{}' is not a percentage", *line.min_speed));
    }
    options.min_speed = *value / 100.0;
  }
  if (line.fail_if_slower) options.fail_if_slower = *line.fail_if_slower / 100.0;
  options.allow_inconclusive = line.allow_inconclusive;
  options.accept_separate_sessions = line.accept_separate_sessions;
  options.free_loaded_files = false;  // the process exits right after the report
  return compare::report::run_default_compare(options, out, err);
}

}  // namespace

CompareCommand::CompareCommand(CLI::App& app) {
  command_ = app.add_subcommand("compare", "Compare a reference result file with changed ones");
  command_->alias("compare_to");
  command_->footer(kExitCodes);
  auto& line = line_;
  command_->add_option(
      "files", line.files,
      "REFERENCE then CHANGED result files (pyperf or Google Benchmark JSON, .gz allowed)");
  command_
      ->add_option("--stats", line.stats,
                   "default: per-process statistics and verdicts; pyperf: exactly what pyperf "
                   "compare_to prints (its flags, text and exit codes)")
      ->check(CLI::IsMember({"default", "pyperf"}));
  command_->add_flag("-q,--quiet", line.quiet,
                     "Hide the hidden-benchmark and ignored-benchmark lines");
  command_->add_flag("-v,--verbose", line.verbose,
                     "Show every benchmark, also those without a change");
  command_->add_flag("-G,--group-by-speed", line.group_by_speed,
                     "Group benchmarks by verdict (two files only)");
  command_->add_flag("--table", line.table, "Print a table instead of a list");
  command_->add_option("--table-format", line.table_format, "Table format: rest (default) or md");
  command_->add_option("--min-speed", line.min_speed, "Hide changes smaller than this percentage");
  command_
      ->add_option("-b,--benchmark", line.benchmarks, "Compare only this benchmark (repeatable)")
      ->allow_extra_args(false);
  command_
      ->add_option("--format", line.format,
                   "Output: text (default) or json (default statistics only)")
      ->check(CLI::IsMember({"text", "json"}));
  command_
      ->add_option("--statistic", line.statistic,
                   "Statistic per process and on display: mean (default) or median")
      ->check(CLI::IsMember({"mean", "median"}));
  command_
      ->add_option("--equivalence-margin", line.equivalence_margin,
                   "Equivalence margin in percent (default 1)")
      ->check(CLI::Range(0.0, 100.0));
  command_
      ->add_option("--fail-if-slower", line.fail_if_slower,
                   "Merge gate: exit 1 on a confident regression beyond PCT percent")
      ->check(CLI::Range(0.0, 1000.0));
  command_->add_flag("--allow-inconclusive", line.allow_inconclusive,
                     "With --fail-if-slower: exit 0 instead of 3 when inconclusive");
  command_->add_flag("--accept-separate-sessions", line.accept_separate_sessions,
                     "Judge files from separate sessions like one session (the warning stays)");
}

int CompareCommand::run(std::ostream& out, std::ostream& err) const {
  return run_default_mode(line_, out, err);
}

std::optional<std::vector<std::string>> pyperf_mode_arguments(int argc, char** argv) {
  if (argc < 2) return std::nullopt;
  std::string command = argv[1];
  if (command != "compare" && command != "compare_to") return std::nullopt;
  std::vector<std::string> rest;
  bool pyperf = false;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--stats=pyperf") {
      pyperf = true;
    } else if (arg == "--stats" && i + 1 < argc && std::string(argv[i + 1]) == "pyperf") {
      pyperf = true;
      ++i;
    } else if (arg == "-h" || arg == "--help") {
      return std::nullopt;  // the help of gilbench compare describes both modes
    } else {
      rest.push_back(std::move(arg));
    }
  }
  if (!pyperf) return std::nullopt;
  return rest;
}

int run_pyperf_mode(const std::vector<std::string>& arguments, std::ostream& out,
                    std::ostream& err) {
  auto parsed = compare::pyperf::parse_pyperf_compare_args(arguments);
  if (auto* usage = std::get_if<compare::pyperf::PyperfUsageError>(&parsed)) {
    return compare::pyperf::print_pyperf_usage_error(err, usage->message);
  }
  auto options = std::get<compare::pyperf::PyperfCompareOptions>(parsed);
  options.free_loaded_files = false;  // the process exits right after the report
  return compare::pyperf::run_pyperf_compare(options, out, err);
}

}  // namespace gilbench::cli
