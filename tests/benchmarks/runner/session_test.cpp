// Runner logic against the mock executor: calibration, interleaving order, metadata, failures,
// atomic writes, --append/--force, interruption. No real process, no timing.
#include "benchmarks/runner/session.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "benchmarks/runner/run_error.hpp"
#include "compare/load/load.hpp"
#include "mock_executor.hpp"
#include "pyperf_validator.hpp"

namespace gilbench::runner {
namespace {

namespace fs = std::filesystem;
using gilbench::testing::Fault;
using gilbench::testing::MockExecutor;

class SessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("gilbench_session_test_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    options_.processes = 4;
    options_.values = 3;
    options_.warmups = 1;
    options_.min_time = 0.1;
    options_.seed = 1234;
    options_.output_dir = dir_.string();
    options_.workloads_dir = "/nonexistent/workloads";
    options_.harness_path = "/nonexistent/worker.py";
    options_.benchmarks = {"alpha", "beta"};
    options_.gilbench_version = "0.1.0";
    Interpreter a{"a", "/opt/a/python3", false, "cpython"};
    Interpreter b{"b", "/opt/b/gilpy-eager", true, "eager"};
    cells_ = make_cells({a, b}, {0.005}, {});
  }
  void TearDown() override { fs::remove_all(dir_); }

  int run_session(std::ostringstream& out) {
    Session session(options_, cells_, mock_, out, &interrupt_);
    int code = session.run();
    files_ = session.files();
    return code;
  }
  compare::ResultFile load(const std::string& cell) {
    return compare::load_result_file((dir_ / (cell + ".json")).string());
  }
  void expect_valid_files() {
    for (const auto& cell : cells_) {
      fs::path path = dir_ / (cell.name + ".json");
      if (!fs::exists(path)) continue;
      for (const auto& problem : gilbench::testing::validate_pyperf_file(path.string())) {
        ADD_FAILURE() << path << ": " << problem;
      }
    }
    for (const auto& entry : fs::directory_iterator(dir_)) {
      EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
    }
  }

