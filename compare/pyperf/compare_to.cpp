// pyperf compare_to (pyperf-spec §4.2): load every file, apply -b, check the file count,
// pick the common benchmarks in reference order, compute one result per changed file, then
// print per tag section and the ignored-benchmark lines.
#include "compare/pyperf/compare_to.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "compare/load/keep_until_exit.hpp"
#include "compare/load/load.hpp"
#include "compare/load/python_repr.hpp"
#include "compare/pyperf/compare_report.hpp"
#include "compare/pyperf/display_names.hpp"
#include "compare/pyperf/exact_stats.hpp"

namespace gilbench::compare::pyperf {
namespace {

using detail::BenchmarkSummary;
using detail::Result;
using detail::Row;

// pyperf dies with this traceback when a compared benchmark has no values.
struct NoValues {};

BenchmarkSummary summarize(const Benchmark& benchmark) {
  BenchmarkSummary summary;
  summary.unit = benchmark.unit;
  summary.values = benchmark.all_values();
  if (summary.values.empty()) throw NoValues{};
  summary.mean_value = exact_mean(summary.values);
  summary.mean = summary.mean_value;
  if (benchmark.values_all_integers())
    if (auto integer = exact_integer_mean(summary.values)) summary.mean = *integer;
  std::vector<PyNumber> numbers{summary.mean};
  if (summary.values.size() >= 2) numbers.emplace_back(exact_stdev(summary.values));
  const std::vector<std::string> texts = format_values(summary.unit, numbers);
  summary.text = texts.size() == 2 ? texts[0] + " +- " + texts[1] : texts[0];
  summary.mean_text = format_values(summary.unit, {summary.mean})[0];
  return summary;
}

Result compare(const BenchmarkSummary& reference, const BenchmarkSummary& changed,
               const std::optional<double>& min_speed) {
  Result result;
  result.reference = &reference;
  result.changed = &changed;
  result.ratio = changed.mean_value / reference.mean_value;
  result.significance =
      t_test(reference.values, reference.mean_value, changed.values, changed.mean_value);
  if (min_speed) {
    const double speed = result.ratio >= 1.0 ? result.ratio : 1.0 / result.ratio;
    if ((speed - 1.0) * 100.0 < *min_speed) result.significance.significant = false;
  }
  return result;
}

// Python's len() of a str.
std::size_t code_points(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

std::string python_list_repr(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + python_repr(items[i]);
  return out + "]";
}

void print_section(const detail::Report& report, const std::vector<const Row*>& rows,
                   std::string& out) {
  const PyperfCompareOptions& options = *report.options;
  if (options.table)
    detail::print_table(report, rows, out);
  else if (options.group_by_speed)
    detail::print_group_by_speed(report, rows, out);
  else
    detail::print_list(report, rows, out);
}

}  // namespace

int run_pyperf_compare(const PyperfCompareOptions& options, std::ostream& out, std::ostream& err) {
  // 1. Load every file in command-line order; the first failure ends the command.
  std::vector<ResultFile> files;
  try {
    files = load_result_files(options.files, LoadOptions{/*require_values=*/false});
  } catch (const InputError& error) {
    err << (error.python_error.empty() ? error.file + ": " + error.problem : error.python_error)
        << "\n";
    return 1;
  }
  // 2. -b: keep the named benchmarks, file order.
  if (!options.benchmarks.empty()) {
    const std::set<std::string, std::less<>> wanted(options.benchmarks.begin(),
                                                    options.benchmarks.end());
    for (ResultFile& file : files) {
      std::erase_if(file.benchmarks, [&](const Benchmark& b) { return wanted.count(b.name) == 0; });
      file.rebuild_index();
      if (file.benchmarks.empty()) {
        err << "ERROR: The benchmark suite " << file.path
            << " doesn't contain with benchmark name in " << python_list_repr(options.benchmarks)
            << "\n";
        return 1;
      }
    }
  }
  // 3–4. File count rules.
  if (files.size() < 2) {
    out << "ERROR: need at least two benchmark files\n";
    return 1;
  }
  if (options.group_by_speed && files.size() != 2) {
    err << "ERROR: --by-speed only works on two benchmark files\n";
    return 1;
  }
  // 5. Common benchmarks, reference order.
  std::vector<std::string> common;
  for (const Benchmark& benchmark : files[0].benchmarks) {
    bool everywhere = true;
    for (std::size_t f = 1; f < files.size() && everywhere; ++f)
      everywhere = files[f].find_benchmark(benchmark.name) != nullptr;
    if (everywhere) common.push_back(benchmark.name);
  }
  if (common.empty()) {
    err << "ERROR: Benchmark suites have no benchmark in common\n";
    return 1;
  }
  // 6. Results.
  std::vector<std::unique_ptr<BenchmarkSummary>> summaries;
  std::vector<Row> rows;
  rows.reserve(common.size());
  try {
    for (const std::string& name : common) {
      Row row;
      row.name = name;
      summaries.push_back(
          std::make_unique<BenchmarkSummary>(summarize(*files[0].find_benchmark(name))));
      const BenchmarkSummary& reference = *summaries.back();
      for (std::size_t f = 1; f < files.size(); ++f) {
        summaries.push_back(
            std::make_unique<BenchmarkSummary>(summarize(*files[f].find_benchmark(name))));
        row.results.push_back(compare(reference, *summaries.back(), options.min_speed));
      }
      rows.push_back(std::move(row));
    }
  } catch (const NoValues&) {
    err << "statistics.StatisticsError: mean requires at least one data point\n";
    return 1;
  }

  detail::Report report;
  report.options = &options;
  report.names = display_names(options.files);
  report.last_benchmark = common.back();
  report.master_size = common.size();

  std::vector<const Row*> all;
  for (const Row& row : rows) all.push_back(&row);

  // Tags of the reference benchmarks (common metadata), sorted (pyperf-spec §4.10).
  std::map<std::string, std::vector<const Row*>> by_tag;
  for (const Row& row : rows) {
    const Benchmark& benchmark = *files[0].find_benchmark(row.name);
    for (const std::string& tag : benchmark_tags(files[0], benchmark)) {
      auto& section = by_tag[tag];
      if (section.empty() || section.back() != &row) section.push_back(&row);
    }
  }

  std::string text;
  if (by_tag.empty()) {
    print_section(report, all, text);
  } else {
    for (const auto& [tag, section] : by_tag) {
      const std::string title = "Benchmarks with tag " + python_repr(tag) + ":";
      text += title + "\n" + std::string(code_points(title), '=') + "\n\n";
      print_section(report, section, text);
      text += "\n";
    }
    text += "All benchmarks:\n===============\n\n";
    print_section(report, all, text);
  }

  // Ignored benchmarks, per file in command-line order, names sorted.
  if (!options.quiet) {
    const std::set<std::string> common_set(common.begin(), common.end());
    for (const ResultFile& file : files) {
      std::vector<std::string> ignored;
      for (const Benchmark& benchmark : file.benchmarks)
        if (!common_set.count(benchmark.name)) ignored.push_back(benchmark.name);
      if (ignored.empty()) continue;
      std::sort(ignored.begin(), ignored.end());
      text += "Ignored benchmarks (" + std::to_string(ignored.size()) + ") of " + file.path + ": ";
      for (std::size_t i = 0; i < ignored.size(); ++i) text += (i ? ", " : "") + ignored[i];
      text += "\n";
    }
  }
  out << text;
  if (!options.free_loaded_files) keep_until_exit(std::move(files));
  return 0;
}

}  // namespace gilbench::compare::pyperf
