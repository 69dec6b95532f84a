// Tests of benchmarks/runner/affinity: CPU-list syntax, isolated CPUs from a fake /sys and
// /proc tree, and the session's affinity choice with its warnings.
#include "benchmarks/runner/affinity.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "benchmarks/runner/run_error.hpp"

namespace gilbench::runner {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

TEST(CpuList, ParsesAndFormats) {
  EXPECT_EQ(parse_cpu_list("0-3,6"), (std::vector<int>{0, 1, 2, 3, 6}));
  EXPECT_EQ(parse_cpu_list(" 5,1 \n"), (std::vector<int>{1, 5}));
  EXPECT_TRUE(parse_cpu_list("").empty());
  EXPECT_TRUE(parse_cpu_list("(null)").empty());
  EXPECT_THROW(parse_cpu_list("a-b"), RunError);
  EXPECT_THROW(parse_cpu_list("3-1"), RunError);
  EXPECT_EQ(format_cpu_list({5, 0, 1, 2}), "0-2,5");
  EXPECT_EQ(format_cpu_list({1}), "1");
}

class FakeRoot : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("gilbench_affinity_" +
             std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(FakeRoot, IsolatedFromSysThenFromCmdline) {
  EXPECT_TRUE(isolated_cpus(root_.string()).empty());
  write(root_ / "proc/cmdline", "BOOT_IMAGE=/vmlinuz isolcpus=domain,managed_irq,2-3 quiet\n");
  EXPECT_EQ(isolated_cpus(root_.string()), (std::vector<int>{2, 3}));
  write(root_ / "sys/devices/system/cpu/isolated", "1\n");
  EXPECT_EQ(isolated_cpus(root_.string()), (std::vector<int>{1}));
}

TEST_F(FakeRoot, ChoiceAndWarnings) {
  auto none = choose_affinity(std::nullopt, root_.string(), false);
  EXPECT_TRUE(none.cpus.empty());
  EXPECT_EQ(none.source, "none");
  ASSERT_EQ(none.warnings.size(), 1u);
  EXPECT_NE(none.warnings[0].find("not pinned"), std::string::npos);

  write(root_ / "sys/devices/system/cpu/isolated", "1\n");
  auto isolated = choose_affinity(std::nullopt, root_.string(), true);
  EXPECT_EQ(isolated.cpus, std::vector<int>{1});
  ASSERT_EQ(isolated.warnings.size(), 1u);  // threaded on one CPU
  EXPECT_NE(isolated.warnings[0].find("single CPU"), std::string::npos);

  auto given = choose_affinity(std::string("0-1"), root_.string(), true);
  EXPECT_EQ(given.cpus, (std::vector<int>{0, 1}));
  EXPECT_TRUE(given.warnings.empty());
  EXPECT_THROW(choose_affinity(std::string(""), root_.string(), false), RunError);
}

}  // namespace
}  // namespace gilbench::runner
