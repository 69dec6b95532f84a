// Google Benchmark of gilbench compare on two 1,000-benchmark × 20-process files: loading
// one file, and the whole `--stats pyperf` comparison (both loads + statistics + output).
// Target: < 100 ms end to end (pyperf takes 2.0–2.5 s here). A benchmark, never a test.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "compare/load/load.hpp"
#include "compare/pyperf/compare_to.hpp"
#include "tests/compare/perf/perf_files.hpp"

namespace {

struct Files {
  std::string dir, ref, changed;
  Files() {
    char pattern[] = "/tmp/gilbench-perf-XXXXXX";
    dir = ::mkdtemp(pattern);
    ref = dir + "/perf_ref.json";
    changed = dir + "/perf_changed.json";
    gilbench::compare::perf::write_perf_file(ref, 1, 1.0);
    gilbench::compare::perf::write_perf_file(changed, 2, 1.02);
  }
  ~Files() { std::filesystem::remove_all(dir); }
};

const Files& files() {
  static const Files instance;
  return instance;
}

void load_one_file(benchmark::State& state) {
  const Files& f = files();
  for (auto _ : state) benchmark::DoNotOptimize(gilbench::compare::load_result_file(f.ref));
  state.SetBytesProcessed(state.iterations() *
                          static_cast<std::int64_t>(std::filesystem::file_size(f.ref)));
}
BENCHMARK(load_one_file)->Unit(benchmark::kMillisecond);

void pyperf_compare_two_files(benchmark::State& state) {
  const Files& f = files();
  gilbench::compare::pyperf::PyperfCompareOptions options;
  options.files = {f.ref, f.changed};
  for (auto _ : state) {
    std::ostringstream out, err;
    benchmark::DoNotOptimize(gilbench::compare::pyperf::run_pyperf_compare(options, out, err));
  }
}
BENCHMARK(pyperf_compare_two_files)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