  fs::path dir_;
  SessionOptions options_;
  std::vector<Cell> cells_;
  MockExecutor mock_;
  std::atomic<int> interrupt_{0};
  std::vector<compare::ResultFile> files_;
};

TEST_F(SessionTest, CalibratesOncePerCellAndUsesTheLargestLoopsEverywhere) {
  mock_.seconds_per_call["/opt/a/python3"] = 0.03;      // calibrates to 4 loops
  mock_.seconds_per_call["/opt/b/gilpy-eager"] = 0.06;  // calibrates to 2 loops
  std::ostringstream out;
  EXPECT_EQ(run_session(out), 0) << out.str();
  expect_valid_files();
  // 2 benchmarks × (2 calibrations + 2 cells × 4 processes)
  EXPECT_EQ(mock_.calls.size(), 2u * (2 + 8));
  for (const auto& cell : {"a-si5ms", "b-si5ms"}) {
    auto file = load(cell);
    ASSERT_EQ(file.benchmarks.size(), 2u);
    for (const auto& benchmark : file.benchmarks) {
      ASSERT_EQ(benchmark.runs.size(), 5u);
      EXPECT_TRUE(benchmark.runs[0].is_calibration());
      auto calibrated = compare::metadata_int(
          compare::find_metadata(file, benchmark, benchmark.runs[0], "calibrate_loops"), 0);
      EXPECT_EQ(calibrated, std::string(cell) == "a-si5ms" ? 4 : 2);
      for (std::size_t r = 1; r < benchmark.runs.size(); ++r) {
        EXPECT_EQ(compare::metadata_int(
                      compare::find_metadata(file, benchmark, benchmark.runs[r], "loops"), 0),
                  4);
        EXPECT_EQ(benchmark.runs[r].values.size(), 3u);
        EXPECT_EQ(benchmark.runs[r].warmups.size(), 1u);
      }
    }
  }
  for (const auto& call : mock_.calls) {
    if (call.loops != 0) EXPECT_EQ(call.loops, 4);
  }
}

TEST_F(SessionTest, InterleavesInAbbaBlocksReproducibleFromTheSeed) {
  std::ostringstream out;
  ASSERT_EQ(run_session(out), 0);
  std::vector<std::string> order;
  for (const auto& call : mock_.calls) {
    if (call.loops != 0 && call.workload == "alpha") order.push_back(call.interpreter);
  }
  ASSERT_EQ(order.size(), 8u);
  for (std::size_t block = 0; block < 2; ++block) {
    const auto* b = &order[block * 4];
    EXPECT_NE(b[0], b[1]);  // A B B A or B A A B
    EXPECT_EQ(b[1], b[2]);
    EXPECT_EQ(b[0], b[3]);
  }
  // Same seed, same order.
  MockExecutor again;
  fs::remove_all(dir_);
  std::ostringstream out2;
  Session session(options_, cells_, again, out2, &interrupt_);
  ASSERT_EQ(session.run(), 0);
  ASSERT_EQ(again.calls.size(), mock_.calls.size());
  for (std::size_t i = 0; i < again.calls.size(); ++i) {
    EXPECT_EQ(again.calls[i].interpreter, mock_.calls[i].interpreter);
  }
}

TEST_F(SessionTest, NoInterleaveRunsCellAfterCell) {
  options_.interleave = false;
  options_.loops = 8;
  std::ostringstream out;
  ASSERT_EQ(run_session(out), 0);
  ASSERT_EQ(mock_.calls.size(), 16u);  // fixed loops: no calibration
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(mock_.calls[i].interpreter, "/opt/a/python3");
  for (std::size_t i = 4; i < 8; ++i) EXPECT_EQ(mock_.calls[i].interpreter, "/opt/b/gilpy-eager");
}

TEST_F(SessionTest, ScheduleHandlesOddCountsAndThreeCells) {
  std::mt19937_64 random(7);
  auto order = schedule_processes(3, 5, true, random);
  ASSERT_EQ(order.size(), 15u);
  std::map<std::size_t, int> count;
  for (const auto& p : order) ++count[p.cell];
  EXPECT_EQ(count[0], 5);
  EXPECT_EQ(count[1], 5);
  EXPECT_EQ(count[2], 5);
  EXPECT_EQ(order.back().block, 2);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(order[i].cell, order[5 - i].cell);
}

TEST_F(SessionTest, RecordsSessionAndCellMetadata) {
  options_.cpus = {1};
  std::ostringstream out;
  ASSERT_EQ(run_session(out), 0);
  auto a = load("a-si5ms");
  auto b = load("b-si5ms");
  std::set<std::int64_t> positions;
  std::string session_id;
  for (const auto* file : {&a, &b}) {
    for (const auto& benchmark : file->benchmarks) {
      for (const auto& run : benchmark.runs) {
        auto get = [&](const char* key) {
          return compare::find_metadata(*file, benchmark, run, key);
        };
        ASSERT_NE(get("session_id"), nullptr);
        if (session_id.empty()) session_id = std::get<std::string>(*get("session_id"));
        EXPECT_EQ(std::get<std::string>(*get("session_id")), session_id);
        EXPECT_EQ(std::get<std::string>(*get("cpu_affinity")), "1");
        EXPECT_NE(get("env_pad"), nullptr);
        EXPECT_NE(get("date"), nullptr);
        EXPECT_NE(get("mem_max_rss"), nullptr);
        EXPECT_EQ(std::get<double>(*get("switch_interval")), 0.005);
        EXPECT_EQ(compare::metadata_int(get("gil_acquisitions"), 0), 42);
        EXPECT_EQ(std::get<std::string>(*get("gilbench_version")), "0.1.0");
        EXPECT_EQ(std::get<std::string>(*get("interleave_seed")), "1234");
        if (run.is_calibration()) continue;
        EXPECT_TRUE(positions.insert(compare::metadata_int(get("session_position"), -1)).second);
        EXPECT_NE(get("session_block"), nullptr);
      }
    }
  }
  EXPECT_EQ(positions.size(), 16u);
  EXPECT_EQ(*positions.begin(), 0);
  const auto& beta_b = *b.find_benchmark("beta");
  EXPECT_EQ(std::get<std::string>(*compare::find_metadata(b, beta_b, beta_b.runs[1], "gil_build")),
            "eager");
  EXPECT_EQ(std::get<std::string>(
                *compare::find_metadata(b, beta_b, beta_b.runs[1], "python_executable")),
            "gilpy-eager");  // never a full path
  for (const auto& call : mock_.calls) {
    EXPECT_EQ(call.cpus, std::vector<int>{1});
    bool padded = false;
    for (const auto& entry : call.environment) padded |= entry.rfind("GILBENCH_ENV_PAD=", 0) == 0;
    EXPECT_TRUE(padded);
  }
}

TEST_F(SessionTest, CheckpointsGoToGilpyOnlyAndAreRecordedAsSkippedForCPython) {
  Interpreter a{"a", "/opt/a/python3", false, "cpython"};
  Interpreter b{"b", "/opt/b/gilpy-eager", true, "eager"};
  cells_ = make_cells({a, b}, {0.005}, {39});
  options_.benchmarks = {"alpha"};
  std::ostringstream out;
  ASSERT_EQ(run_session(out), 0);
  for (const auto& call : mock_.calls) {
    bool has_x = std::find(call.argv.begin(), call.argv.end(), "checkpoints=39") != call.argv.end();
    EXPECT_EQ(has_x, call.interpreter == "/opt/b/gilpy-eager");
  }
  auto a_file = load("a-si5ms-cp39");
  EXPECT_EQ(std::get<std::string>(a_file.metadata.at("skipped_settings")), "checkpoints=39");
  auto b_file = load("b-si5ms-cp39");
  EXPECT_EQ(std::get<std::string>(b_file.metadata.at("checkpoints")), "39");
}

class FaultTest : public SessionTest, public ::testing::WithParamInterface<Fault> {};

TEST_P(FaultTest, FailedBenchmarkIsReportedListedAndTheSessionGoesOn) {
  mock_.faults["alpha"] = GetParam();
  std::ostringstream out;
  EXPECT_EQ(run_session(out), 1);
  expect_valid_files();
  EXPECT_NE(out.str().find("FAILED alpha"), std::string::npos) << out.str();
  for (const auto& cell : {"a-si5ms", "b-si5ms"}) {
    auto file = load(cell);
    ASSERT_EQ(file.benchmarks.size(), 1u);
    EXPECT_EQ(file.benchmarks[0].name, "beta");
    EXPECT_EQ(std::get<std::string>(file.metadata.at("failed_benchmarks")), "alpha");
  }
}

std::string fault_name(const ::testing::TestParamInfo<Fault>& info) {
  static const char* const names[] = {"none",         "crash",   "exit_code",
                                      "wrong_result", "timeout", "garbage"};
  return names[static_cast<int>(info.param)];
}

INSTANTIATE_TEST_SUITE_P(AllFaults, FaultTest,
                         ::testing::Values(Fault::crash, Fault::exit_code, Fault::wrong_result,
                                           Fault::timeout, Fault::garbage),
                         fault_name);

TEST_F(SessionTest, FailureShowsTheStderrTailAndTheWorkersVerdict) {
  mock_.faults["beta"] = Fault::wrong_result;
  std::ostringstream out;
  EXPECT_EQ(run_session(out), 1);
  EXPECT_NE(out.str().find("FAILED beta: check: wrong result: expected 92 solutions"),
            std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("stderr tail:"), std::string::npos);
  // No timing of the wrong program was recorded.
  auto file = load("a-si5ms");
  EXPECT_EQ(file.find_benchmark("beta"), nullptr);
}

TEST_F(SessionTest, EveryBenchmarkFailingWritesNoFile) {
  mock_.faults["alpha"] = Fault::crash;
  mock_.faults["beta"] = Fault::crash;
  std::ostringstream out;
  EXPECT_EQ(run_session(out), 1);
  EXPECT_FALSE(fs::exists(dir_ / "a-si5ms.json"));
}

TEST_F(SessionTest, InterruptKeepsEveryFinishedBenchmark) {
  mock_.interrupt = &interrupt_;
  mock_.interrupt_at_call = 13;  // during beta (alpha = calls 0..9)
  std::ostringstream out;
  EXPECT_EQ(run_session(out), 128 + 2);
  expect_valid_files();
  for (const auto& cell : {"a-si5ms", "b-si5ms"}) {
    auto file = load(cell);
    ASSERT_EQ(file.benchmarks.size(), 1u);
    EXPECT_EQ(file.benchmarks[0].name, "alpha");
    EXPECT_EQ(file.metadata.count("failed_benchmarks"), 0u);  // interrupted is not failed
  }
  EXPECT_EQ(mock_.calls.size(), 14u);  // nothing started after the signal
}

TEST_F(SessionTest, NeverOverwritesWithoutAppendOrForce) {
  std::ostringstream out;
  ASSERT_EQ(run_session(out), 0);
  std::ostringstream out2;
  Session second(options_, cells_, mock_, out2, &interrupt_);
  EXPECT_THROW(second.run(), RunError);
  options_.force = true;
  Session forced(options_, cells_, mock_, out2, &interrupt_);
  EXPECT_EQ(forced.run(), 0);
  EXPECT_EQ(load("a-si5ms").benchmarks[0].runs.size(), 5u);
}

TEST_F(SessionTest, AppendKeepsTheSessionAndContinuesPositions) {
  std::ostringstream out;
  ASSERT_EQ(run_session(out), 0);
  auto before = load("a-si5ms");
  std::string id = std::get<std::string>(before.metadata.at("session_id"));
  options_.append = true;
  options_.seed = 99;
  MockExecutor second_mock;
  std::ostringstream out2;
  Session appended(options_, cells_, second_mock, out2, &interrupt_);
  ASSERT_EQ(appended.run(), 0) << out2.str();
  expect_valid_files();
  for (const auto& call : second_mock.calls) EXPECT_NE(call.loops, 0);  // reuses the loops
  auto after = load("a-si5ms");
  const auto& alpha = *after.find_benchmark("alpha");
  EXPECT_EQ(alpha.runs.size(), 5u + 4u);
  std::set<std::int64_t> positions;
  for (const auto& run : alpha.runs) {
    EXPECT_EQ(std::get<std::string>(*compare::find_metadata(after, alpha, run, "session_id")), id);
    if (!run.is_calibration()) {
      positions.insert(
          compare::metadata_int(compare::find_metadata(after, alpha, run, "session_position"), -1));
    }
  }
  EXPECT_EQ(positions.size(), 8u);
  EXPECT_GE(*positions.rbegin(), 16);
}

TEST_F(SessionTest, SameLoopsSkipsCalibration) {
  options_.same_loops = {{"alpha", 16}, {"beta", 32}};
  std::ostringstream out;
  ASSERT_EQ(run_session(out), 0);
  for (const auto& call : mock_.calls) {
    EXPECT_EQ(call.loops, call.workload == "alpha" ? 16 : 32);
  }
  auto loops = read_same_loops((dir_ / "a-si5ms.json").string());
  EXPECT_EQ(loops.at("alpha"), 16);
  EXPECT_EQ(loops.at("beta"), 32);
}

TEST_F(SessionTest, DryRunPrintsThePlanAndRunsNothing) {
  Session session(options_, cells_, mock_, std::cout, &interrupt_);
  std::ostringstream plan;
  session.print_plan(plan);
  EXPECT_TRUE(mock_.calls.empty());
  EXPECT_NE(plan.str().find("a-si5ms.json"), std::string::npos);
  EXPECT_NE(plan.str().find("estimated time"), std::string::npos);
  EXPECT_NE(plan.str().find("seed 1234"), std::string::npos);
}

}  // namespace
}  // namespace gilbench::runner
