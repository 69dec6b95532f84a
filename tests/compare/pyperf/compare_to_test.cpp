// Tests of compare/pyperf/compare_to on small hand-written files (the full conformance run
// over the shared vectors is vectors_test.cpp).
#include "compare/pyperf/compare_to.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace gilbench::compare::pyperf {
namespace {

class CompareTo : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/gilbench-pyperf-XXXXXX";
    dir_ = ::mkdtemp(pattern);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path) << content;
    return path;
  }

  // A file with benchmarks {name: values}.
  std::string suite(const std::string& name,
                    const std::vector<std::pair<std::string, std::string>>& benchmarks,
                    const std::string& extra_metadata = "") {
    std::string text = R"({"benchmarks":[)";
    for (std::size_t i = 0; i < benchmarks.size(); ++i)
      text += (i ? "," : "") + std::string(R"({"metadata":{"name":")") + benchmarks[i].first +
              "\"" + extra_metadata + R"(},"runs":[)" + benchmarks[i].second + "]}";
    return write(name, text + R"(],"version":"1.0"})");
  }

  // Options naming `files`, with `change` applied (keeps -Wextra quiet about designated
  // initializers that skip members).
  static PyperfCompareOptions with_files(std::vector<std::string> files,
                                         void (*change)(PyperfCompareOptions&) = nullptr) {
    PyperfCompareOptions options;
    options.files = std::move(files);
    if (change) change(options);
    return options;
  }

  int run(PyperfCompareOptions options) {
    out_.str("");
    err_.str("");
    return run_pyperf_compare(options, out_, err_);
  }

  std::string dir_;
  std::ostringstream out_, err_;
};

TEST_F(CompareTo, SignificantOneLine) {
  const std::string a = suite("a.json", {{"x", R"({"values":[1.0,1.1,0.9,1.0]})"}});
  const std::string b = suite("b.json", {{"x", R"({"values":[2.0,2.1,1.9,2.0]})"}});
  EXPECT_EQ(run(with_files({a, b})), 0);
  EXPECT_EQ(out_.str(),
            "Mean +- std dev: [a] 1.00 sec +- 0.08 sec -> [b] 2.00 sec +- 0.08 sec: "
            "2.00x slower\n");
}

TEST_F(CompareTo, CalibrationOnlyBenchmarkFailsLikePyperf) {
  const std::string a =
      suite("a.json", {{"x", R"({"warmups":[[1,1.0]],"metadata":{"calibrate_loops":1}})"}});
  const std::string b = suite("b.json", {{"x", R"({"values":[2.0]})"}});
  EXPECT_EQ(run(with_files({a, b})), 1);
  EXPECT_EQ(out_.str(), "");
  EXPECT_EQ(err_.str(), "statistics.StatisticsError: mean requires at least one data point\n");
}

TEST_F(CompareTo, FileCountAndFilterErrors) {
  const std::string a = suite("a.json", {{"x", R"({"values":[1.0]})"}});
  EXPECT_EQ(run(with_files({a})), 1);
  EXPECT_EQ(out_.str(), "ERROR: need at least two benchmark files\n");
  EXPECT_EQ(run(with_files({a, a},
                           [](PyperfCompareOptions& o) {
                             o.benchmarks = {"it's", "y"};
                           })),
            1);
  EXPECT_EQ(err_.str(), "ERROR: The benchmark suite " + a +
                            " doesn't contain with benchmark name in [\"it's\", 'y']\n");
  EXPECT_EQ(run(with_files({a, a, a}, [](PyperfCompareOptions& o) { o.group_by_speed = true; })),
            1);
  EXPECT_EQ(err_.str(), "ERROR: --by-speed only works on two benchmark files\n");
}

TEST_F(CompareTo, LoadErrorPrintsPythonsLastLine) {
  const std::string a = suite("a.json", {{"x", R"({"values":[1.0]})"}});
  const std::string bad = write("bad.json", R"({"benchmarks":[],"version":"2.0"})");
  EXPECT_EQ(run(with_files({a, bad})), 1);
  EXPECT_EQ(err_.str(), "ValueError: file format version '2.0' not supported\n");
}

TEST_F(CompareTo, TagTitleUnderlineCountsCharacters) {
  const std::string tags = R"(,"tags":["caf\u00e9"])";
  const std::string a = suite(
      "a.json",
      {{"x", R"({"values":[1.0,1.1,0.9,1.0]})"}, {"y", R"({"values":[1.0,1.1,0.9,1.0]})"}}, tags);
  const std::string b = suite("b.json", {{"x", R"({"values":[2.0,2.1,1.9,2.0]})"},
                                         {"y", R"({"values":[1.0,1.1,0.9,1.0]})"}});
  EXPECT_EQ(run(with_files({a, b})), 0);
  EXPECT_EQ(out_.str().substr(0, out_.str().find("\n\n")),
            "Benchmarks with tag 'caf\xc3\xa9':\n"
            "===========================");
}

TEST_F(CompareTo, GoogleBenchmarkFilesCompare) {
  const std::string row =
      R"({"name":"BM_a","run_type":"iteration","iterations":10,"real_time":%s,"time_unit":"ns"})";
  auto gb = [&](const std::string& name, const char* t1, const char* t2) {
    char r1[256], r2[256];
    std::snprintf(r1, sizeof r1, row.c_str(), t1);
    std::snprintf(r2, sizeof r2, row.c_str(), t2);
    return write(name,
                 std::string(R"({"context":{"num_cpus":2},"benchmarks":[)") + r1 + "," + r2 + "]}");
  };
  EXPECT_EQ(run(with_files({gb("a.json", "100", "102"), gb("b.json", "200", "204")})), 0);
  EXPECT_EQ(out_.str(),
            "Mean +- std dev: [a] 101 ns +- 1 ns -> [b] 202 ns +- 3 ns: 2.00x slower\n");
}

}  // namespace
}  // namespace gilbench::compare::pyperf
