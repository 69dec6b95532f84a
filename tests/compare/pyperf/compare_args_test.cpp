// Tests of compare/pyperf/compare_args: argparse-compatible parsing and usage errors.
#include <gtest/gtest.h>

#include <sstream>

#include "compare/pyperf/compare_to.hpp"

namespace gilbench::compare::pyperf {
namespace {

PyperfCompareOptions parse(const std::vector<std::string>& args) {
  auto parsed = parse_pyperf_compare_args(args);
  EXPECT_TRUE(std::holds_alternative<PyperfCompareOptions>(parsed));
  return std::get<PyperfCompareOptions>(parsed);
}

std::string error_of(const std::vector<std::string>& args) {
  auto parsed = parse_pyperf_compare_args(args);
  EXPECT_TRUE(std::holds_alternative<PyperfUsageError>(parsed));
  return std::get<PyperfUsageError>(parsed).message;
}

TEST(CompareArgs, Flags) {
  const PyperfCompareOptions o =
      parse({"-q", "-v", "-G", "--min-speed=5", "--table", "--table-format", "md", "-b", "x",
             "--benchmark=y", "a", "b"});
  EXPECT_TRUE(o.quiet && o.verbose && o.group_by_speed && o.table);
  EXPECT_EQ(o.min_speed, 5.0);
  EXPECT_EQ(o.table_format, "md");
  EXPECT_EQ(o.benchmarks, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(o.files, (std::vector<std::string>{"a", "b"}));
}

TEST(CompareArgs, ClusteredShortFlagsAndFilesAfterDoubleDash) {
  const PyperfCompareOptions o = parse({"-qG", "-bname", "a", "--", "-v"});
  EXPECT_TRUE(o.quiet && o.group_by_speed);
  EXPECT_FALSE(o.verbose);
  EXPECT_EQ(o.benchmarks, std::vector<std::string>{"name"});
  EXPECT_EQ(o.files, (std::vector<std::string>{"a", "-v"}));
}

TEST(CompareArgs, UsageErrors) {
  EXPECT_EQ(error_of({}), "the following arguments are required: file.json");
  EXPECT_EQ(error_of({"--table-format", "html", "a"}),
            "argument --table-format: invalid choice: 'html' (choose from 'rest', 'md')");
  EXPECT_EQ(error_of({"--min-speed", "fast", "a"}),
            "argument --min-speed: invalid float value: 'fast'");
}

TEST(CompareArgs, UsageText) {
  std::ostringstream err;
  EXPECT_EQ(print_pyperf_usage_error(err, "the following arguments are required: file.json"), 2);
  EXPECT_EQ(err.str(),
            "usage: -m pyperf compare_to [-h] [-q] [-v] [-G] [--min-speed MIN_SPEED]\n"
            "                            [--table] [--table-format {rest,md}] [-b NAME]\n"
            "                            file.json [file.json ...]\n"
            "-m pyperf compare_to: error: the following arguments are required: file.json\n");
}

}  // namespace
}  // namespace gilbench::compare::pyperf
