// pyperf's stability checks (pyperf-spec §6.7), shared by show, dump, stats and check:
// the `* ...` lines of "WARNING: the benchmark result may be unstable" and its advice block.
#pragma once

#include <string>
#include <vector>

#include "compare/load/result_model.hpp"

namespace gilbench::compare::pyperf {

// The warning lines, in pyperf's order; empty when the benchmark looks stable.
std::vector<std::string> stability_warnings(const ResultFile& file, const Benchmark& benchmark);

// The whole block: WARNING line, `* ` lines, blank, the four advice lines (`program` is named
// in the `system tune` advice). Empty when there is no warning.
std::string stability_block(const std::vector<std::string>& warnings, const std::string& program);

// One number of the benchmark's unit, formatted alone.
std::string format_one(const std::string& unit, double value);

}  // namespace gilbench::compare::pyperf
