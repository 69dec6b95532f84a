// Builds the SuiteComparison: reduces every worker process to its statistic, pairs processes
// of one interleaved session, compares, and applies Holm and the geometric mean per family.
#include "compare/report/suite_comparison.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <span>

#include "compare/load/input_error.hpp"
#include "compare/pyperf/display_names.hpp"
#include "compare/report/comparability.hpp"
#include "compare/report/stability_warnings.hpp"

namespace gilbench::compare::report {
namespace {

// The values of each value run (worker process) of a benchmark, in run order.
std::vector<std::vector<double>> process_values(const Benchmark& benchmark) {
  std::vector<std::vector<double>> processes;
  for (const Run& run : benchmark.runs) {
    if (!run.is_calibration()) processes.push_back(run.values);
  }
  return processes;
}

double median_absolute_deviation(std::span<const double> values, double center) {
  std::vector<double> deviations;
  deviations.reserve(values.size());
  for (double value : values) deviations.push_back(std::fabs(value - center));
  return stats::median(deviations);
}

SideSummary summarize(const ResultFile& file, const Benchmark& benchmark,
                      const std::vector<std::vector<double>>& processes,
                      stats::Statistic statistic) {
  SideSummary side;
  side.unit = benchmark.unit;
  side.processes = processes.size();
  side.one_process_file = single_process_repetitions(file);
  std::vector<double> values = benchmark.all_values();
  side.values = values.size();
  if (statistic == stats::Statistic::median) {
    side.center = stats::median(values);
    side.spread = values.size() >= 2 ? median_absolute_deviation(values, side.center) : NAN;
  } else {
    side.center = stats::mean(values);
    side.spread = values.size() >= 2 ? stats::sample_stdev(values) : NAN;
  }
  return side;
}

stats::Sample make_sample(const ResultFile& file, const Benchmark& benchmark,
                          const std::vector<std::vector<double>>& processes,
                          stats::Statistic statistic, bool with_positions) {
  stats::Sample sample;
  sample.process_stats = stats::process_statistics(processes, statistic);
  if (with_positions) {
    RunSessions sessions = run_sessions(file, benchmark);
    if (has_positions(sessions)) sample.session_positions = sessions.positions;
  }
  return sample;
}

std::vector<std::string> common_names(const ResultFile& reference,
                                      const std::vector<ResultFile>& changed) {
  std::vector<std::string> common;
  for (const Benchmark& benchmark : reference.benchmarks) {
    bool everywhere = std::all_of(changed.begin(), changed.end(), [&](const ResultFile& file) {
      return file.find_benchmark(benchmark.name) != nullptr;
    });
    if (everywhere) common.push_back(benchmark.name);
  }
  return common;
}

std::vector<std::string> ignored_names(const ResultFile& file,
                                       const std::vector<std::string>& common) {
  std::set<std::string> shared(common.begin(), common.end());
  std::vector<std::string> ignored;
  for (const Benchmark& benchmark : file.benchmarks) {
    if (!shared.count(benchmark.name)) ignored.push_back(benchmark.name);
  }
  std::sort(ignored.begin(), ignored.end());
  return ignored;
}

// Holm's correction and the geometric mean, separately for each family of benchmarks.
void judge_families(ChangedFileResult& result, double confidence) {
  std::map<std::string, std::size_t> family_index;
  for (std::size_t i = 0; i < result.benchmarks.size(); ++i) {
    const std::string& family = result.benchmarks[i].family;
    auto [it, inserted] = family_index.try_emplace(family, result.families.size());
    if (inserted) result.families.push_back(FamilyResult{family, {}, std::nullopt});
    result.families[it->second].benchmarks.push_back(i);
  }
  for (FamilyResult& family : result.families) {
    std::vector<stats::Comparison> comparisons;
    for (std::size_t i : family.benchmarks) comparisons.push_back(result.benchmarks[i].comparison);
    std::vector<double> adjusted = stats::holm_p_values(comparisons);
    std::vector<stats::Verdict> verdicts = stats::holm_verdicts(comparisons, confidence);
    for (std::size_t k = 0; k < family.benchmarks.size(); ++k) {
      BenchmarkResult& benchmark = result.benchmarks[family.benchmarks[k]];
      benchmark.holm_p = adjusted[k];
      benchmark.holm_verdict = verdicts[k];
    }
    if (comparisons.size() >= 2) {
      family.geometric_mean = stats::geometric_mean(comparisons, confidence);
    }
  }
}

void warn_about_sessions(SuiteComparison& suite, const ChangedFileResult& result) {
  const std::string pair =
      fmt::format("[{}] vs [{}]", result.display_name, suite.reference_display_name);
  switch (result.session.kind) {
    case SessionKind::interleaved:
      return;
    case SessionKind::separate:
      add_warning(suite.warnings,
                  {"separate_sessions",
                   fmt::format("{}: the files come from separate sessions ({} and {}): drift of "
                               "the machine between sessions is not separated from the change",
                               pair, suite.reference_display_name, result.display_name),
                   "run both sides in one interleaved `gilbench run` session"});
      return;
    case SessionKind::unknown:
      add_warning(suite.warnings,
                  {"separate_sessions",
                   fmt::format("{}: the files carry no common session id, so they are treated "
                               "as separate sessions: drift of the machine between sessions is "
                               "not separated from the change",
                               pair),
                   "run both sides in one interleaved `gilbench run` session"});
      return;
  }
}

}  // namespace

std::string family_of_unit(const std::string& unit) {
  if (unit == "byte") return "memory";
  if (unit == "integer") return "count";
  return "time";
}

SuiteComparison compare_suites(const ResultFile& reference, const std::vector<ResultFile>& changed,
                               const AnalysisOptions& options) {
  SuiteComparison suite;
  suite.options = options;
  suite.reference_path = reference.path;

  std::vector<std::string> paths{reference.path};
  for (const ResultFile& file : changed) paths.push_back(file.path);
  std::vector<std::string> names = pyperf::display_names(paths);
  suite.reference_display_name = names[0];

  suite.common = common_names(reference, changed);
  if (suite.common.empty()) {
    throw InputError(changed.front().path,
                     fmt::format("no benchmark in common with {}", reference.path));
  }
  suite.reference_ignored = ignored_names(reference, suite.common);

  stats::ComparisonOptions comparison_options;
  comparison_options.equivalence_margin = options.equivalence_margin;
  comparison_options.confidence = options.confidence;

  StabilityCollector stability;
  for (std::size_t f = 0; f < changed.size(); ++f) {
    const ResultFile& file = changed[f];
    ChangedFileResult result;
    result.path = file.path;
    result.display_name = names[f + 1];
    result.session = session_relation(reference, file, suite.common);
    result.ignored = ignored_names(file, suite.common);
    bool paired = result.session.kind == SessionKind::interleaved;

    for (const std::string& name : suite.common) {
      const Benchmark& ref_benchmark = *reference.find_benchmark(name);
      const Benchmark& new_benchmark = *file.find_benchmark(name);
      if (ref_benchmark.unit != new_benchmark.unit) {
        throw InputError(file.path,
                         fmt::format("benchmark '{}' has unit '{}' but unit '{}' in {}", name,
                                     new_benchmark.unit, ref_benchmark.unit, reference.path));
      }
      auto ref_processes = process_values(ref_benchmark);
      auto new_processes = process_values(new_benchmark);
      BenchmarkResult benchmark;
      benchmark.name = name;
      benchmark.family = family_of_unit(ref_benchmark.unit);
      benchmark.reference = summarize(reference, ref_benchmark, ref_processes, options.statistic);
      benchmark.changed = summarize(file, new_benchmark, new_processes, options.statistic);
      benchmark.comparison = stats::compare_samples(
          make_sample(reference, ref_benchmark, ref_processes, options.statistic, paired),
          make_sample(file, new_benchmark, new_processes, options.statistic, paired),
          comparison_options);
      benchmark.holm_verdict = benchmark.comparison.verdict;
      result.benchmarks.push_back(std::move(benchmark));

      if (f == 0) stability.check(reference, ref_benchmark, ref_processes, names[0]);
      stability.check(file, new_benchmark, new_processes, result.display_name);
    }
    judge_families(result, options.confidence);
    warn_about_sessions(suite, result);
    add_comparability_warnings(suite.warnings, reference, file, suite.common);
    if (single_process_repetitions(file) || single_process_repetitions(reference)) {
      add_warning(suite.warnings,
                  {"single_process",
                   "Google Benchmark file: all repetitions of a benchmark come from one process, "
                   "so the data cannot show process-to-process variance (inconclusive: 1 process)",
                   "run the binary as several worker processes (`gilbench run --gbench`)"});
    }
    suite.changed.push_back(std::move(result));
  }
  stability.report(suite.warnings);
  return suite;
}

}  // namespace gilbench::compare::report
