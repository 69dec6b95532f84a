// Tests of compare/load/raw_reader: what the streaming reader extracts and skips.
#include <gtest/gtest.h>

#include "compare/load/raw_document.hpp"

namespace gilbench::compare::detail {
namespace {

TEST(RawReader, ExtractsTheHierarchy) {
  RawDocument doc;
  ASSERT_FALSE(read_raw_document(
      R"({"unknown":{"deep":[1,{"x":[2]}]},"version":"1.0","metadata":{"a":1,"b":2.5,"c":"s",
          "tags":["t"]},"benchmarks":[{"metadata":{"name":"n"},"extra":[[1]],
          "runs":[{"values":[1,2.5],"warmups":[[2,0.5]],"metadata":{"d":true}}]}]})",
      doc));
  EXPECT_EQ(doc.version.kind, RawScalar::Kind::string);
  EXPECT_EQ(doc.version.text, "1.0");
  EXPECT_EQ(std::get<std::int64_t>(doc.metadata.at("a")), 1);
  EXPECT_EQ(std::get<double>(doc.metadata.at("b")), 2.5);
  EXPECT_EQ(std::get<std::string>(doc.metadata.at("c")), "s");
  EXPECT_EQ(std::get<std::vector<std::string>>(doc.metadata.at("tags")),
            std::vector<std::string>{"t"});
  ASSERT_EQ(doc.benchmarks.size(), 1u);
  const RawRun& run = doc.benchmarks[0].runs.at(0);
  ASSERT_TRUE(run.values.has_value());
  EXPECT_EQ(run.values->size(), 2u);
  EXPECT_EQ((*run.values)[0], 1.0);
  EXPECT_FALSE(run.values_all_integers);
  EXPECT_EQ(run.warmups.at(0).first.value, 2.0);
  EXPECT_EQ(std::get<std::int64_t>(run.metadata.at("d")), 1);
  EXPECT_TRUE(run.values_problem.empty());
}

TEST(RawReader, RecordsTypeProblemsWithoutStopping) {
  RawDocument doc;
  ASSERT_FALSE(read_raw_document(
      R"({"benchmarks":[{"runs":[{"values":[1,"x"],"metadata":{"m":[1]}}]}]})", doc));
  const RawRun& run = doc.benchmarks[0].runs.at(0);
  EXPECT_FALSE(run.values_problem.empty());
  EXPECT_FALSE(run.metadata_problem.empty());
}

TEST(RawReader, DuplicateKeysLastWins) {
  RawDocument doc;
  ASSERT_FALSE(read_raw_document(R"({"metadata":{"a":1,"a":2}})", doc));
  EXPECT_EQ(std::get<std::int64_t>(doc.metadata.at("a")), 2);
}

}  // namespace
}  // namespace gilbench::compare::detail
