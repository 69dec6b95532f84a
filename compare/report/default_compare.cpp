// `gilbench compare` (default statistics): everything is loaded and analysed before the first
// byte is printed, so bad input produces one error line and no half-written report.
#include "compare/report/default_compare.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "compare/load/keep_until_exit.hpp"
#include "compare/load/load.hpp"
#include "compare/report/gate.hpp"
#include "compare/report/render_json.hpp"
#include "compare/report/render_text.hpp"
#include "compare/report/suite_comparison.hpp"

namespace gilbench::compare::report {
namespace {

// Keeps only the benchmarks named with -b, in file order.
void filter_benchmarks(ResultFile& file, const std::vector<std::string>& names) {
  if (names.empty()) return;
  std::set<std::string, std::less<>> wanted(names.begin(), names.end());
  std::erase_if(file.benchmarks, [&](const Benchmark& b) { return !wanted.count(b.name); });
  file.rebuild_index();
  if (file.benchmarks.empty()) {
    std::string list;
    for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
    throw InputError(file.path, fmt::format("no benchmark named {}", list));
  }
}

}  // namespace

int run_default_compare(const DefaultCompareOptions& options, std::ostream& out,
                        std::ostream& err) {
  std::ostringstream report;
  int exit_code = 0;
  try {
    std::vector<ResultFile> files = load_result_files(options.files);
    for (ResultFile& file : files) filter_benchmarks(file, options.benchmarks);
    ResultFile reference = std::move(files.front());
    files.erase(files.begin());

    AnalysisOptions analysis;
    analysis.statistic = options.use_median ? stats::Statistic::median : stats::Statistic::mean;
    analysis.equivalence_margin = options.equivalence_margin;
    SuiteComparison suite = compare_suites(reference, files, analysis);
    std::set<std::string> seen;
    for (const std::string& path : options.files) {
      if (!seen.insert(path).second) {
        add_warning(suite.warnings,
                    {"same_file", fmt::format("{} is given more than once", path),
                     "a file compared with itself shows no difference by construction"});
      }
    }

    std::optional<GateResult> gate;
    if (options.fail_if_slower) {
      GateOptions gate_options;
      gate_options.threshold = *options.fail_if_slower;
      gate_options.allow_inconclusive = options.allow_inconclusive;
      gate_options.accept_separate_sessions = options.accept_separate_sessions;
      gate = evaluate_gate(suite, gate_options);
      exit_code = gate->exit_code;
    }

    if (options.json) {
      render_json(suite, gate, report);
    } else {
      RenderOptions render;
      render.quiet = options.quiet;
      render.verbose = options.verbose;
      render.group_by_speed = options.group_by_speed;
      render.table = options.table;
      render.markdown = options.markdown;
      render.min_speed = options.min_speed;
      render_text(suite, render, report);
      if (gate) report << "\n" << gate->line << "\n";
    }
    if (!options.free_loaded_files) {
      files.push_back(std::move(reference));
      keep_until_exit(std::move(files));
    }
  } catch (const InputError& error) {
    err << "error: " << error.file << ": " << error.problem << "\n";
    return 2;
  }
  out << report.str();
  out.flush();
  return exit_code;
}

}  // namespace gilbench::compare::report
