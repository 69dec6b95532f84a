// The in-memory model of a result file (pyperf JSON or Google Benchmark JSON), shared by
// every component of gilbench compare (and later the runner). Suite → benchmark → run, with
// metadata at each level; pyperf-spec.md §1–§2 defines the vocabulary.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "compare/load/metadata.hpp"

namespace gilbench::compare {

// One warmup measurement, as pyperf stores it (per-iteration value, its own loop count).
struct Warmup {
  std::int64_t loops = 1;  // outer loops of this measurement (pyperf: >= 1)
  double value = 0.0;      // per-iteration value (version-6 raw warmups are already divided)
};

// What one worker process produced (pyperf-spec §2.4).
struct Run {
  std::vector<double> values;        // per-iteration values, > 0, in measurement order
  bool values_all_integers = false;  // every value was a JSON integer (matters for unit `integer`)
  std::vector<Warmup> warmups;       // ignored by statistics
  Metadata metadata;                 // run-level metadata only (see find_metadata for inheritance)

  // A calibration run has no values (pyperf-spec §2.7); it never enters statistics.
  bool is_calibration() const { return values.empty(); }
};

// A named benchmark: its runs in chronological order.
struct Benchmark {
  std::string name;       // from the `name` metadata (effective metadata of the first run)
  std::string unit;       // `second`, `byte` or `integer` (effective metadata of the first run)
  std::vector<Run> runs;  // at least one run; a loaded benchmark has at least one value run
                          // unless LoadOptions::require_values was false
  Metadata metadata;      // benchmark-level metadata only (pyperf v5: `common_metadata`)

  // Number of runs with values (worker processes that measured), and of all values.
  std::size_t value_run_count() const;
  std::size_t value_count() const;
  // True when every value of every run was a JSON integer (and there is at least one).
  bool values_all_integers() const;
  // All values of all runs concatenated in run order (pyperf's get_values()).
  std::vector<double> all_values() const;
};

enum class SourceFormat {
  pyperf,           // pyperf JSON (version "1.0", or the old integer versions 5 and 6)
  google_benchmark  // Google Benchmark JSON: every benchmark has ONE run (one process)
};

// One loaded file.
struct ResultFile {
  std::string path;                            // as typed on the command line (`-` = stdin)
  SourceFormat format = SourceFormat::pyperf;  // detected from the content
  std::string version;                         // pyperf: "1.0", "5" or "6"; Google Benchmark: ""
  Metadata metadata;                           // file-level metadata (GB: scalars of `context`)
  std::vector<Benchmark> benchmarks;           // file order, unique names, never empty

  // The benchmark called `name`, or nullptr. Constant time once the name index is built (the
  // loader builds it); a linear scan when `benchmarks` changed since rebuild_index().
  const Benchmark* find_benchmark(std::string_view name) const;
  // Rebuilds the name index; call after adding, removing or renaming benchmarks.
  void rebuild_index();

  // Name → position in `benchmarks`; derived from `benchmarks` by rebuild_index().
  std::unordered_map<std::string, std::size_t> name_index;
};

// Effective metadata of a run, by key: run level, else benchmark level, else file level
// (pyperf-spec §2.5). Returns nullptr when absent. No merged map is built.
const MetadataValue* find_metadata(const ResultFile& file, const Benchmark& benchmark,
                                   const Run& run, std::string_view key);

// The benchmark's common metadata: key/value pairs equal in the effective metadata of all
// its runs (pyperf's Benchmark.get_metadata(); used for `tags`).
Metadata common_metadata(const ResultFile& file, const Benchmark& benchmark);

// The `tags` of a benchmark (from its common metadata), empty when it has none.
std::vector<std::string> benchmark_tags(const ResultFile& file, const Benchmark& benchmark);

// Integer value of a metadata entry (ints only; doubles with an integral value too), or
// `fallback` when absent or not a number.
std::int64_t metadata_int(const MetadataValue* value, std::int64_t fallback);

// True for Google Benchmark files: all repetitions of a benchmark come from one process, so
// the data cannot show process-to-process variance.
inline bool single_process_repetitions(const ResultFile& file) {
  return file.format == SourceFormat::google_benchmark;
}

}  // namespace gilbench::compare
