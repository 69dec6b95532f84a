// The merge gate `--fail-if-slower PCT` over a whole comparison: the statistics of each family
// (stats/gate.hpp) plus the session policy, combined into one outcome, exit code and line.
#pragma once

#include <string>
#include <vector>

#include "compare/report/suite_comparison.hpp"
#include "compare/stats/gate.hpp"

namespace gilbench::compare::report {

struct GateOptions {
  double threshold = 0.0;                 // PCT as a fraction
  bool allow_inconclusive = false;        // exit 0 instead of 3 when inconclusive
  bool accept_separate_sessions = false;  // separate sessions are judged like one session
};

enum class GateOutcome { pass, fail, inconclusive };

struct GateResult {
  GateOutcome outcome = GateOutcome::pass;
  int exit_code = 0;  // DESIGN.md: 0 pass, 1 fail, 3 inconclusive (0 with allow_inconclusive)
  std::string line;   // the one-line verdict printed last: "gate: PASS — ..."
  std::vector<std::string> regressions;  // "name [changed] (time)" of confident regressions
  std::vector<std::string> uncertain;    // benchmarks whose interval reaches beyond PCT
  bool separate_sessions = false;        // some changed file is not from the reference's session
};

GateResult evaluate_gate(const SuiteComparison& suite, const GateOptions& options);

std::string_view to_string(GateOutcome outcome);

}  // namespace gilbench::compare::report
