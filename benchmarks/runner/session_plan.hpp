// What a session runs: interpreters, cells (interpreter × switch interval × check-point
// policy) with their predictable file names, the workload list, and the interleaved order.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace gilbench::runner {

struct Interpreter {
  std::string name;       // NAME of --python NAME=PATH (file names, metadata, never a path)
  std::string path;       // executable
  bool gilpy = false;     // gilpy takes -X settings; CPython gets them recorded as skipped
  std::string gil_build;  // "eager", "ondemand", "cpython" (or "gilpy" for a plain gilpy)
};

// NAME=PATH; the kind is read from the executable's name (gilpy*, else CPython).
Interpreter parse_interpreter(const std::string& spec);
// The gilpy executables of a build tree: gilpy-eager and gilpy-ondemand when built, else gilpy.
std::vector<Interpreter> default_interpreters(const std::string& build_dir);

struct Cell {
  Interpreter interpreter;
  double switch_interval = 0.005;  // seconds
  std::optional<int> checkpoints;  // 310, 39 or 27; nullopt = interpreter default
  double slowdown = 0.0;           // positive controls only (harness --slowdown)
  std::string name;                // "eager-si5ms", "eager-si5ms-cp39"
};

std::vector<Cell> make_cells(const std::vector<Interpreter>& interpreters,
                             const std::vector<double>& switch_intervals,
                             const std::vector<int>& checkpoints);

// "5ms", "0.5ms", "100ms": the switch interval part of a cell name.
std::string interval_label(double seconds);

struct ScheduledProcess {
  std::size_t cell = 0;    // index in the cells
  std::int64_t block = 0;  // ABBA block number within the benchmark
};

// The order of one benchmark's worker processes: `processes` per cell. Interleaved: blocks
// of a random permutation of the cells followed by its reverse (A B B A, or C A B B A C);
// an odd last block holds only the permutation. Not interleaved: cell after cell.
std::vector<ScheduledProcess> schedule_processes(std::size_t cells, std::int64_t processes,
                                                 bool interleave, std::mt19937_64& random);

// Workload names: *.py files of the folder, sorted; `selection` (names) filters and orders.
std::vector<std::string> list_workloads(const std::string& workloads_dir,
                                        const std::vector<std::string>& selection);

}  // namespace gilbench::runner
