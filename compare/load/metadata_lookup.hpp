// find_metadata() in two steps, for loops over the runs of one benchmark: what the runs
// inherit (benchmark level, else file level) is looked up once per benchmark, then only each
// run's own level per run. For every run:
//   find_metadata(f, b, run, k) == (find_run_metadata(run, k) ?: find_inherited_metadata(f, b, k))
#pragma once

#include <string_view>

#include "compare/load/result_model.hpp"

namespace gilbench::compare {

// The benchmark-level value of `key`, else the file-level one, else nullptr.
const MetadataValue* find_inherited_metadata(const ResultFile& file, const Benchmark& benchmark,
                                             std::string_view key);

// The run-level value of `key` only, else nullptr.
const MetadataValue* find_run_metadata(const Run& run, std::string_view key);

}  // namespace gilbench::compare
