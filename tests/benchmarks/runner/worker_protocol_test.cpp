// Tests of benchmarks/runner/worker_protocol: the harness's line protocol.
#include "benchmarks/runner/worker_protocol.hpp"

#include <gtest/gtest.h>

namespace gilbench::runner {
namespace {

TEST(WorkerProtocol, ParsesAValueRun) {
  auto report = parse_worker_output({
      "@gilbench hello 1",
      "some output of the workload",
      "@gilbench meta python_version str 3.11.7 (64-bit)",
      "@gilbench meta workload_n int 8",
      "@gilbench meta switch_interval float 0.005",
      "@gilbench warmup 4 0.5",
      "@gilbench value 0.25",
      "@gilbench value 2.5e-07",
      "@gilbench gil gil_wait_s float 0.125",
      "@gilbench done 1.5",
  });
  EXPECT_TRUE(report.failure.empty()) << report.failure;
  EXPECT_EQ(report.version, 1);
  EXPECT_EQ(std::get<std::string>(report.metadata.at("python_version")), "3.11.7 (64-bit)");
  EXPECT_EQ(std::get<std::int64_t>(report.metadata.at("workload_n")), 8);
  EXPECT_EQ(std::get<double>(report.metadata.at("gil_wait_s")), 0.125);
  ASSERT_EQ(report.warmups.size(), 1u);
  EXPECT_EQ(report.warmups[0].loops, 4);
  EXPECT_EQ(report.values, (std::vector<double>{0.25, 2.5e-07}));
  EXPECT_EQ(report.duration, 1.5);
}

TEST(WorkerProtocol, ParsesACalibration) {
  auto report = parse_worker_output({"@gilbench hello 1", "@gilbench calibrate 1 0.01",
                                     "@gilbench calibrate 2 0.02", "@gilbench loops 2",
                                     "@gilbench done 0.1"});
  EXPECT_TRUE(report.failure.empty());
  EXPECT_EQ(report.calibration.size(), 2u);
  EXPECT_EQ(report.calibrated_loops, 2);
}

TEST(WorkerProtocol, ReportsProblems) {
  EXPECT_NE(parse_worker_output({}).failure.find("hello"), std::string::npos);
  EXPECT_NE(parse_worker_output({"@gilbench hello 2"}).failure.find("version 2"),
            std::string::npos);
  EXPECT_NE(
      parse_worker_output({"@gilbench hello 1", "@gilbench value -1"}).failure.find("malformed"),
      std::string::npos);
  EXPECT_NE(parse_worker_output({"@gilbench hello 1", "@gilbench meta x bool 1"})
                .failure.find("malformed"),
            std::string::npos);
  auto wrong =
      parse_worker_output({"@gilbench hello 1", "@gilbench fail check wrong result: 3 != 4"});
  EXPECT_EQ(wrong.failure, "check: wrong result: 3 != 4");
}

}  // namespace
}  // namespace gilbench::runner
