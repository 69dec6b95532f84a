// Tests of compare/load/result_model: metadata inheritance and benchmark summaries.
#include "compare/load/result_model.hpp"

#include <gtest/gtest.h>

#include "compare/load/load.hpp"
#include "tests/compare/load/test_files.hpp"

namespace gilbench::compare {
namespace {

ResultFile good() {
  return load_result_bytes(testing::kGoodPyperf, "good.json");
}

TEST(ResultModel, RunOverridesBenchmarkOverridesFile) {
  const ResultFile file = good();
  const Benchmark& alpha = file.benchmarks[0];
  const gilbench::compare::Run& calibration = alpha.runs[0];
  EXPECT_EQ(std::get<std::int64_t>(*find_metadata(file, alpha, calibration, "loops")), 8);
  EXPECT_EQ(std::get<std::string>(*find_metadata(file, alpha, calibration, "date")), "d0");
  EXPECT_EQ(std::get<std::string>(*find_metadata(file, alpha, calibration, "hostname")), "box");
  EXPECT_EQ(find_metadata(file, alpha, calibration, "absent"), nullptr);
  const Benchmark& beta = file.benchmarks[1];
  EXPECT_EQ(std::get<std::int64_t>(*find_metadata(file, beta, beta.runs[0], "loops")), 2);
}

TEST(ResultModel, CommonMetadataKeepsOnlyPairsEqualInEveryRun) {
  const ResultFile file = good();
  const Metadata common = common_metadata(file, file.benchmarks[0]);
  EXPECT_EQ(common.count("date"), 0u);  // differs per run
  EXPECT_EQ(common.count("tags"), 0u);  // absent from the calibration run
  EXPECT_EQ(std::get<std::string>(common.at("name")), "alpha");
  EXPECT_EQ(std::get<std::string>(common.at("hostname")), "box");
  EXPECT_EQ(std::get<std::int64_t>(common.at("loops")), 8);
  EXPECT_TRUE(benchmark_tags(file, file.benchmarks[0]).empty());
}

TEST(ResultModel, TagsWhenEveryRunCarriesThem) {
  ResultFile file = good();
  file.benchmarks[0].runs.erase(file.benchmarks[0].runs.begin());
  EXPECT_EQ(benchmark_tags(file, file.benchmarks[0]), (std::vector<std::string>{"t1", "t2"}));
}

TEST(ResultModel, Counts) {
  const ResultFile file = good();
  const Benchmark& alpha = file.benchmarks[0];
  EXPECT_TRUE(alpha.runs[0].is_calibration());
  EXPECT_EQ(alpha.value_run_count(), 2u);
  EXPECT_EQ(alpha.value_count(), 6u);
  EXPECT_EQ(alpha.all_values(), (std::vector<double>{0.1, 0.2, 0.3, 0.4, 0.5, 0.6}));
  EXPECT_FALSE(alpha.values_all_integers());
  EXPECT_TRUE(file.benchmarks[1].values_all_integers());
  EXPECT_EQ(file.find_benchmark("beta"), &file.benchmarks[1]);
  EXPECT_EQ(file.find_benchmark("gamma"), nullptr);
}

TEST(ResultModel, MetadataInt) {
  const MetadataValue i = std::int64_t{7}, d = 8.0, s = std::string("9");
  EXPECT_EQ(metadata_int(&i, 1), 7);
  EXPECT_EQ(metadata_int(&d, 1), 8);
  EXPECT_EQ(metadata_int(&s, 1), 1);
  EXPECT_EQ(metadata_int(nullptr, 3), 3);
}

}  // namespace
}  // namespace gilbench::compare
