// Golden tests of the default-mode report: exact expected text for each layout (list, -v, -G,
// table, Markdown, JSON, gate) from the fixture files. After an intended change of the output,
// regenerate with GILBENCH_UPDATE_GOLDEN=1 and review the diff.
#include "compare/report/default_compare.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace gilbench::compare::report {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string label;
  std::vector<std::string> files;  // relative to the data folder, as a user would type them
  void (*configure)(DefaultCompareOptions&);
};

void nothing(DefaultCompareOptions&) {}

// Names the case in test listings instead of dumping its bytes.
void PrintTo(const GoldenCase& golden, std::ostream* out) {
  *out << golden.label;
}

const GoldenCase kCases[] = {
    {"interleaved_list", {"session_eager.json", "session_ondemand.json"}, nothing},
    {"interleaved_verbose",
     {"session_eager.json", "session_ondemand.json"},
     [](DefaultCompareOptions& o) { o.verbose = true; }},
    {"interleaved_group",
     {"session_eager.json", "session_ondemand.json"},
     [](DefaultCompareOptions& o) { o.group_by_speed = true; }},
    {"interleaved_table",
     {"session_eager.json", "session_ondemand.json"},
     [](DefaultCompareOptions& o) { o.table = true; }},
    {"interleaved_table_md",
     {"session_eager.json", "session_ondemand.json"},
     [](DefaultCompareOptions& o) {
       o.table = true;
       o.markdown = true;
     }},
    {"interleaved_json",
     {"session_eager.json", "session_ondemand.json"},
     [](DefaultCompareOptions& o) { o.json = true; }},
    {"interleaved_gate",
     {"session_eager.json", "session_ondemand.json"},
     [](DefaultCompareOptions& o) { o.fail_if_slower = 0.02; }},
    {"separate_sessions", {"session_eager.json", "other_session_ondemand.json"}, nothing},
    {"three_files",
     {"session_eager.json", "session_ondemand.json", "other_session_ondemand.json"},
     nothing},
    {"google_benchmark", {"gbench_a.json", "gbench_b.json"}, nothing},
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class DefaultGolden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(DefaultGolden, MatchesExpectedText) {
  const GoldenCase& golden = GetParam();
  fs::path previous = fs::current_path();
  fs::current_path(GILBENCH_REPORT_TEST_DATA);  // file names appear in the output as typed
  DefaultCompareOptions options;
  options.files = golden.files;
  golden.configure(options);
  std::ostringstream out, err;
  run_default_compare(options, out, err);
  fs::current_path(previous);
  EXPECT_EQ(err.str(), "");

  fs::path expected_path = fs::path(GILBENCH_REPORT_GOLDEN) / (golden.label + ".txt");
  if (std::getenv("GILBENCH_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expected_path, std::ios::binary) << out.str();
  }
  ASSERT_TRUE(fs::exists(expected_path)) << expected_path;
  EXPECT_EQ(out.str(), read_file(expected_path)) << "golden: " << expected_path;
}

INSTANTIATE_TEST_SUITE_P(Layouts, DefaultGolden, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return info.param.label; });

}  // namespace
}  // namespace gilbench::compare::report
