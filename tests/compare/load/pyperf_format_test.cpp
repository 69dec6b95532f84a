// Tests of compare/load/pyperf_format: versions 1.0/5/6 and every validation rule.
#include <gtest/gtest.h>

#include "compare/load/load.hpp"
#include "tests/compare/load/test_files.hpp"

namespace gilbench::compare {
namespace {

InputError error_of(const std::string& text, LoadOptions options = {}) {
  try {
    load_result_bytes(text, "x.json", options);
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "accepted: " << text;
  return InputError("", "", "");
}

// A one-benchmark file whose run is `run` (a JSON object body) and file metadata `meta`.
std::string one_run(const std::string& run, const std::string& meta = R"("name":"b")") {
  return R"({"benchmarks":[{"runs":[{)" + run + R"(}]}],"metadata":{)" + meta +
         R"(},"version":"1.0"})";
}

TEST(PyperfFormat, Version10) {
  const ResultFile file = load_result_bytes(testing::kGoodPyperf, "good.json");
  EXPECT_EQ(file.version, "1.0");
  const Benchmark& alpha = file.benchmarks[0];
  EXPECT_EQ(alpha.name, "alpha");
  EXPECT_EQ(alpha.unit, "second");
  EXPECT_EQ(alpha.runs.size(), 3u);
  EXPECT_EQ(alpha.runs[0].warmups.size(), 2u);
  EXPECT_EQ(alpha.runs[0].warmups[1].loops, 2);
  EXPECT_EQ(alpha.runs[0].warmups[1].value, 0.25);
  EXPECT_EQ(file.benchmarks[1].unit, "integer");
}

TEST(PyperfFormat, Version5UsesSamplesAndCommonMetadata) {
  const ResultFile file = load_result_bytes(
      R"({"benchmarks":[{"common_metadata":{"name":"old","loops":4},
          "runs":[{"samples":[1.5,2.5],"warmups":[[4,1.0]]}]}],
          "metadata":{"ignored":"in v5"},"version":5})",
      "v5.json");
  EXPECT_EQ(file.version, "5");
  EXPECT_EQ(file.benchmarks[0].name, "old");
  EXPECT_EQ(file.benchmarks[0].all_values(), (std::vector<double>{1.5, 2.5}));
  EXPECT_TRUE(file.metadata.empty());
}

TEST(PyperfFormat, Version6DividesRawWarmups) {
  const ResultFile file = load_result_bytes(
      R"({"benchmarks":[{"metadata":{"name":"w","inner_loops":2},
          "runs":[{"values":[1.0],"warmups":[[4,16.0]]}]}],"version":6})",
      "v6.json");
  EXPECT_EQ(file.benchmarks[0].runs[0].warmups[0].value, 2.0);  // 16 / (4 × 2)
}

TEST(PyperfFormat, UnsupportedVersions) {
  EXPECT_EQ(error_of(R"({"benchmarks":[],"version":"2.0"})").python_error,
            "ValueError: file format version '2.0' not supported");
  EXPECT_EQ(error_of(R"({"benchmarks":[]})").python_error,
            "ValueError: file format version None not supported");
  EXPECT_EQ(error_of(R"({"benchmarks":[],"version":1})").problem,
            "file format version 1 not supported");
}

TEST(PyperfFormat, MissingAndEmptyBenchmarks) {
  EXPECT_EQ(error_of(R"({"version":"1.0"})").python_error, "KeyError: 'benchmarks'");
  EXPECT_EQ(error_of(R"({"benchmarks":[],"version":"1.0"})").python_error,
            "ValueError: benchmarks must be a non-empty sequence of Benchmark objects");
  EXPECT_EQ(error_of(R"({"benchmarks":[{"runs":[]}],"version":"1.0"})").problem,
            "runs must be a non-empty sequence of Run objects");
  EXPECT_EQ(error_of(R"({"benchmarks":[{}],"version":"1.0"})").python_error, "KeyError: 'runs'");
}

TEST(PyperfFormat, BenchmarkWithoutName) {
  EXPECT_EQ(error_of(one_run(R"("values":[1.0])", R"("loops":1)")).problem,
            "A benchmark must have a name: the first run has no name metadata");
}

