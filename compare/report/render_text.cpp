// Text layouts of the default mode. The shapes follow pyperf compare_to (one line per
// benchmark with two files, titled blocks with more files or -v, buckets with -G, reST or
// Markdown tables), each line carrying the ratio's interval and the verdict.
#include "compare/report/render_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "compare/pyperf/compare_report.hpp"
#include "compare/pyperf/number_format.hpp"
#include "compare/report/verdict_text.hpp"

namespace gilbench::compare::report {
namespace {

double margin_of(const SuiteComparison& suite) {
  return suite.options.equivalence_margin;
}

std::string names_line(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

std::string session_line(const SuiteComparison& suite, const ChangedFileResult& file) {
  std::string pair = fmt::format("[{}] vs [{}]", file.display_name, suite.reference_display_name);
  const char* statistic = suite.options.statistic == stats::Statistic::median ? "median" : "mean";
  std::size_t pairs = 0;
  for (const auto& benchmark : file.benchmarks) {
    pairs = std::max(pairs, benchmark.comparison.pairs);
  }
  switch (file.session.kind) {
    case SessionKind::interleaved:
      return fmt::format(
          "{}: one interleaved session ({}): paired t-test on the log ratios of "
          "neighbouring processes (up to {} pairs)",
          pair, file.session.reference_id, pairs);
    case SessionKind::separate:
      return fmt::format(
          "{}: separate sessions: Welch's t-test on log process {}s (session drift "
          "is not separated from the change)",
          pair, statistic);
    case SessionKind::unknown:
      return fmt::format(
          "{}: no session ids, treated as separate sessions: Welch's t-test on log "
          "process {}s (session drift is not separated from the change)",
          pair, statistic);
  }
  return pair;
}

std::string result_line(const SuiteComparison& suite, const ChangedFileResult& file,
                        const BenchmarkResult& benchmark) {
  return fmt::format(
      "{}: [{}] {} -> [{}] {}: {}: {}", statistic_title(suite.options.statistic),
      suite.reference_display_name, side_text(benchmark.reference), file.display_name,
      side_text(benchmark.changed), ratio_and_interval(benchmark, suite.options.confidence),
      verdict_label(benchmark.comparison, benchmark.comparison.verdict, margin_of(suite)));
}

std::string test_line(const BenchmarkResult& benchmark) {
  const stats::Comparison& c = benchmark.comparison;
  switch (c.method) {
    case stats::Method::paired:
      return fmt::format(
          "  paired t-test on {} pairs of processes: p = {:.3g} (Holm {:.3g}), "
          "df = {:g}, smallest detectable change {:.1f}%",
          c.pairs, c.p_value, benchmark.holm_p, c.df, c.mde * 100);
    case stats::Method::welch:
      return fmt::format(
          "  Welch's t-test on {} + {} process means: p = {:.3g} (Holm {:.3g}), "
          "df = {:.1f}, smallest detectable change {:.1f}%",
          c.n_reference, c.n_changed, c.p_value, benchmark.holm_p, c.df, c.mde * 100);
    case stats::Method::too_few_processes:
      return fmt::format("  no test: {} and {} processes (at least 2 per side are needed)",
                         c.n_reference, c.n_changed);
  }
  return {};
}

bool under_min_speed(const BenchmarkResult& benchmark, const RenderOptions& options) {
  if (!options.min_speed) return false;
  double ratio = benchmark.comparison.ratio;
  double speed = ratio >= 1.0 ? ratio : 1.0 / ratio;
  return speed - 1.0 < *options.min_speed;
}

void render_list(const SuiteComparison& suite, const RenderOptions& options,
                 std::vector<std::string>& hidden, std::ostream& out) {
  bool show_name = suite.common.size() > 1;
  bool blocks = options.verbose || suite.changed.size() > 1;
  bool previous_block = false;
  for (std::size_t i = 0; i < suite.common.size(); ++i) {
    if (!is_shown(suite, i, options)) {
      hidden.push_back(suite.common[i]);
      continue;
    }
    const std::string& name = suite.common[i];
    if (!blocks) {
      out << (show_name ? name + ": " : "")
          << result_line(suite, suite.changed[0], suite.changed[0].benchmarks[i]) << "\n";
      previous_block = false;
      continue;
    }
    if (previous_block) out << "\n";
    if (show_name) out << name << "\n" << std::string(name.size(), '=') << "\n\n";
    for (const ChangedFileResult& file : suite.changed) {
      out << result_line(suite, file, file.benchmarks[i]) << "\n";
      if (options.verbose) out << test_line(file.benchmarks[i]) << "\n";
    }
    previous_block = true;
  }
}

void render_groups(const SuiteComparison& suite, const RenderOptions& options,
                   std::vector<std::string>& hidden, std::ostream& out) {
  const ChangedFileResult& file = suite.changed[0];
  struct Bucket {
    const char* title;
    std::vector<std::size_t> members;
  };
  Bucket slower{"Slower", {}}, faster{"Faster", {}}, equivalent{"Equivalent", {}},
      inconclusive{"Inconclusive", {}};
  for (std::size_t i = 0; i < file.benchmarks.size(); ++i) {
    if (!is_shown(suite, i, options)) {
      hidden.push_back(suite.common[i]);
      continue;
    }
    stats::Verdict verdict = file.benchmarks[i].comparison.verdict;
    if (stats::is_slower(verdict))
      slower.members.push_back(i);
    else if (stats::is_faster(verdict))
      faster.members.push_back(i);
    else if (verdict == stats::Verdict::equivalent)
      equivalent.members.push_back(i);
    else
      inconclusive.members.push_back(i);
  }
  auto ratio_of = [&](std::size_t i) { return file.benchmarks[i].comparison.ratio; };
  std::stable_sort(slower.members.begin(), slower.members.end(),
                   [&](auto a, auto b) { return ratio_of(a) > ratio_of(b); });
  std::stable_sort(faster.members.begin(), faster.members.end(),
                   [&](auto a, auto b) { return ratio_of(a) < ratio_of(b); });
  bool first = true;
  for (const Bucket* bucket : {&slower, &faster, &equivalent, &inconclusive}) {
    if (bucket->members.empty()) continue;
    if (!first) out << "\n";
    first = false;
    out << bucket->title << " (" << bucket->members.size() << "):\n";
    for (std::size_t i : bucket->members) {
      const BenchmarkResult& benchmark = file.benchmarks[i];
      out << "- " << benchmark.name << ": " << side_text(benchmark.reference) << " -> "
          << side_text(benchmark.changed) << ": "
          << ratio_and_interval(benchmark, suite.options.confidence) << ": "
          << verdict_label(benchmark.comparison, benchmark.comparison.verdict, margin_of(suite))
          << "\n";
    }
  }
}

std::string table_cell(const SuiteComparison& suite, const BenchmarkResult& benchmark) {
  const stats::Comparison& c = benchmark.comparison;
  std::string interval = std::isnan(c.ci_low)
                             ? std::string("no interval")
                             : percent_change(c.ci_low) + " .. " + percent_change(c.ci_high);
  return fmt::format("{}: {} ({}), {}", center_text(benchmark.changed), pyperf::ratio_text(c.ratio),
                     interval, verdict_label(c, c.verdict, margin_of(suite)));
}

std::string geometric_cell(const stats::GeometricMean& mean) {
  if (mean.benchmarks == 0) return "no benchmark with an interval";
  return fmt::format("{} (95% CI {} .. {})", pyperf::ratio_text(mean.ratio),
                     percent_change(mean.ci_low), percent_change(mean.ci_high));
}

void render_table(const SuiteComparison& suite, const RenderOptions& options,
                  std::vector<std::string>& hidden, std::ostream& out) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header{"Benchmark", suite.reference_display_name};
  for (const auto& file : suite.changed) header.push_back(file.display_name);
  rows.push_back(header);
  for (std::size_t i = 0; i < suite.common.size(); ++i) {
    if (!is_shown(suite, i, options)) {
      hidden.push_back(suite.common[i]);
      continue;
    }
    std::vector<std::string> row{suite.common[i],
                                 center_text(suite.changed[0].benchmarks[i].reference)};
    for (const auto& file : suite.changed) row.push_back(table_cell(suite, file.benchmarks[i]));
    rows.push_back(std::move(row));
  }
  if (rows.size() == 1) return;
  // One geometric-mean row per family that has one (time, memory, count).
  for (const FamilyResult& family : suite.changed[0].families) {
    if (!family.geometric_mean) continue;
    std::vector<std::string> row{suite.changed[0].families.size() > 1
                                     ? "Geometric mean (" + family.family + ")"
                                     : "Geometric mean",
                                 "(ref)"};
    for (const auto& file : suite.changed) {
      auto match = std::find_if(file.families.begin(), file.families.end(),
                                [&](const FamilyResult& f) { return f.family == family.family; });
      row.push_back(match != file.families.end() && match->geometric_mean
                        ? geometric_cell(*match->geometric_mean)
                        : std::string());
    }
    rows.push_back(std::move(row));
  }
  out << pyperf::detail::render_table(rows, options.markdown);
}

void render_summary(const SuiteComparison& suite, std::ostream& out) {
  for (const ChangedFileResult& file : suite.changed) {
    for (const FamilyResult& family : file.families) {
      std::size_t slower = 0, faster = 0, equivalent = 0, inconclusive = 0;
      for (std::size_t i : family.benchmarks) {
        stats::Verdict verdict = file.benchmarks[i].holm_verdict;
        if (verdict == stats::Verdict::slower)
          ++slower;
        else if (verdict == stats::Verdict::faster)
          ++faster;
        else if (verdict == stats::Verdict::inconclusive)
          ++inconclusive;
        else
          ++equivalent;
      }
      std::string subject =
          fmt::format("[{}] vs [{}]{}", file.display_name, suite.reference_display_name,
                      file.families.size() > 1 ? ", " + family.family : "");
      if (family.geometric_mean) {
        out << fmt::format("Geometric mean {}: {}\n", subject,
                           geometric_cell(*family.geometric_mean));
      }
      out << fmt::format(
          "Verdicts {}, Holm-adjusted across {} benchmark{}: {} slower, {} faster, "
          "{} equivalent, {} inconclusive\n",
          subject, family.benchmarks.size(), family.benchmarks.size() == 1 ? "" : "s", slower,
          faster, equivalent, inconclusive);
    }
  }
  out << fmt::format(
      "(Per-benchmark intervals and verdicts above are unadjusted; equivalence "
      "margin ±{:g}%.)\n",
      margin_of(suite) * 100);
}

void render_warnings(const SuiteComparison& suite, std::ostream& out) {
  if (suite.warnings.empty()) return;
  out << "\nWarnings:\n";
  for (const ReportWarning& warning : suite.warnings) {
    out << "- " << warning.message << "\n";
    if (!warning.advice.empty()) out << "  advice: " << warning.advice << "\n";
  }
}

}  // namespace

bool is_shown(const SuiteComparison& suite, std::size_t index, const RenderOptions& options) {
  if (options.verbose) return true;
  for (const ChangedFileResult& file : suite.changed) {
    const BenchmarkResult& benchmark = file.benchmarks[index];
    if (benchmark.comparison.verdict != stats::Verdict::equivalent &&
        !under_min_speed(benchmark, options)) {
      return true;
    }
  }
  return false;
}

void render_text(const SuiteComparison& suite, const RenderOptions& options, std::ostream& out) {
  for (const ChangedFileResult& file : suite.changed) out << session_line(suite, file) << "\n";
  out << "\n";

  std::vector<std::string> hidden;
  if (options.table) {
    render_table(suite, options, hidden, out);
  } else if (options.group_by_speed) {
    render_groups(suite, options, hidden, out);
  } else {
    render_list(suite, options, hidden, out);
  }
  if (!hidden.empty() && !options.quiet) {
    out << fmt::format(
        "\nBenchmarks hidden as equivalent within ±{:g}%{} ({}): {}\n", margin_of(suite) * 100,
        options.min_speed ? fmt::format(" or changed by less than {:g}%", *options.min_speed * 100)
                          : std::string(),
        hidden.size(), names_line(hidden));
  }
  out << "\n";
  render_summary(suite, out);
  if (!options.quiet) {
    if (!suite.reference_ignored.empty()) {
      out << fmt::format("Ignored benchmarks ({}) of {}: {}\n", suite.reference_ignored.size(),
                         suite.reference_path, names_line(suite.reference_ignored));
    }
    for (const ChangedFileResult& file : suite.changed) {
      if (file.ignored.empty()) continue;
      out << fmt::format("Ignored benchmarks ({}) of {}: {}\n", file.ignored.size(), file.path,
                         names_line(file.ignored));
    }
  }
  render_warnings(suite, out);
}

}  // namespace gilbench::compare::report
