// Tests of compare/stats/sample.hpp: pairing by session position.
#include "compare/stats/sample.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace gilbench::compare::stats {
namespace {

TEST(Pairing, AbbaNeighboursPairInSessionOrder) {
  // Session: A0 B1 B2 A3 A4 B5; the sides are given out of order.
  const Sample reference{{4.0, 1.0, 3.0}, {4, 0, 3}};
  const Sample changed{{2.0, 5.0, 6.0}, {1, 5, 2}};
  const auto pairing = pair_by_session_position(reference, changed);
  ASSERT_TRUE(pairing.has_value());
  EXPECT_EQ(pairing->pairs, 3u);
  EXPECT_EQ(pairing->unpaired, 0u);
  EXPECT_EQ(pairing->max_gap, 1);
  // Pairs (A0,B1) = (1,2), (A3,B2) = (3,6), (A4,B5) = (4,5).
  EXPECT_DOUBLE_EQ(pairing->log_ratios[0], std::log(2.0) - std::log(1.0));
  EXPECT_DOUBLE_EQ(pairing->log_ratios[1], std::log(6.0) - std::log(3.0));
  EXPECT_DOUBLE_EQ(pairing->log_ratios[2], std::log(5.0) - std::log(4.0));
}

TEST(Pairing, UnequalCountsPairTheFirstInOrder) {
  const Sample reference{{1.0, 1.0, 1.0}, {0, 3, 4}};
  const Sample changed{{2.0, 2.0}, {1, 2}};
  const auto pairing = pair_by_session_position(reference, changed);
  ASSERT_TRUE(pairing.has_value());
  EXPECT_EQ(pairing->pairs, 2u);
  EXPECT_EQ(pairing->unpaired, 1u);
  EXPECT_EQ(pairing->max_gap, 1);
}

TEST(Pairing, SequentialLayoutShowsInTheGap) {
  const Sample reference{{1.0, 1.0, 1.0}, {0, 1, 2}};
  const Sample changed{{2.0, 2.0, 2.0}, {3, 4, 5}};
  EXPECT_EQ(pair_by_session_position(reference, changed)->max_gap, 3);
}

TEST(Pairing, ImpossibleWithoutPositions) {
  const Sample with{{1.0, 2.0}, {0, 3}};
  const Sample without{{1.0, 2.0}, {}};
  EXPECT_FALSE(pair_by_session_position(with, without).has_value());
  EXPECT_FALSE(pair_by_session_position(without, with).has_value());
  const Sample partial{{1.0, 2.0}, {1}};
  EXPECT_FALSE(pair_by_session_position(with, partial).has_value());
}

TEST(Pairing, SharedPositionsMeanSeparateSessions) {
  const Sample reference{{1.0, 2.0}, {0, 1}};
  const Sample changed{{1.0, 2.0}, {0, 1}};
  EXPECT_FALSE(pair_by_session_position(reference, changed).has_value());
  const Sample duplicate{{1.0, 2.0}, {5, 5}};
  const Sample other{{1.0, 2.0}, {6, 7}};
  EXPECT_FALSE(pair_by_session_position(duplicate, other).has_value());
}

TEST(Pairing, RejectsNonPositiveStatistics) {
  const Sample reference{{1.0, 0.0}, {0, 3}};
  const Sample changed{{1.0, 2.0}, {1, 2}};
  EXPECT_THROW(pair_by_session_position(reference, changed), std::invalid_argument);
}

}  // namespace
}  // namespace gilbench::compare::stats
