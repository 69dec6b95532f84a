// The pyperf JSON writer, inverse of the loader: version "1.0", compact, keys sorted, floats
// as Python's repr, metadata factored suite → benchmark → run (pyperf-spec §2.1, §2.5).
#pragma once

#include <string>

#include "compare/load/result_model.hpp"

namespace gilbench::compare {

// The file text (one line plus "\n"). Metadata may sit at any level of `file`; the writer
// computes each run's effective metadata and factors it again, so what the loader reads back
// has the same effective metadata. Throws std::invalid_argument for what pyperf would reject
// (no benchmark, a benchmark without runs, a value <= 0 or not finite, a run without values
// or warmups, an empty or multi-line metadata string).
std::string format_pyperf_json(const ResultFile& file);

// Writes format_pyperf_json(file) to `path` atomically: a temporary file in the same folder,
// flushed and fsync'ed, then renamed over `path`, so a reader (or an interrupted writer)
// never sees a partial file. Throws InputError(path, problem) on I/O failure.
void write_pyperf_file(const std::string& path, const ResultFile& file);

}  // namespace gilbench::compare
