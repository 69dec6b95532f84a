// Behaviour of `gilbench compare` in its default mode, end to end on fixture files: pairing of
// one interleaved session, verdicts, separate sessions, Google Benchmark input, the merge gate's
// exit codes, and the one-line errors for bad input.
#include "compare/report/default_compare.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace gilbench::compare::report {
namespace {

namespace fs = std::filesystem;

const std::string kData = GILBENCH_REPORT_TEST_DATA;

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome run(DefaultCompareOptions options) {
  std::ostringstream out, err;
  int code = run_default_compare(options, out, err);
  return {code, out.str(), err.str()};
}

DefaultCompareOptions files(std::initializer_list<std::string> names) {
  DefaultCompareOptions options;
  for (const auto& name : names) options.files.push_back(kData + "/" + name);
  return options;
}

nlohmann::json run_json(DefaultCompareOptions options) {
  options.json = true;
  Outcome outcome = run(options);
  EXPECT_EQ(outcome.err, "");
  return nlohmann::json::parse(outcome.out);
}

const nlohmann::json& benchmark(const nlohmann::json& root, const std::string& name) {
  for (const auto& entry : root["changed"][0]["benchmarks"]) {
    if (entry["name"] == name) return entry;
  }
  throw std::runtime_error("no benchmark " + name);
}

TEST(DefaultCompare, PairsTheProcessesOfOneInterleavedSession) {
  auto root = run_json(files({"session_eager.json", "session_ondemand.json"}));
  EXPECT_EQ(root["changed"][0]["session"]["kind"], "interleaved");
  for (const auto& entry : root["changed"][0]["benchmarks"]) {
    EXPECT_EQ(entry["method"], "paired");
    EXPECT_EQ(entry["pairs"], 10);
  }
}

TEST(DefaultCompare, GivesEachBenchmarkItsVerdict) {
  auto root = run_json(files({"session_eager.json", "session_ondemand.json"}));
  EXPECT_EQ(benchmark(root, "slower_5pct")["verdict"], "slower");
  EXPECT_EQ(benchmark(root, "faster_8pct")["verdict"], "faster");
  EXPECT_EQ(benchmark(root, "equal_work")["verdict"], "equivalent");
  EXPECT_EQ(benchmark(root, "noisy")["verdict"], "inconclusive");
  double low = benchmark(root, "slower_5pct")["ci"][0];
  double high = benchmark(root, "slower_5pct")["ci"][1];
  EXPECT_LT(low, 1.05);
  EXPECT_GT(high, 1.05);
}

TEST(DefaultCompare, SaysWhenFilesComeFromSeparateSessions) {
  auto root = run_json(files({"session_eager.json", "other_session_ondemand.json"}));
  EXPECT_EQ(root["changed"][0]["session"]["kind"], "separate");
  EXPECT_EQ(benchmark(root, "slower_5pct")["method"], "welch");
  bool warned = false;
  for (const auto& warning : root["warnings"]) warned |= warning["kind"] == "separate_sessions";
  EXPECT_TRUE(warned);
}

TEST(DefaultCompare, GoogleBenchmarkFilesAreOneProcess) {
  auto root = run_json(files({"gbench_a.json", "gbench_b.json"}));
  for (const auto& entry : root["changed"][0]["benchmarks"]) {
    EXPECT_EQ(entry["method"], "too_few_processes");
    EXPECT_EQ(entry["verdict"], "inconclusive");
  }
  Outcome text = run(files({"gbench_a.json", "gbench_b.json"}));
  EXPECT_NE(text.out.find("inconclusive: 1 process"), std::string::npos);
  EXPECT_NE(text.out.find("cannot show process-to-process variance"), std::string::npos);
}

TEST(DefaultCompareGate, FailsOnAConfidentRegressionBeyondThreshold) {
  auto options = files({"session_eager.json", "session_ondemand.json"});
  options.fail_if_slower = 0.02;
  Outcome outcome = run(options);
  EXPECT_EQ(outcome.code, 1);
  EXPECT_NE(outcome.out.find("gate: FAIL"), std::string::npos);
  EXPECT_NE(outcome.out.find("slower_5pct"), std::string::npos);
}

TEST(DefaultCompareGate, PassesWhenNothingCanBeSlowerThanThreshold) {
  auto options = files({"session_eager.json", "session_ondemand.json"});
  options.benchmarks = {"equal_work", "faster_8pct"};
  options.fail_if_slower = 0.02;
  Outcome outcome = run(options);
  EXPECT_EQ(outcome.code, 0);
  std::string last_line = outcome.out.substr(outcome.out.rfind('\n', outcome.out.size() - 2) + 1);
  EXPECT_EQ(last_line.rfind("gate: PASS", 0), 0u) << last_line;
}

TEST(DefaultCompareGate, IsInconclusiveWhenAnIntervalReachesBeyondThreshold) {
  auto options = files({"session_eager.json", "session_ondemand.json"});
  options.benchmarks = {"noisy"};
  options.fail_if_slower = 0.02;
  EXPECT_EQ(run(options).code, 3);
  options.allow_inconclusive = true;
  Outcome allowed = run(options);
  EXPECT_EQ(allowed.code, 0);
  EXPECT_NE(allowed.out.find("gate: INCONCLUSIVE"), std::string::npos);
}

TEST(DefaultCompareGate, SeparateSessionsAreInconclusiveUnlessAccepted) {
  auto options = files({"session_eager.json", "other_session_ondemand.json"});
  options.benchmarks = {"equal_work"};
  options.fail_if_slower = 0.05;
  EXPECT_EQ(run(options).code, 3);
  options.accept_separate_sessions = true;
  Outcome accepted = run(options);
  EXPECT_EQ(accepted.code, 0);
  EXPECT_NE(accepted.out.find("separate sessions"), std::string::npos);  // warning kept
}

TEST(DefaultCompare, TestsTheStatisticItDisplays) {
  auto options = files({"session_eager.json", "session_ondemand.json"});
  options.use_median = true;
  auto root = run_json(options);
  EXPECT_EQ(root["options"]["statistic"], "median");
  EXPECT_EQ(benchmark(root, "slower_5pct")["verdict"], "slower");
  Outcome text = run(options);
  EXPECT_NE(text.out.find("Median +- MAD: [session_eager]"), std::string::npos);
}

TEST(DefaultCompare, MinSpeedHidesSmallChanges) {
  auto options = files({"session_eager.json", "session_ondemand.json"});
  options.min_speed = 0.06;
  Outcome outcome = run(options);
  EXPECT_EQ(outcome.out.find("slower_5pct:"), std::string::npos);
  EXPECT_NE(outcome.out.find("faster_8pct:"), std::string::npos);
}

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("gilbench-bad-input-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }
  // Expects exit 2, nothing on stdout and exactly one line `error: FILE: ...` on stderr.
  void expect_error(const std::string& path, const std::string& fragment) {
    DefaultCompareOptions options;
    options.files = {kData + "/session_eager.json", path};
    Outcome outcome = run(options);
    EXPECT_EQ(outcome.code, 2) << path;
    EXPECT_EQ(outcome.out, "") << path;
    EXPECT_EQ(outcome.err.rfind("error: " + path + ": ", 0), 0u) << outcome.err;
    EXPECT_EQ(std::count(outcome.err.begin(), outcome.err.end(), '\n'), 1) << outcome.err;
    EXPECT_NE(outcome.err.find(fragment), std::string::npos) << outcome.err;
  }
  fs::path dir_;
};

TEST_F(BadInput, EveryProblemIsOneLineAndExitTwo) {
  std::string good =
      R"({"benchmarks":[{"metadata":{"name":"equal_work","unit":"second"},"runs":[{"values":[0.02,0.021]}]}],"version":"1.0"})";
  expect_error((dir_ / "missing.json").string(), "");
  expect_error(dir_.string(), "");
  expect_error(write("empty.json", ""), "");
  expect_error(write("not_json.json", "hello"), "");
  expect_error(write("truncated.json", good.substr(0, good.size() / 2)), "");
  expect_error(write("truncated.json.gz", std::string("\x1f\x8b\x08\x00\x00\x00", 6)), "");
  expect_error(write("version.json", R"({"benchmarks":[],"version":"2.0"})"), "");
  expect_error(
      write(
          "no_values.json",
          R"({"benchmarks":[{"metadata":{"name":"equal_work"},"runs":[{"warmups":[[1,0.1]]}]}],"version":"1.0"})"),
      "");
  expect_error(
      write(
          "negative.json",
          R"({"benchmarks":[{"metadata":{"name":"equal_work"},"runs":[{"values":[-1.0]}]}],"version":"1.0"})"),
      "");
  expect_error(
      write(
          "zero.json",
          R"({"benchmarks":[{"metadata":{"name":"equal_work"},"runs":[{"values":[0]}]}],"version":"1.0"})"),
      "");
  expect_error(
      write(
          "nan.json",
          R"({"benchmarks":[{"metadata":{"name":"equal_work"},"runs":[{"values":[NaN]}]}],"version":"1.0"})"),
      "");
  expect_error(
      write(
          "duplicate.json",
          R"({"benchmarks":[{"metadata":{"name":"x"},"runs":[{"values":[1.0]}]},{"metadata":{"name":"x"},"runs":[{"values":[1.0]}]}],"version":"1.0"})"),
      "");
  expect_error(
      write(
          "unit.json",
          R"({"benchmarks":[{"metadata":{"name":"equal_work","unit":"byte"},"runs":[{"values":[1.0]}]}],"version":"1.0"})"),
      "unit");
  expect_error(
      write(
          "other.json",
          R"({"benchmarks":[{"metadata":{"name":"other"},"runs":[{"values":[1.0]}]}],"version":"1.0"})"),
      "in common");
}

TEST_F(BadInput, TheSameFileTwiceIsAWarning) {
  DefaultCompareOptions options;
  options.files = {kData + "/session_eager.json", kData + "/session_eager.json"};
  Outcome outcome = run(options);
  EXPECT_EQ(outcome.code, 0);
  EXPECT_NE(outcome.out.find("given more than once"), std::string::npos);
}

}  // namespace
}  // namespace gilbench::compare::report
