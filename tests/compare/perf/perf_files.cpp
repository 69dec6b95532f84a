// Generator of large, realistic pyperf result files (compact JSON, sorted keys, metadata
// factored the way pyperf writes it: suite, benchmark and run levels).
#include "tests/compare/perf/perf_files.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <random>

#include "compare/load/python_repr.hpp"

namespace gilbench::compare::perf {

std::size_t write_perf_file(const std::string& path, unsigned seed, double slowdown,
                            const PerfFileShape& shape) {
  std::mt19937_64 random(seed);
  std::lognormal_distribution<double> base(std::log(50e-6), 1.0);
  std::normal_distribution<double> noise(1.0, 0.05);
  std::uniform_int_distribution<int> rss(18000000, 19000000);
  auto repr = [](double v) { return python_float_repr(v); };
  std::string out = R"({"benchmarks":[)";
  double uptime = 600.0;
  for (int b = 0; b < shape.benchmarks; ++b) {
    const double mean = base(random) * slowdown;
    const int loops = 1 << (10 + b % 6);
    out += b ? "," : "";
    out += fmt::format(R"({{"metadata":{{"loops":{},"name":"bench_{:04d}"}},"runs":[)", loops, b);
    // Calibration run: warmups at doubling loop counts.
    out += R"({"metadata":{"calibrate_loops":)" + std::to_string(loops) +
           R"(,"date":"2026-11-22 01:34:54.134744","duration":1.22,"load_avg_1min":2.15,)"
           R"("mem_max_rss":18673664,"runnable_threads":2,"uptime":)" +
           repr(uptime) + R"(},"warmups":[)";
    for (int l = 1, i = 0; l <= loops; l *= 2, ++i)
      out += (i ? "," : "") + fmt::format("[{},{}]", l, repr(mean * noise(random)));
    out += "]}";
    for (int p = 0; p < shape.processes; ++p) {
      uptime += 1.0 + noise(random);
      out += fmt::format(
          R"(,{{"metadata":{{"date":"2026-11-22 01:{:02d}:{:02d}.{:06d}","duration":{},)"
          R"("load_avg_1min":{},"mem_max_rss":{},"runnable_threads":{},"uptime":{}}},"values":[)",
          (b / 60) % 60, b % 60, p * 37 % 1000000, repr(0.9 + 0.1 * noise(random)),
          repr(2.0 + noise(random)), rss(random), 2 + p % 3, repr(uptime));
      for (int v = 0; v < shape.values; ++v) out += (v ? "," : "") + repr(mean * noise(random));
      out += fmt::format(R"(],"warmups":[[{},{}]]}})", loops, repr(mean * noise(random)));
    }
    out += "]}";
  }
  out +=
      R"j(],"metadata":{"aslr":"Full randomization","boot_time":"2026-11-22 01:23:57",)j"
      R"j("cpu_config":"idle:none","cpu_count":2,"cpu_freq":"0-1=2000 MHz",)j"
      R"j("cpu_model_name":"Intel(R) Xeon(R) Processor","hostname":"vm","perf_version":"2.10.0",)j"
      R"j("platform":"Linux-6.18.44-fc-v445-x86_64-with-glibc2.36",)j"
      R"j("python_compiler":"GCC 12.2.0","python_executable":"python3.11",)j"
      R"j("python_implementation":"cpython","python_version":"3.11.7 (64-bit)",)j"
      R"j("timer":"clock_gettime(CLOCK_MONOTONIC), resolution: 1.00 ns","unit":"second"},)j"
      R"j("version":"1.0"})j"
      "\n";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return 0;
  std::fwrite(out.data(), 1, out.size(), file);
  std::fclose(file);
  return out.size();
}

}  // namespace gilbench::compare::perf
