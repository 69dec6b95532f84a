// The line protocol between the worker harness (benchmarks/harness/worker.py) and the runner.
// Every protocol line starts with "@gilbench "; other stdout lines are the workload's own
// output and are ignored. Lines (raw times are seconds for all `loops` calls together):
//   hello VERSION | meta KEY str|int|float VALUE | gil KEY int|float VALUE
//   calibrate LOOPS RAW | loops N | warmup LOOPS RAW | value RAW
//   fail KIND MESSAGE | done DURATION
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compare/load/result_model.hpp"

namespace gilbench::runner {

constexpr int worker_protocol_version = 1;

struct RawMeasurement {
  std::int64_t loops = 1;  // calls of run(n) between the two timer reads
  double raw = 0.0;        // seconds for all of them
};

struct WorkerReport {
  int version = 0;                               // from `hello`; 0 when missing
  compare::Metadata metadata;                    // `meta` and `gil` lines
  std::vector<RawMeasurement> calibration;       // `calibrate` lines (calibration worker)
  std::optional<std::int64_t> calibrated_loops;  // `loops`
  std::vector<RawMeasurement> warmups;           // `warmup` lines
  std::vector<double> values;                    // `value` lines (raw)
  std::optional<double> duration;                // `done`: the worker finished its measurements
  std::string failure;                           // `fail KIND MESSAGE` as "KIND: MESSAGE", or a
                                                 // protocol problem found while parsing
};

// Parses a worker's stdout lines. Never throws: problems land in `failure`.
WorkerReport parse_worker_output(const std::vector<std::string>& lines);

}  // namespace gilbench::runner
