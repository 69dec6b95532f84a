// The merge gate: fail on a confident regression beyond PCT (Holm within each family of each
// changed file, or a geometric mean wholly beyond PCT), inconclusive when the data cannot rule
// one out or the sessions are separate, pass otherwise. A crash is never a regression, and an
// inconclusive gate never passes silently: it exits 3 unless --allow-inconclusive.
#include "compare/report/gate.hpp"

#include <fmt/format.h>

namespace gilbench::compare::report {
namespace {

std::string percent(double fraction) {
  return fmt::format("{:g}%", fraction * 100.0);
}

std::string list_some(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size() && i < 5; ++i) text += (i ? ", " : "") + names[i];
  if (names.size() > 5) text += fmt::format(" and {} more", names.size() - 5);
  return text;
}

struct VerdictCounts {
  std::size_t equivalent = 0, inconclusive = 0, faster = 0, slower = 0;
};

VerdictCounts count_holm_verdicts(const SuiteComparison& suite) {
  VerdictCounts counts;
  for (const auto& file : suite.changed) {
    for (const auto& benchmark : file.benchmarks) {
      switch (benchmark.holm_verdict) {
        case stats::Verdict::equivalent:
        case stats::Verdict::slower_within_margin:
        case stats::Verdict::faster_within_margin:
          ++counts.equivalent;
          break;
        case stats::Verdict::inconclusive:
          ++counts.inconclusive;
          break;
        case stats::Verdict::faster:
          ++counts.faster;
          break;
        case stats::Verdict::slower:
          ++counts.slower;
          break;
      }
    }
  }
  return counts;
}

}  // namespace

std::string_view to_string(GateOutcome outcome) {
  switch (outcome) {
    case GateOutcome::pass:
      return "pass";
    case GateOutcome::fail:
      return "fail";
    case GateOutcome::inconclusive:
      return "inconclusive";
  }
  return "?";
}

GateResult evaluate_gate(const SuiteComparison& suite, const GateOptions& options) {
  GateResult result;
  stats::GateOptions statistics;
  statistics.threshold = options.threshold;
  statistics.confidence = suite.options.confidence;
  std::vector<std::string> geometric_regressions;
  std::vector<std::string> geometric_uncertain;
  bool several = suite.changed.size() > 1;

  for (const ChangedFileResult& file : suite.changed) {
    if (file.session.kind != SessionKind::interleaved) result.separate_sessions = true;
    bool several_families = file.families.size() > 1;
    for (const FamilyResult& family : file.families) {
      std::vector<stats::Comparison> comparisons;
      for (std::size_t i : family.benchmarks) comparisons.push_back(file.benchmarks[i].comparison);
      stats::GateDecision decision = stats::evaluate_gate(comparisons, statistics);
      auto label = [&](const std::string& name) {
        std::string text = name;
        if (several) text += fmt::format(" [{}]", file.display_name);
        if (several_families) text += fmt::format(" ({})", family.family);
        return text;
      };
      for (std::size_t k : decision.regressions) {
        const BenchmarkResult& benchmark = file.benchmarks[family.benchmarks[k]];
        result.regressions.push_back(fmt::format("{} ({:+.1f}%)", label(benchmark.name),
                                                 (benchmark.comparison.ratio - 1) * 100));
      }
      for (std::size_t k : decision.uncertain) {
        result.uncertain.push_back(label(file.benchmarks[family.benchmarks[k]].name));
      }
      if (comparisons.size() >= 2 && decision.geometric_mean_regression) {
        geometric_regressions.push_back(label("geometric mean"));
      } else if (comparisons.size() >= 2 && decision.geometric_mean_uncertain) {
        geometric_uncertain.push_back(label("geometric mean"));
      }
    }
  }

  VerdictCounts counts = count_holm_verdicts(suite);
  std::string threshold = percent(options.threshold);
  if (!result.regressions.empty() || !geometric_regressions.empty()) {
    result.outcome = GateOutcome::fail;
    result.exit_code = 1;
    std::vector<std::string> failed = result.regressions;
    failed.insert(failed.end(), geometric_regressions.begin(), geometric_regressions.end());
    result.line = fmt::format("gate: FAIL — slower than {} with confidence (Holm-adjusted): {}",
                              threshold, list_some(failed));
    return result;
  }
  result.uncertain.insert(result.uncertain.end(), geometric_uncertain.begin(),
                          geometric_uncertain.end());
  bool sessions_block = result.separate_sessions && !options.accept_separate_sessions;
  if (!result.uncertain.empty() || sessions_block) {
    result.outcome = GateOutcome::inconclusive;
    result.exit_code = options.allow_inconclusive ? 0 : 3;
    std::string why;
    if (!result.uncertain.empty()) {
      why = fmt::format("no confident regression, but {} could be slower than {}: {}",
                        result.uncertain.size() == 1
                            ? "1 result"
                            : fmt::format("{} results", result.uncertain.size()),
                        threshold, list_some(result.uncertain));
    }
    if (sessions_block) {
      why +=
          std::string(why.empty() ? "" : "; ") +
          "the files come from separate sessions (--accept-separate-sessions to judge them anyway)";
    }
    result.line = fmt::format("gate: INCONCLUSIVE — {}{}", why,
                              options.allow_inconclusive ? " (allowed: exit 0)" : "");
    return result;
  }
  result.outcome = GateOutcome::pass;
  result.exit_code = 0;
  std::string tally =
      fmt::format("{} equivalent, {} inconclusive", counts.equivalent, counts.inconclusive);
  if (counts.faster > 0) tally += fmt::format(", {} faster", counts.faster);
  if (counts.slower > 0)
    tally += fmt::format(", {} slower by less than {}", counts.slower, threshold);
  result.line = fmt::format("gate: PASS — no benchmark slower than {} ({})", threshold, tally);
  return result;
}

}  // namespace gilbench::compare::report
