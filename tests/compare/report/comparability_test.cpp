// The comparability guard: machine and build metadata that differ become warnings with the
// values of both sides; identical set-ups produce none; loops are compared per benchmark.
#include "compare/report/comparability.hpp"

#include <gtest/gtest.h>

namespace gilbench::compare::report {
namespace {

ResultFile make_file(const std::string& path, Metadata file_metadata, std::int64_t loops) {
  ResultFile file;
  file.path = path;
  file.metadata = std::move(file_metadata);
  Benchmark benchmark;
  benchmark.name = "bench";
  benchmark.unit = "second";
  benchmark.metadata["loops"] = loops;
  Run run;
  run.values = {1.0};
  benchmark.runs = {run, run};
  file.benchmarks.push_back(benchmark);
  file.rebuild_index();
  return file;
}

TEST(Comparability, IdenticalSetupsGiveNoWarning) {
  Metadata common{{"cpu_model_name", std::string("CPU")}, {"cpu_count", std::int64_t{2}}};
  std::vector<ReportWarning> warnings;
  add_comparability_warnings(warnings, make_file("a.json", common, 8),
                             make_file("b.json", common, 8), {"bench"});
  EXPECT_TRUE(warnings.empty());
}

TEST(Comparability, MachineDifferencesAreNamedWithBothValues) {
  std::vector<ReportWarning> warnings;
  add_comparability_warnings(warnings, make_file("a.json", {{"cpu_count", std::int64_t{2}}}, 8),
                             make_file("b.json", {{"cpu_count", std::int64_t{4}}}, 8), {"bench"});
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].kind, "different_machine");
  EXPECT_EQ(warnings[0].message, "CPU count differs: a.json has 2; b.json has 4");
}

TEST(Comparability, BuildDifferencesAndLoopsAreReported) {
  std::vector<ReportWarning> warnings;
  add_comparability_warnings(
      warnings, make_file("a.json", {{"gil_build", std::string("eager")}}, 8),
      make_file("b.json", {{"gil_build", std::string("ondemand")}}, 16), {"bench"});
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].kind, "different_build");
  EXPECT_EQ(warnings[1].kind, "different_loops");
  EXPECT_NE(warnings[1].message.find("1 benchmark: bench"), std::string::npos);
}

TEST(Comparability, MetadataTextUsesPythonReprForFloats) {
  EXPECT_EQ(metadata_text(MetadataValue{0.005}), "0.005");
  EXPECT_EQ(metadata_text(MetadataValue{std::int64_t{7}}), "7");
  EXPECT_EQ(metadata_text(MetadataValue{std::vector<std::string>{"a", "b"}}), "a, b");
}

}  // namespace
}  // namespace gilbench::compare::report
