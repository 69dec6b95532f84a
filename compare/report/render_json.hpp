// `gilbench compare --format json`: the whole default-mode comparison, machine-readable.
// The schema is documented in compare/report/README.md; `schema_version` changes whenever a
// field changes meaning or disappears.
#pragma once

#include <optional>
#include <ostream>

#include "compare/report/gate.hpp"
#include "compare/report/suite_comparison.hpp"

namespace gilbench::compare::report {

constexpr int kJsonSchemaVersion = 1;

void render_json(const SuiteComparison& suite, const std::optional<GateResult>& gate,
                 std::ostream& out);

}  // namespace gilbench::compare::report
