// Writes the two 1,000-benchmark files of the compare performance benchmark:
//   make_perf_files OUT_DIR   →   OUT_DIR/perf_ref.json, OUT_DIR/perf_changed.json
#include <cstdio>
#include <string>

#include "tests/compare/perf/perf_files.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_perf_files OUT_DIR\n");
    return 2;
  }
  const std::string dir = argv[1];
  namespace perf = gilbench::compare::perf;
  const std::size_t a = perf::write_perf_file(dir + "/perf_ref.json", 1, 1.0);
  const std::size_t b = perf::write_perf_file(dir + "/perf_changed.json", 2, 1.02);
  if (a == 0 || b == 0) return 1;
  std::printf("%s/perf_ref.json: %zu bytes\n%s/perf_changed.json: %zu bytes\n", dir.c_str(), a,
              dir.c_str(), b);
  return 0;
}
