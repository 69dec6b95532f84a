// Tests of compare/pyperf/display_names: pyperf-spec §4.3.
#include "compare/pyperf/display_names.hpp"

#include <gtest/gtest.h>

namespace gilbench::compare::pyperf {
namespace {

using Names = std::vector<std::string>;

TEST(DisplayNames, StripJsonAndGz) {
  EXPECT_EQ(display_names({"py310.json.gz", "py311.json"}), (Names{"py310", "py311"}));
  EXPECT_EQ(display_names({"dir/a.b.json", "ref", "x.txt"}), (Names{"a.b", "ref", "x"}));
}

TEST(DisplayNames, SameBaseNameKeepsNamesAsTyped) {
  EXPECT_EQ(display_names({"run1/result.json", "run2/result.json"}),
            (Names{"run1/result.json", "run2/result.json"}));
  EXPECT_EQ(display_names({"py311_a.json", "py311_a.json"}),
            (Names{"py311_a.json", "py311_a.json"}));
}

TEST(DisplayNames, CollidingStrippedNamesUseBaseNames) {
  EXPECT_EQ(display_names({"py311.json", "dir/py311.json.gz"}),
            (Names{"py311.json", "py311.json.gz"}));
  EXPECT_EQ(display_names({"ref", "ref.json"}), (Names{"ref", "ref.json"}));
}

TEST(DisplayNames, LeadingDots) {
  EXPECT_EQ(display_names({".hidden", "b.json"}), (Names{".hidden", "b"}));
  EXPECT_EQ(display_names({"-", "b.json"}), (Names{"-", "b"}));
}

}  // namespace
}  // namespace gilbench::compare::pyperf