TEST(PyperfFormat, OnlyCalibrationRuns) {
  const std::string text = one_run(R"("warmups":[[1,0.5]],"metadata":{"calibrate_loops":1})");
  EXPECT_EQ(error_of(text).problem, "benchmark 'b' has no values (only calibration runs)");
  const ResultFile lenient = load_result_bytes(text, "x.json", LoadOptions{false});
  EXPECT_EQ(lenient.benchmarks[0].value_count(), 0u);
}

TEST(PyperfFormat, BadValues) {
  const std::string message = "values must be a sequence of number > 0.0";
  EXPECT_EQ(error_of(one_run(R"("values":[1.0,0])")).problem, message);
  EXPECT_EQ(error_of(one_run(R"("values":[-1.0])")).problem, message);
  EXPECT_EQ(error_of(one_run(R"("values":["1"])")).problem, message);
  EXPECT_THROW(load_result_bytes(one_run(R"("values":[1e999])"), "x.json"), InputError);  // inf
  EXPECT_EQ(error_of(one_run(R"("values":[[1]])")).problem, message);
  EXPECT_EQ(error_of(one_run(R"("values":{})")).problem, message);
  EXPECT_EQ(error_of(one_run(R"("values":[])")).problem, "values and warmups are empty sequence");
  EXPECT_EQ(error_of(one_run(R"("values":[1.0],"warmups":[[0,1.0]])")).problem.rfind("warmups", 0),
            0u);
  EXPECT_EQ(error_of(one_run(R"("values":[1.0],"warmups":[[1]])")).problem.rfind("warmups", 0), 0u);
}

TEST(PyperfFormat, DuplicateNames) {
  EXPECT_EQ(error_of(R"({"benchmarks":[{"metadata":{"name":"a"},"runs":[{"values":[1]}]},
                                      {"metadata":{"name":"a"},"runs":[{"values":[1]}]}],
                       "version":"1.0"})")
                .python_error,
            "ValueError: the suite has already a benchmark called 'a'");
}

TEST(PyperfFormat, BadMetadata) {
  EXPECT_EQ(error_of(one_run(R"("values":[1.0])", R"("name":"b","host":"  ")")).problem,
            "metadata 'host' value is empty");
  EXPECT_EQ(error_of(one_run(R"("values":[1.0])", R"("name":"b","host":"a\nb")")).problem,
            "metadata 'host' value contains a newline");
  EXPECT_EQ(error_of(one_run(R"("values":[1.0])", R"("name":"b","unit":"meter")")).python_error,
            "ValueError: invalid metadata 'unit' value: 'meter'");
  EXPECT_EQ(error_of(one_run(R"("values":[1.0])", R"("name":"b","loops":0)"))
                .problem.rfind("invalid metadata 'loops'", 0),
            0u);
  EXPECT_EQ(error_of(one_run(R"("values":[1.0])", R"("name":"b","x":null)")).problem,
            "invalid metadata value type for 'x'");
  EXPECT_EQ(error_of(one_run(R"("values":[1.0])", R"("name":"b","x":{"y":1})")).problem,
            "invalid metadata value type for 'x'");
  EXPECT_EQ(error_of(one_run(R"("values":[1.0])", R"("name":"b","tags":["all"])")).problem,
            "invalid tag 'all'");
  EXPECT_EQ(error_of(one_run(R"("values":[1.0])", R"("name":1)")).problem,
            "invalid metadata 'name' value: must be a string");
}

TEST(PyperfFormat, StringsAreStrippedAndBooleansAreIntegers) {
  const ResultFile file =
      load_result_bytes(one_run(R"("values":[1.0])", R"("name":" b ","flag":true)"), "x.json");
  EXPECT_EQ(file.benchmarks[0].name, "b");
  EXPECT_EQ(std::get<std::int64_t>(file.metadata.at("flag")), 1);
}

TEST(PyperfFormat, RootNotAnObject) {
  EXPECT_EQ(error_of("[1,2]").python_error, "AttributeError: 'list' object has no attribute 'get'");
  EXPECT_EQ(error_of("3").python_error, "AttributeError: 'int' object has no attribute 'get'");
}

TEST(PyperfFormat, IntegerValuesAreFlagged) {
  const ResultFile file = load_result_bytes(one_run(R"("values":[1,2.5])"), "x.json");
  EXPECT_FALSE(file.benchmarks[0].runs[0].values_all_integers);
  const ResultFile ints = load_result_bytes(one_run(R"("values":[1,2])"), "x.json");
  EXPECT_TRUE(ints.benchmarks[0].runs[0].values_all_integers);
}

}  // namespace
}  // namespace gilbench::compare
