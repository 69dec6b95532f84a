// Tests for runtime/random_mt.hpp: the stream after several int seeds must equal
// CPython 3.11's random.Random draw for draw (data/gen_random_cases.py wrote
// data/random_cases.inc), plus the test vectors of specs/workloads.md section 4.5.
#include "runtime/random_mt.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace gilpy {
namespace {

enum class Op {
  kRandom,
  kGetrandbits,
  kRandrange1,
  kRandrange,
  kRandint,
  kChoice,
  kShuffle,
  kUniform
};

struct RandomStep {
  Op op;
  const char *a, *b, *c;  // hex ints, or hex floats for uniform
};

#include "data/random_cases.inc"

BigInt big(const char* hex) {
  return *BigInt::parse(hex, 0);
}

std::string hex_of(const BigInt& v) {
  return v.is_negative() ? "-0x" + (-v).to_string(16) : "0x" + v.to_string(16);
}

std::string hex_float(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", x);
  return buf;
}

std::string run_step(MersenneTwister& rng, const RandomStep& s) {
  switch (s.op) {
    case Op::kRandom:
      return hex_float(rng.random());
    case Op::kGetrandbits:
      return hex_of(rng.getrandbits(big(s.a).to_int64()));
    case Op::kRandrange1:
      return hex_of(rng.randrange(big(s.a)));
    case Op::kRandrange:
      return hex_of(rng.randrange(big(s.a), big(s.b), big(s.c)));
    case Op::kRandint:
      return hex_of(rng.randint(big(s.a), big(s.b)));
    case Op::kChoice:
      return hex_of(BigInt::from_uint64(rng.choice_index(big(s.a).to_int64())));
    case Op::kShuffle: {
      std::vector<int> items(big(s.a).to_int64());
      std::iota(items.begin(), items.end(), 0);
      rng.shuffle(std::span<int>(items));
      std::string out;
      for (int v : items) out += (out.empty() ? "" : ",") + std::to_string(v);
      return out;
    }
    case Op::kUniform:
      return hex_float(rng.uniform(std::strtod(s.a, nullptr), std::strtod(s.b, nullptr)));
  }
  return "";
}

// Python's float.hex() writes 0x1.8000000000000p-1 where %a writes 0x1.8p-1.
bool same_float_text(const std::string& got, const char* want) {
  return std::strtod(got.c_str(), nullptr) == std::strtod(want, nullptr);
}

TEST(RandomMtTest, StreamsMatchCPythonForEverySeed) {
  for (size_t si = 0; si < std::size(kSeeds); ++si) {
    MersenneTwister rng(big(kSeeds[si]));
    for (size_t i = 0; i < std::size(kSteps); ++i) {
      const RandomStep& step = kSteps[i];
      std::string got = run_step(rng, step);
      const char* want = kExpected[si][i];
      bool is_float = step.op == Op::kRandom || step.op == Op::kUniform;
      EXPECT_TRUE(is_float ? same_float_text(got, want) : got == want)
          << "seed " << kSeeds[si] << " step " << i << ": got " << got << ", want " << want;
    }
  }
}

TEST(RandomMtTest, Int64FastPathsDrawTheSameWords) {
  MersenneTwister a(BigInt(7)), b(BigInt(7));
  for (int i = 0; i < 200; ++i) {
    EXPECT_EQ(BigInt(a.randrange_int64(-1000, 1000, 3)), b.randrange(-1000, 1000, 3));
    EXPECT_EQ(BigInt(a.randrange_int64(500, -500, -7)), b.randrange(500, -500, -7));
    EXPECT_EQ(BigInt(a.randint_int64(INT64_MIN, INT64_MAX)), b.randint(INT64_MIN, INT64_MAX));
    EXPECT_EQ(BigInt::from_uint64(a.getrandbits_u64(i % 65)), b.getrandbits(i % 65));
  }
}

TEST(RandomMtTest, WorkloadsSpecVectors) {
  MersenneTwister rng(BigInt(0));
  EXPECT_EQ(rng.random(), 0.8444218515250481);
  EXPECT_EQ(rng.random(), 0.7579544029403025);
  EXPECT_EQ(rng.random(), 0.420571580830845);
  rng.seed(BigInt(-1234));
  EXPECT_EQ(rng.random(), 0.9664535356921388);
  EXPECT_EQ(rng.random(), 0.4407325991753527);
  EXPECT_EQ(rng.random(), 0.007491470058587191);
  rng.seed((BigInt(1) << 40) + 3);
  EXPECT_EQ(rng.random(), 0.21978710637116716);

  MersenneTwister one(BigInt(1));
  EXPECT_EQ(one.getrandbits(32), BigInt(577090037));
  EXPECT_EQ(one.getrandbits(63), BigInt(7816196644092205130));
  EXPECT_EQ(one.randrange(BigInt(INT64_MAX)), BigInt(7044577470827281968));
  EXPECT_EQ(one.randrange(BigInt(81)), BigInt(8));

  MersenneTwister five(BigInt(5));
  std::vector<int> items{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  five.shuffle(std::span<int>(items));
  EXPECT_EQ(items, (std::vector<int>{2, 3, 1, 0, 8, 7, 6, 5, 4, 9}));
  EXPECT_EQ("abcdefg"[five.choice_index(7)], 'f');
  EXPECT_EQ(five.randint(1, 6), BigInt(1));
}

TEST(RandomMtTest, ErrorsAreReported) {
  MersenneTwister rng;
  EXPECT_THROW(rng.randrange(BigInt(0)), std::invalid_argument);
  EXPECT_THROW(rng.randrange(5, 5), std::invalid_argument);
  EXPECT_THROW(rng.randrange(0, 10, 0), std::invalid_argument);
  EXPECT_THROW(rng.randrange(0, 10, -1), std::invalid_argument);
  EXPECT_THROW(rng.randrange_int64(0, 10, 0), std::invalid_argument);
  EXPECT_THROW(rng.randrange_int64(10, 0, 2), std::invalid_argument);
  EXPECT_THROW(rng.randint(3, 2), std::invalid_argument);
  EXPECT_THROW(rng.choice_index(0), std::out_of_range);
}

}  // namespace
}  // namespace gilpy
