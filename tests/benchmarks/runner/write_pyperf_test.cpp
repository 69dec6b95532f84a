// Tests of compare/load/write_pyperf: round trips through the loader, factorisation, number
// formatting, refusals; and of the strict validator every runner test relies on.
#include "compare/load/write_pyperf.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "compare/load/input_error.hpp"
#include "compare/load/load.hpp"
#include "pyperf_validator.hpp"

namespace gilbench::compare {
namespace {

Run value_run(std::vector<double> values, Metadata metadata) {
  Run run;
  run.values = std::move(values);
  run.warmups = {{2, 0.5}};
  run.metadata = std::move(metadata);
  return run;
}

ResultFile two_benchmarks() {
  ResultFile file;
  Benchmark a;
  a.name = "alpha";
  Run calibration;
  calibration.warmups = {{1, 0.25}, {2, 0.125}};
  calibration.metadata = {{"name", std::string("alpha")},
                          {"calibrate_loops", std::int64_t{2}},
                          {"loops", std::int64_t{2}},
                          {"hostname", std::string("vm")},
                          {"date", std::string("2026-11-22 04:00:00.000001")}};
  a.runs.push_back(calibration);
  a.runs.push_back(value_run({0.001, 2.5e-07}, {{"name", std::string("alpha")},
                                                {"loops", std::int64_t{2}},
                                                {"hostname", std::string("vm")},
                                                {"session_position", std::int64_t{0}},
                                                {"date", std::string("2026-11-22 04:00:01")}}));
  Benchmark b;
  b.name = "beta";
  b.runs.push_back(value_run({1.0, 123.4}, {{"name", std::string("beta")},
                                            {"loops", std::int64_t{1}},
                                            {"hostname", std::string("vm")},
                                            {"load_avg_1min", 0.5},
                                            {"date", std::string("2026-11-22 04:00:02")}}));
  file.benchmarks = {a, b};
  file.metadata = {{"gilbench_version", std::string("0.1.0")}};
  file.rebuild_index();
  return file;
}

TEST(WritePyperf, OneSortedCompactLineWithPythonFloats) {
  std::string text = format_pyperf_json(two_benchmarks());
  EXPECT_EQ(text.find('\n'), text.size() - 1);
  EXPECT_NE(text.find("\"values\":[0.001,2.5e-07]"), std::string::npos) << text;
  EXPECT_NE(text.find("\"values\":[1.0,123.4]"), std::string::npos) << text;
  EXPECT_NE(text.find("\"warmups\":[[1,0.25],[2,0.125]]"), std::string::npos) << text;
  EXPECT_TRUE(text.ends_with(",\"version\":\"1.0\"}\n"));
  EXPECT_TRUE(gilbench::testing::validate_pyperf_text(text).empty());
}

TEST(WritePyperf, FactorsMetadataSuiteBenchmarkRun) {
  std::string text = format_pyperf_json(two_benchmarks());
  // hostname and gilbench_version are common to everything: suite level only.
  EXPECT_NE(text.find("\"metadata\":{\"gilbench_version\":\"0.1.0\",\"hostname\":\"vm\"}"),
            std::string::npos)
      << text;
  // beta's single run: everything of it is benchmark level.
  EXPECT_NE(text.find("{\"metadata\":{\"date\":\"2026-11-22 04:00:02\",\"load_avg_1min\":0.5,"
                      "\"loops\":1,\"name\":\"beta\"},\"runs\":[{\"values\""),
            std::string::npos)
      << text;
  for (const auto& problem : gilbench::testing::validate_pyperf_text(text))
    ADD_FAILURE() << problem;
}

TEST(WritePyperf, RoundTripKeepsEffectiveMetadataAndValues) {
  ResultFile original = two_benchmarks();
  ResultFile loaded = load_result_bytes(format_pyperf_json(original), "mem.json");
  ASSERT_EQ(loaded.benchmarks.size(), 2u);
  for (std::size_t b = 0; b < 2; ++b) {
    const auto& want = original.benchmarks[b];
    const auto& got = loaded.benchmarks[b];
    EXPECT_EQ(got.name, want.name);
    ASSERT_EQ(got.runs.size(), want.runs.size());
    for (std::size_t r = 0; r < want.runs.size(); ++r) {
      EXPECT_EQ(got.runs[r].values, want.runs[r].values);
      ASSERT_EQ(got.runs[r].warmups.size(), want.runs[r].warmups.size());
      for (const auto& [key, value] : want.runs[r].metadata) {
        const MetadataValue* found = find_metadata(loaded, got, got.runs[r], key);
        ASSERT_NE(found, nullptr) << key;
        EXPECT_EQ(*found, value) << key;
      }
    }
  }
  // Writing the loaded file again gives the same text (a fixed point).
  EXPECT_EQ(format_pyperf_json(loaded), format_pyperf_json(original));
}

TEST(WritePyperf, RefusesWhatPyperfRejects) {
  ResultFile empty;
  EXPECT_THROW(format_pyperf_json(empty), std::invalid_argument);
  ResultFile file = two_benchmarks();
  file.benchmarks[1].runs[0].values[0] = 0.0;
  EXPECT_THROW(format_pyperf_json(file), std::invalid_argument);
  file = two_benchmarks();
  file.benchmarks[1].runs.clear();
  EXPECT_THROW(format_pyperf_json(file), std::invalid_argument);
  file = two_benchmarks();
  file.metadata["bad"] = std::string("two\nlines");
  EXPECT_THROW(format_pyperf_json(file), std::invalid_argument);
}

TEST(WritePyperf, AtomicWriteLeavesNoTemporaryFile) {
  auto dir = std::filesystem::temp_directory_path() / "gilbench_write_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string path = (dir / "out.json").string();
  write_pyperf_file(path, two_benchmarks());
  write_pyperf_file(path, two_benchmarks());  // replaces
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++count;
  EXPECT_EQ(count, 1u);
  EXPECT_TRUE(gilbench::testing::validate_pyperf_file(path).empty());
  EXPECT_THROW(write_pyperf_file((dir / "missing" / "x.json").string(), two_benchmarks()),
               InputError);
  std::filesystem::remove_all(dir);
}

TEST(WritePyperf, NonAsciiIsEscaped) {
  ResultFile file = two_benchmarks();
  file.metadata["cpu_model_name"] = std::string("Caf\xc3\xa9 CPU");
  std::string text = format_pyperf_json(file);
  EXPECT_NE(text.find("Caf\\u00e9 CPU"), std::string::npos);
}

// The validator itself must catch each kind of violation.
TEST(PyperfValidator, RejectsEachViolation) {
  using gilbench::testing::validate_pyperf_text;
  const std::string good =
      "{\"benchmarks\":[{\"runs\":[{\"values\":[1.0]}]}],\"metadata\":{\"name\":\"x\"},"
      "\"version\":\"1.0\"}\n";
  EXPECT_TRUE(validate_pyperf_text(good).empty());
  auto bad = [&](const std::string& text) { return !validate_pyperf_text(text).empty(); };
  EXPECT_TRUE(
      bad("{\"version\":\"1.0\",\"benchmarks\":[{\"runs\":[{\"values\":[1.0]}]}],"
          "\"metadata\":{\"name\":\"x\"}}\n"));  // keys not sorted
  EXPECT_TRUE(
      bad("{\"benchmarks\": [{\"runs\":[{\"values\":[1.0]}]}],\"metadata\":{\"name\":"
          "\"x\"},\"version\":\"1.0\"}\n"));  // not compact
  EXPECT_TRUE(
      bad("{\"benchmarks\":[{\"runs\":[]}],\"metadata\":{\"name\":\"x\"},\"version\":"
          "\"1.0\"}\n"));  // no run
  EXPECT_TRUE(
      bad("{\"benchmarks\":[{\"runs\":[{\"values\":[0]}]}],\"metadata\":{\"name\":"
          "\"x\"},\"version\":\"1.0\"}\n"));  // value <= 0
  EXPECT_TRUE(
      bad("{\"benchmarks\":[{\"runs\":[{\"metadata\":{\"name\":\"x\"},\"values\":[1.0]}"
          "]}],\"version\":\"1.0\"}\n"));  // not factored (single run: benchmark level)
  EXPECT_TRUE(
      bad("{\"benchmarks\":[{\"runs\":[{\"values\":[1.0]}]}],\"metadata\":{\"name\":"
          "{\"a\":1}},\"version\":\"1.0\"}\n"));  // non-scalar metadata
  EXPECT_TRUE(bad("{\"benchmarks\":[{\"runs\":[{\"values\":[1.0]}]}],\"version\":\"1.0\"}\n"));
  EXPECT_TRUE(
      bad("{\"benchmarks\":[{\"runs\":[{\"values\":[1.0]}]}],\"metadata\":{\"name\":"
          "\"x\"},\"version\":6}\n"));                // old version
  EXPECT_TRUE(bad(good.substr(0, good.size() - 1)));  // no final newline
}

}  // namespace
}  // namespace gilbench::compare

namespace gilbench::compare {
namespace {

// Every result file committed from real `gilbench run` sessions passes the strict validator.
TEST(PyperfValidator, CommittedRunnerSessionsAreValid) {
  std::filesystem::path root = GILBENCH_SOURCE_DIR "/results/runner-validation";
  if (!std::filesystem::exists(root)) GTEST_SKIP() << "no committed sessions";
  int checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".json") continue;
    ++checked;
    for (const auto& problem : gilbench::testing::validate_pyperf_file(entry.path().string())) {
      ADD_FAILURE() << entry.path() << ": " << problem;
    }
  }
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace gilbench::compare
