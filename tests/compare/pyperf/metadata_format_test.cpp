// Tests of compare/pyperf/metadata_format: metadata values as pyperf dump -v prints them.
#include "compare/pyperf/metadata_format.hpp"

#include <gtest/gtest.h>

namespace gilbench::compare::pyperf {
namespace {

TEST(MetadataFormat, Timedelta) {
  EXPECT_EQ(format_timedelta(1.4525569310000037), "1.5 sec");
  EXPECT_EQ(format_timedelta(11.120100826000112), "11.1 sec");
  EXPECT_EQ(format_timedelta(1002.9781692028046), "16 min 43.0 sec");
}

TEST(MetadataFormat, KnownKeys) {
  EXPECT_EQ(format_metadata_value("loops", std::int64_t{131072}), "2^17");
  EXPECT_EQ(format_metadata_value("calibrate_loops", std::int64_t{4096}), "4096");
  EXPECT_EQ(format_metadata_value("mem_max_rss", std::int64_t{19722240}), "18.8 MiB");
  EXPECT_EQ(format_metadata_value("load_avg_1min", 2.3), "2.30");
  EXPECT_EQ(format_metadata_value("duration", 1.8367766100000154), "1.8 sec");
  EXPECT_EQ(format_metadata_value("uptime", 1013.7), "16 min 53.7 sec");
}

TEST(MetadataFormat, OtherValuesAsPythonStr) {
  EXPECT_EQ(format_metadata_value("cpu_count", std::int64_t{2}), "2");
  EXPECT_EQ(format_metadata_value("ratio", 0.5), "0.5");
  EXPECT_EQ(format_metadata_value("timeit_stmt", std::string("'sorted(d)'")), "'sorted(d)'");
  EXPECT_EQ(format_metadata_value("tags", std::vector<std::string>{"a", "b"}), "a, b");
}

}  // namespace
}  // namespace gilbench::compare::pyperf
