// Tests of compare/pyperf/stability: which warnings fire (pyperf-spec §6.7).
#include "compare/pyperf/stability.hpp"

#include <gtest/gtest.h>

#include "compare/load/load.hpp"

namespace gilbench::compare::pyperf {
namespace {

ResultFile one_benchmark(const std::string& runs, const std::string& unit = "second") {
  return load_result_bytes(R"({"benchmarks":[{"runs":[)" + runs +
                               R"(]}],"metadata":{"name":"b",)"
                               R"("loops":1000,"unit":")" +
                               unit + R"("},"version":"1.0"})",
                           "x.json");
}

TEST(Stability, LargeStandardDeviation) {
  const ResultFile file = one_benchmark(R"({"values":[1.0,1.5]},{"values":[1.2,0.9]})");
  const auto warnings = stability_warnings(file, file.benchmarks[0]);
  ASSERT_FALSE(warnings.empty());
  EXPECT_EQ(warnings[0], "the standard deviation (265 ms) is 23% of the mean (1.15 sec)");
}

TEST(Stability, MaximumFarAboveTheMean) {
  std::string runs;
  for (int i = 0; i < 9; ++i) runs += R"({"values":[1.0,1.0,1.0]},)";
  runs += R"({"values":[1.0,1.0,3.0]})";
  const ResultFile file = one_benchmark(runs);
  const auto warnings = stability_warnings(file, file.benchmarks[0]);
  ASSERT_FALSE(warnings.empty());
  EXPECT_EQ(warnings.back(), "the maximum (3.00 sec) is 181% greater than the mean (1.07 sec)");
}

TEST(Stability, ShortRawValuesAndTheAdviceBlock) {
  const ResultFile file = one_benchmark(R"({"values":[2e-7,2e-7,2e-7]})");
  const auto warnings = stability_warnings(file, file.benchmarks[0]);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "the shortest raw value is only 200 us");  // 2e-7 s × 1000 loops
  const std::string block = stability_block(warnings, "gilbench");
  EXPECT_NE(block.find("Run 'gilbench system tune' command"), std::string::npos);
  EXPECT_EQ(stability_block({}, "gilbench"), "");
}

TEST(Stability, StableBenchmarkHasNoWarning) {
  const ResultFile file = one_benchmark(R"({"values":[1.0,1.0]},{"values":[1.0,1.0]})");
  EXPECT_TRUE(stability_warnings(file, file.benchmarks[0]).empty());
}

}  // namespace
}  // namespace gilbench::compare::pyperf
