// A strict checker of written result files against pyperf-spec §2 (pyperf cannot be installed
// here): one compact line, sorted keys, version "1.0", scalar metadata, at least one run per
// benchmark, metadata fully factored suite → benchmark → run.
#pragma once

#include <string>
#include <vector>

namespace gilbench::testing {

// Every problem found in `text` (empty: the file is valid).
std::vector<std::string> validate_pyperf_text(const std::string& text);
// Reads `path` and validates it; a read failure is a problem too.
std::vector<std::string> validate_pyperf_file(const std::string& path);

}  // namespace gilbench::testing
