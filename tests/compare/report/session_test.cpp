// Session detection: one interleaved session only when every run of both sides carries the
// same session id and a position; otherwise separate or unknown.
#include "compare/report/session.hpp"

#include <gtest/gtest.h>

namespace gilbench::compare::report {
namespace {

ResultFile file_with_runs(const std::vector<std::pair<std::string, std::int64_t>>& runs) {
  ResultFile file;
  file.path = "x.json";
  Benchmark benchmark;
  benchmark.name = "bench";
  benchmark.unit = "second";
  for (const auto& [id, position] : runs) {
    Run run;
    run.values = {1.0, 1.1};
    if (!id.empty()) run.metadata["session_id"] = id;
    if (position >= 0) run.metadata["session_position"] = position;
    benchmark.runs.push_back(run);
  }
  Run calibration;  // no values: ignored by session detection
  calibration.warmups = {{1, 0.5}};
  benchmark.runs.insert(benchmark.runs.begin(), calibration);
  file.benchmarks.push_back(benchmark);
  file.rebuild_index();
  return file;
}

TEST(Session, OneIdAndPositionsEverywhereIsInterleaved) {
  auto a = file_with_runs({{"s1", 0}, {"s1", 3}});
  auto b = file_with_runs({{"s1", 1}, {"s1", 2}});
  SessionRelation relation = session_relation(a, b, {"bench"});
  EXPECT_EQ(relation.kind, SessionKind::interleaved);
  EXPECT_EQ(relation.reference_id, "s1");
}

TEST(Session, DifferentIdsAreSeparate) {
  auto a = file_with_runs({{"s1", 0}, {"s1", 1}});
  auto b = file_with_runs({{"s2", 0}, {"s2", 1}});
  EXPECT_EQ(session_relation(a, b, {"bench"}).kind, SessionKind::separate);
}

TEST(Session, AMissingPositionPreventsPairing) {
  auto a = file_with_runs({{"s1", 0}, {"s1", -1}});
  auto b = file_with_runs({{"s1", 1}, {"s1", 2}});
  EXPECT_EQ(session_relation(a, b, {"bench"}).kind, SessionKind::separate);
}

TEST(Session, FilesWithoutIdsAreUnknown) {
  auto a = file_with_runs({{"", -1}, {"", -1}});
  auto b = file_with_runs({{"s1", 0}, {"s1", 1}});
  EXPECT_EQ(session_relation(a, b, {"bench"}).kind, SessionKind::unknown);
}

TEST(Session, RunSessionsSkipCalibrationRuns) {
  auto a = file_with_runs({{"s1", 4}, {"s1", 7}});
  RunSessions sessions = run_sessions(a, a.benchmarks[0]);
  EXPECT_EQ(sessions.positions, (std::vector<std::int64_t>{4, 7}));
  EXPECT_TRUE(has_positions(sessions));
}

}  // namespace
}  // namespace gilbench::compare::report
