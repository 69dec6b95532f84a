// Tests of compare/load/google_benchmark_format: rows to one run per benchmark.
#include <gtest/gtest.h>

#include "compare/load/load.hpp"

namespace gilbench::compare {
namespace {

const char* kGoogleBenchmark = R"({
  "context": {"date": "2026-11-22T03:00:00+00:00", "host_name": "box", "num_cpus": 2,
              "mhz_per_cpu": 2000, "cpu_scaling_enabled": false,
              "caches": [{"type": "Data", "level": 1, "size": 32768}],
              "load_avg": [1.5, 1.2, 1.0], "library_build_type": "release"},
  "benchmarks": [
    {"name": "BM_take_gil/repeats:2", "run_name": "BM_take_gil", "run_type": "iteration",
     "repetitions": 2, "repetition_index": 0, "threads": 1, "iterations": 1000,
     "real_time": 250.0, "cpu_time": 240.0, "time_unit": "ns"},
    {"name": "BM_take_gil/repeats:2", "run_name": "BM_take_gil", "run_type": "iteration",
     "repetitions": 2, "repetition_index": 1, "threads": 1, "iterations": 1000,
     "real_time": 260.0, "cpu_time": 250.0, "time_unit": "ns"},
    {"name": "BM_take_gil/repeats:2_mean", "run_name": "BM_take_gil", "run_type": "aggregate",
     "aggregate_name": "mean", "iterations": 2, "real_time": 255.0, "time_unit": "ns"},
    {"name": "BM_switch", "run_type": "iteration", "iterations": 10,
     "real_time": 1.5, "cpu_time": 1.0, "time_unit": "ms"},
    {"name": "BM_broken", "run_type": "iteration", "error_occurred": true,
     "error_message": "boom", "iterations": 0, "real_time": 0, "time_unit": "ns"},
    {"name": "BM_broken", "run_type": "iteration", "iterations": 5,
     "real_time": 2, "time_unit": "us"}
  ]
})";

TEST(GoogleBenchmarkFormat, RowsBecomeOneRunInSeconds) {
  const ResultFile file = load_result_bytes(kGoogleBenchmark, "gb.json");
  EXPECT_EQ(file.format, SourceFormat::google_benchmark);
  EXPECT_TRUE(single_process_repetitions(file));
  ASSERT_EQ(file.benchmarks.size(), 3u);
  const Benchmark& gil = file.benchmarks[0];
  EXPECT_EQ(gil.name, "BM_take_gil");
  EXPECT_EQ(gil.unit, "second");
  ASSERT_EQ(gil.runs.size(), 1u);
  EXPECT_EQ(gil.runs[0].values, (std::vector<double>{250.0 * 1e-9, 260.0 * 1e-9}));
  EXPECT_EQ(std::get<std::int64_t>(gil.runs[0].metadata.at("loops")), 1000);
  EXPECT_EQ(file.benchmarks[1].runs[0].values, (std::vector<double>{1.5 * 1e-3}));
  EXPECT_EQ(file.benchmarks[2].runs[0].values,
            (std::vector<double>{2 * 1e-6}));  // error row skipped
}

TEST(GoogleBenchmarkFormat, ContextBecomesFileMetadata) {
  const ResultFile file = load_result_bytes(kGoogleBenchmark, "gb.json");
  EXPECT_EQ(std::get<std::string>(file.metadata.at("hostname")), "box");
  EXPECT_EQ(std::get<std::int64_t>(file.metadata.at("cpu_count")), 2);
  EXPECT_EQ(file.metadata.count("caches"), 0u);
  EXPECT_EQ(std::get<std::string>(
                *find_metadata(file, file.benchmarks[0], file.benchmarks[0].runs[0], "name")),
            "BM_take_gil");
}

TEST(GoogleBenchmarkFormat, OnlyAggregatesIsAnError) {
  try {
    load_result_bytes(R"({"context":{},"benchmarks":[{"name":"a_mean","run_name":"a",
        "run_type":"aggregate","real_time":1,"time_unit":"ns"}]})",
                      "gb.json");
    FAIL();
  } catch (const InputError& error) {
    EXPECT_EQ(error.problem, "benchmark 'a' has no values (only aggregate or failed rows)");
  }
}

TEST(GoogleBenchmarkFormat, BadRows) {
  for (const char* text :
       {R"({"context":{},"benchmarks":[]})", R"({"context":{}})",
        R"({"context":{},"benchmarks":[{"name":"a","real_time":0,"time_unit":"ns"}]})",
        R"({"context":{},"benchmarks":[{"name":"a","time_unit":"ns"}]})",
        R"({"context":{},"benchmarks":[{"name":"a","real_time":1,"time_unit":"h"}]})",
        R"({"context":{},"benchmarks":[{"real_time":1}]})"}) {
    EXPECT_THROW(load_result_bytes(text, "gb.json"), InputError) << text;
  }
}

}  // namespace
}  // namespace gilbench::compare
