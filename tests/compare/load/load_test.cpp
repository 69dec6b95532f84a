// Tests of compare/load/load: files, stdin, gzip detection, and file-level errors.
#include "compare/load/load.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "tests/compare/load/test_files.hpp"

namespace gilbench::compare {
namespace {

using testing::kGoodPyperf;
using testing::TempFile;

std::string gzip(const std::string& text) {
  z_stream stream{};
  deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, text.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

InputError load_error(const std::string& path) {
  try {
    load_result_file(path);
  } catch (const InputError& error) {
    return error;
  }
  ADD_FAILURE() << "no InputError for " << path;
  return InputError(path, "", "");
}

TEST(Load, PlainFileKeepsPathAsTyped) {
  TempFile file(kGoodPyperf);
  const ResultFile result = load_result_file(file.path());
  EXPECT_EQ(result.path, file.path());
  EXPECT_EQ(result.format, SourceFormat::pyperf);
  EXPECT_EQ(result.benchmarks.size(), 2u);
}

TEST(Load, GzipDetectedFromContentNotName) {
  TempFile file(gzip(kGoodPyperf), "no_extension");
  const ResultFile result = load_result_file(file.path());
  EXPECT_EQ(result.benchmarks[0].name, "alpha");
}

TEST(Load, ConcatenatedGzipMembers) {
  const std::string text = kGoodPyperf;
  const std::string half = text.substr(0, text.size() / 2);
  TempFile file(gzip(half) + gzip(text.substr(half.size())), "two.json.gz");
  EXPECT_EQ(load_result_file(file.path()).benchmarks.size(), 2u);
}

TEST(Load, TruncatedGzipIsAnError) {
  const std::string compressed = gzip(kGoodPyperf);
  TempFile file(compressed.substr(0, compressed.size() / 2), "cut.json.gz");
  const InputError error = load_error(file.path());
  EXPECT_EQ(error.problem, "truncated gzip data");
  EXPECT_EQ(error.python_error,
            "EOFError: Compressed file ended before the end-of-stream marker was reached");
}

TEST(Load, CorruptGzipIsAnError) {
  std::string compressed = gzip(kGoodPyperf);
  for (std::size_t i = 10; i < compressed.size(); ++i) compressed[i] = static_cast<char>(0xff);
  TempFile file(compressed, "bad.json.gz");
  EXPECT_NE(load_error(file.path()).problem.find("gzip"), std::string::npos);
}

TEST(Load, StandardInput) {
  std::istringstream input(kGoodPyperf);
  std::streambuf* saved = std::cin.rdbuf(input.rdbuf());
  const ResultFile result = load_result_file("-");
  std::cin.rdbuf(saved);
  EXPECT_EQ(result.path, "-");
  EXPECT_EQ(result.benchmarks.size(), 2u);
}

TEST(Load, MissingFile) {
  const InputError error = load_error("/nonexistent/does_not_exist.json");
  EXPECT_EQ(error.file, "/nonexistent/does_not_exist.json");
  EXPECT_EQ(error.problem, "No such file or directory");
  EXPECT_EQ(error.python_error,
            "FileNotFoundError: [Errno 2] No such file or directory: "
            "'/nonexistent/does_not_exist.json'");
}

TEST(Load, Directory) {
  TempFile file(kGoodPyperf);
  const InputError error = load_error(file.dir());
  EXPECT_EQ(error.problem, "Is a directory");
  EXPECT_EQ(error.python_error.rfind("IsADirectoryError: [Errno 21] Is a directory: ", 0), 0u);
}

TEST(Load, EmptyFile) {
  TempFile file("");
  const InputError error = load_error(file.path());
  EXPECT_EQ(error.problem, "empty file");
  EXPECT_EQ(error.python_error,
            "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)");
}

TEST(Load, NotJson) {
  TempFile file("hello world\n");
  const InputError error = load_error(file.path());
  EXPECT_EQ(error.problem, "not valid JSON: Expecting value: line 1 column 1 (char 0)");
}

TEST(Load, TruncatedJson) {
  const std::string text = kGoodPyperf;
  TempFile file(text.substr(0, text.find("d2") + 1));
  const InputError error = load_error(file.path());
  EXPECT_EQ(error.problem.rfind("truncated JSON: Unterminated string starting at", 0), 0u)
      << error.problem;
}

TEST(Load, TruncatedJsonBetweenTokens) {
  TempFile file(R"({"benchmarks":[)");
  EXPECT_EQ(load_error(file.path()).problem.rfind("truncated JSON: Expecting value", 0), 0u);
}

TEST(Load, ErrorsCarryThePathAsTyped) {
  TempFile file("[]");
  const InputError error = load_error(file.path());
  EXPECT_EQ(error.file, file.path());
  EXPECT_EQ(std::string(error.what()), file.path() + ": " + error.problem);
}

TEST(Load, SeveralFilesInParallelKeepOrder) {
  TempFile a(kGoodPyperf, "a.json"), b(gzip(kGoodPyperf), "b.json.gz");
  const std::vector<ResultFile> files = load_result_files({a.path(), b.path(), a.path(), b.path()});
  ASSERT_EQ(files.size(), 4u);
  EXPECT_EQ(files[0].path, a.path());
  EXPECT_EQ(files[3].path, b.path());
  EXPECT_EQ(files[3].benchmarks[1].name, "beta");
}

TEST(Load, NoFiles) {
  EXPECT_TRUE(load_result_files({}).empty());
}

TEST(Load, SeveralFilesReportTheFirstFailureInArgumentOrder) {
  TempFile good(kGoodPyperf), empty(""), bad("[1");
  for (int attempt = 0; attempt < 5; ++attempt) {
    try {
      load_result_files({good.path(), bad.path(), empty.path(), "/nonexistent.json"});
      FAIL();
    } catch (const InputError& error) {
      EXPECT_EQ(error.file, bad.path());
    }
  }
}

TEST(Load, VectorFilesLoad) {
  const std::filesystem::path shared = GILBENCH_SHARED_DIR "/pyperf-vectors";
  if (!std::filesystem::exists(shared)) GTEST_SKIP() << "no " << shared;
  int loaded = 0;
  for (const char* name : {"02_py310_vs_py311/py310.json", "04_gzip/py310.json.gz",
                           "07_synthetic_edge/ref.json", "09_tags/py310_tags.json"}) {
    const ResultFile file = load_result_file((shared / name).string());
    EXPECT_GE(file.benchmarks.size(), 1u) << name;
    ++loaded;
  }
  EXPECT_EQ(loaded, 4);
  const ResultFile gz = load_result_file((shared / "04_gzip/py311.json.gz").string());
  const ResultFile plain = load_result_file((shared / "04_gzip/py311.json").string());
  ASSERT_EQ(gz.benchmarks.size(), plain.benchmarks.size());
  EXPECT_EQ(gz.benchmarks[3].all_values(), plain.benchmarks[3].all_values());
}

}  // namespace
}  // namespace gilbench::compare
