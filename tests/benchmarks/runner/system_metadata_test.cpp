// Tests of benchmarks/runner/system_metadata on a fake /proc and /sys tree, and of the
// workload import shim (every workload is listed in benchmarks/harness/workload_index.py).
#include "benchmarks/runner/system_metadata.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "benchmarks/runner/session_plan.hpp"

namespace gilbench::runner {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

TEST(SystemMetadata, ReadsAFakeTree) {
  fs::path root = fs::temp_directory_path() / "gilbench_system_metadata_test";
  fs::remove_all(root);
  write(root / "proc/sys/kernel/hostname", "benchhost\n");
  write(root / "proc/sys/kernel/osrelease", "6.1.0-test\n");
  write(root / "proc/sys/kernel/randomize_va_space", "2\n");
  write(root / "proc/cpuinfo",
        "processor\t: 0\nmodel name\t: Fake CPU @ 2.00GHz\n\nprocessor\t: 1\nmodel name\t: Fake "
        "CPU @ 2.00GHz\n");
  write(root / "proc/stat", "cpu 1 2 3\nbtime 1700000000\n");
  write(root / "proc/loadavg", "0.50 0.40 0.30 3/200 12345\n");
  write(root / "proc/uptime", "1234.5 2000.0\n");
  write(root / "sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", "performance\n");
  write(root / "sys/devices/system/cpu/cpu1/cpufreq/scaling_governor", "performance\n");
  write(root / "sys/devices/system/cpu/isolated", "1\n");
  auto machine = machine_metadata(root.string());
  EXPECT_EQ(std::get<std::string>(machine.at("hostname")), "benchhost");
  EXPECT_EQ(std::get<std::string>(machine.at("cpu_model_name")), "Fake CPU @ 2.00GHz");
  EXPECT_EQ(std::get<std::int64_t>(machine.at("cpu_count")), 2);
  EXPECT_EQ(std::get<std::string>(machine.at("aslr")), "Full randomization");
  EXPECT_EQ(std::get<std::string>(machine.at("cpu_config")),
            "0=governor:performance; 1=governor:performance, isolated; idle:none");
  EXPECT_EQ(std::get<std::string>(machine.at("platform")).rfind("Linux-6.1.0-test-", 0), 0u);
  EXPECT_EQ(std::get<std::string>(machine.at("boot_time")).size(), 19u);
  auto moment = moment_metadata(root.string());
  EXPECT_EQ(std::get<double>(moment.at("load_avg_1min")), 0.5);
  EXPECT_EQ(std::get<std::int64_t>(moment.at("runnable_threads")), 3);
  EXPECT_EQ(std::get<double>(moment.at("uptime")), 1234.5);
  fs::remove_all(root);
}

TEST(SystemMetadata, DateHasMicroseconds) {
  std::string date = local_date_text(std::chrono::system_clock::now());
  ASSERT_EQ(date.size(), 26u);
  EXPECT_EQ(date[10], ' ');
  EXPECT_EQ(date[19], '.');
}

TEST(WorkloadIndex, ListsEveryWorkload) {
  std::ifstream in(GILBENCH_SOURCE_DIR "/benchmarks/harness/workload_index.py");
  std::stringstream text;
  text << in.rdbuf();
  for (const auto& name : list_workloads(GILBENCH_SOURCE_DIR "/benchmarks/workloads", {})) {
    EXPECT_NE(text.str().find("        import " + name + "\n"), std::string::npos)
        << name << " is missing from benchmarks/harness/workload_index.py";
  }
}

TEST(SessionPlan, CellNames) {
  Interpreter eager{"eager", "/x/gilpy-eager", true, "eager"};
  auto cells = make_cells({eager}, {0.005, 0.0005}, {310, 39});
  ASSERT_EQ(cells.size(), 4u);
  EXPECT_EQ(cells[0].name, "eager-si5ms-cp310");
  EXPECT_EQ(cells[3].name, "eager-si0.5ms-cp39");
  EXPECT_EQ(make_cells({eager}, {0.1}, {})[0].name, "eager-si100ms");
}

}  // namespace
}  // namespace gilbench::runner
