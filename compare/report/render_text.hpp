// The default-mode report as text: the pyperf layouts (list, --group-by-speed, --table in
// reST or Markdown) with honest verdicts, then geometric means, the Holm summary and the
// warnings. The gate line is added by the caller.
#pragma once

#include <optional>
#include <ostream>

#include "compare/report/suite_comparison.hpp"

namespace gilbench::compare::report {

struct RenderOptions {
  bool quiet = false;               // no hidden-benchmark and ignored-benchmark lines
  bool verbose = false;             // every benchmark, with the test behind its verdict
  bool group_by_speed = false;      // buckets by verdict (two files)
  bool table = false;               // a table instead of a list
  bool markdown = false;            // table format md instead of rest
  std::optional<double> min_speed;  // hide changes smaller than this fraction
};

void render_text(const SuiteComparison& suite, const RenderOptions& options, std::ostream& out);

// True when the benchmark at `index` is shown (not equivalent everywhere, not under
// --min-speed), the rule shared by every layout.
bool is_shown(const SuiteComparison& suite, std::size_t index, const RenderOptions& options);

}  // namespace gilbench::compare::report
