// The comparability guard: metadata that differ between the reference and a changed file and
// matter for timings (machine, kernel, CPU affinity, loops, interpreter and GIL build). Each
// difference becomes a warning, never a refusal (DESIGN.md, "Statistics" point 5).
#pragma once

#include <string>
#include <vector>

#include "compare/load/result_model.hpp"
#include "compare/report/report_warnings.hpp"

namespace gilbench::compare::report {

// Text of a metadata value as the report prints it (floats as Python's repr).
std::string metadata_text(const MetadataValue& value);

// Adds one warning per differing key, over the value runs of the `common` benchmarks.
void add_comparability_warnings(std::vector<ReportWarning>& warnings, const ResultFile& reference,
                                const ResultFile& changed, const std::vector<std::string>& common);

}  // namespace gilbench::compare::report
