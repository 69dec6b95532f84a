// libFuzzer target: the real result-file loader on arbitrary bytes. Any exception other
// than InputError, any crash or sanitizer report is a bug. Also walks the loaded model.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compare/load/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gilbench::compare;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const bool require_values : {true, false}) {
    try {
      const ResultFile file = load_result_bytes(bytes, "fuzz.json", LoadOptions{require_values});
      for (const Benchmark& benchmark : file.benchmarks) {
        (void)common_metadata(file, benchmark);
        (void)benchmark_tags(file, benchmark);
        (void)benchmark.all_values();
        for (const Run& run : benchmark.runs)
          (void)metadata_int(find_metadata(file, benchmark, run, "loops"), 1);
      }
    } catch (const InputError& error) {
      if (error.problem.empty() || error.problem.find('\n') != std::string::npos)
        __builtin_trap();  // the problem must be one non-empty line
    }
  }
  return 0;
}
