// Tests for runtime/bigint.hpp and runtime/int_ops.hpp against values computed by
// CPython 3.11 (data/gen_bigint_cases.py wrote data/bigint_cases.inc).
#include "runtime/bigint.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "runtime/int_ops.hpp"

namespace gilpy {
namespace {

struct UnaryCase {
  const char* hex;     // the operand, as parse(…, 0) reads it
  const char* dec;     // str(n)
  const char* base16;  // to_string(16)
  const char* base8;
  const char* base2;
  const char* base36;
  uint64_t bit_length;
  int64_t hash;
  double as_double;  // float(n)
  bool overflows;    // float(n) raises OverflowError
  bool fits_int64;
  const char* invert;  // ~n
};

struct BinaryCase {
  const char *a, *b, *sum, *diff, *prod, *quot, *mod, *band, *bor, *bxor;
  double true_div;  // INFINITY: OverflowError; b == 0: not checked
};

struct ShiftCase {
  const char* n;
  uint64_t k;
  const char *left, *right;
};

struct ParseCase {
  const char* text;
  int base;
  bool valid;
  const char* value;
};

struct DoubleCase {
  double x;
  const char* truncated;
};

struct DivCase {
  const char *a, *b;
  double quotient;  // INFINITY: OverflowError
};

struct PowModCase {
  const char *base, *exp, *mod, *result;
};

#include "data/bigint_cases.inc"

BigInt big(const char* hex) {
  auto v = BigInt::parse(hex, 0);
  if (!v) throw std::invalid_argument(hex);
  return *v;
}

std::string hex_of(const BigInt& v) {
  return v.is_negative() ? "-0x" + (-v).to_string(16) : "0x" + v.to_string(16);
}

bool same_double(double a, double b) {
  return std::signbit(a) == std::signbit(b) && (a == b || (std::isnan(a) && std::isnan(b)));
}

TEST(BigIntTest, UnaryConversionsMatchCPython) {
  for (const auto& c : kUnaryCases) {
    SCOPED_TRACE(c.dec);
    BigInt n = big(c.hex);
    EXPECT_EQ(n.to_string(), c.dec);
    EXPECT_EQ(n.to_string(16), c.base16);
    EXPECT_EQ(n.to_string(8), c.base8);
    EXPECT_EQ(n.to_string(2), c.base2);
    EXPECT_EQ(n.to_string(36), c.base36);
    EXPECT_EQ(n.bit_length(), c.bit_length);
    EXPECT_EQ(n.python_hash(), c.hash);
    EXPECT_EQ(n.fits_int64(), c.fits_int64);
    EXPECT_EQ(hex_of(~n), c.invert);
    if (c.overflows) {
      EXPECT_THROW(n.to_double(), std::overflow_error);
    } else {
      EXPECT_TRUE(same_double(n.to_double(), c.as_double));
    }
    EXPECT_EQ(BigInt::parse(c.dec, 10), n);
    if (c.fits_int64) {
      EXPECT_EQ(BigInt(n.to_int64()), n);
      EXPECT_EQ(python_hash_int64(n.to_int64()), c.hash);
    }
  }
}

TEST(BigIntTest, BinaryOperatorsMatchCPython) {
  for (const auto& c : kBinaryCases) {
    SCOPED_TRACE(std::string(c.a) + " op " + c.b);
    BigInt a = big(c.a), b = big(c.b);
    EXPECT_EQ(hex_of(a + b), c.sum);
    EXPECT_EQ(hex_of(a - b), c.diff);
    EXPECT_EQ(hex_of(a * b), c.prod);
    EXPECT_EQ(hex_of(a & b), c.band);
    EXPECT_EQ(hex_of(a | b), c.bor);
    EXPECT_EQ(hex_of(a ^ b), c.bxor);
    if (b.is_zero()) {
      BigInt q, r;
      EXPECT_THROW(BigInt::floor_divmod(a, b, q, r), std::domain_error);
      EXPECT_THROW(BigInt::true_divide(a, b), std::domain_error);
      continue;
    }
    BigInt q, r;
    BigInt::floor_divmod(a, b, q, r);
    EXPECT_EQ(hex_of(q), c.quot);
    EXPECT_EQ(hex_of(r), c.mod);
    EXPECT_EQ(hex_of(a / b), c.quot);
    EXPECT_EQ(hex_of(a % b), c.mod);
    if (std::isinf(c.true_div)) {
      EXPECT_THROW(BigInt::true_divide(a, b), std::overflow_error);
    } else {
      EXPECT_TRUE(same_double(BigInt::true_divide(a, b), c.true_div));
    }
    EXPECT_EQ(a < b, hex_of(a - b)[0] == '-');
    EXPECT_EQ(a == b, std::string(c.diff) == "0x0");
  }
}

TEST(BigIntTest, ShiftsAreArithmetic) {
  for (const auto& c : kShiftCases) {
    SCOPED_TRACE(std::string(c.n) + " shift " + std::to_string(c.k));
    BigInt n = big(c.n);
    EXPECT_EQ(hex_of(n << c.k), c.left);
    EXPECT_EQ(hex_of(n >> c.k), c.right);
  }
}

TEST(BigIntTest, ParseFollowsPythonIntRules) {
  for (const auto& c : kParseCases) {
    SCOPED_TRACE(std::string(c.text) + " base " + std::to_string(c.base));
    auto v = BigInt::parse(c.text, c.base);
    ASSERT_EQ(v.has_value(), c.valid);
    if (v) {
      EXPECT_EQ(hex_of(*v), c.value);
    }
  }
  EXPECT_FALSE(BigInt::parse("1", 37));
  EXPECT_FALSE(BigInt::parse("1", 1));
}

TEST(BigIntTest, FromDoubleTruncates) {
  for (const auto& c : kFromDoubleCases) {
    SCOPED_TRACE(c.x);
    EXPECT_EQ(hex_of(BigInt::from_double(c.x)), c.truncated);
  }
}

TEST(BigIntTest, TrueDivideIsCorrectlyRounded) {
  for (const auto& c : kTrueDivCases) {
    SCOPED_TRACE(std::string(c.a) + " / " + c.b);
    if (std::isinf(c.quotient)) {
      EXPECT_THROW(BigInt::true_divide(big(c.a), big(c.b)), std::overflow_error);
    } else {
      EXPECT_TRUE(same_double(BigInt::true_divide(big(c.a), big(c.b)), c.quotient))
          << BigInt::true_divide(big(c.a), big(c.b));
    }
  }
}

TEST(BigIntTest, PowAndPowMod) {
  for (const auto& c : kPowModCases) {
    SCOPED_TRACE(std::string(c.base) + " ** " + c.exp + " % " + c.mod);
    EXPECT_EQ(hex_of(BigInt::pow_mod(big(c.base), big(c.exp), big(c.mod))), c.result);
  }
  EXPECT_THROW(BigInt::pow_mod(2, 3, 0), std::invalid_argument);
  EXPECT_THROW(BigInt::pow_mod(2, -1, 4), std::invalid_argument);
  EXPECT_EQ(BigInt::pow(3, 2000).to_string(), kThreePow2000);
  EXPECT_EQ(hex_of(BigInt::pow(-7, 999)), kMinusSevenPow999Hex);
  EXPECT_EQ(BigInt::pow(0, 0), BigInt(1));
  EXPECT_EQ(BigInt::pow(-2, 63), BigInt(INT64_MIN));
}

TEST(BigIntTest, DecimalRoundTripOfLargeNumber) {
  BigInt n = BigInt::pow(3, 2000);
  EXPECT_EQ(BigInt::parse(kThreePow2000, 10), n);
  EXPECT_EQ(BigInt::parse(std::string("-") + kThreePow2000, 10), -n);
  BigInt q, r;
  BigInt::floor_divmod(n, BigInt::pow(3, 1999), q, r);
  EXPECT_EQ(q, BigInt(3));
  EXPECT_TRUE(r.is_zero());
}

// Products of operands above the Karatsuba threshold (and unbalanced ones), checked
// through CPython's hash of the exact result.
TEST(BigIntTest, LargeProductsMatchCPythonHashes) {
  BigInt x = BigInt::pow(3, 3000), y = BigInt::pow(5, 2500) - 1, z = BigInt::pow(7, 9000) + 12345;
  EXPECT_EQ((x * y).python_hash(), 817908961558678880);
  EXPECT_EQ((x * y).bit_length(), 10560U);
  EXPECT_EQ((x * x).python_hash(), 215950553137815796);
  EXPECT_EQ((z * x).python_hash(), 1214660448814071504);
  BigInt cube = z * z * z;
  EXPECT_EQ(cube.python_hash(), 1658583201763406050);
  EXPECT_EQ((cube / (x * y)).python_hash(), 402418806153507687);
  EXPECT_EQ((cube % (x * y)).python_hash(), 123089686746555885);
  EXPECT_EQ((x * y) / y, x);
}

// The pidigits spigot (Gibbons' unbounded algorithm as the pyperformance benchmark
// writes it) exercises big-by-small multiply and division with a small quotient.
TEST(BigIntTest, PiSpigotGivesKnownDigits) {
  BigInt acc(0), den(1), num(1);
  std::string digits;
  for (int64_t k = 1; digits.size() < 60; ++k) {
    int64_t k2 = 2 * k + 1;
    acc = (acc + (num << 1)) * BigInt(k2);
    den = den * BigInt(k2);
    num = num * BigInt(k);
    if (num > acc) continue;
    BigInt d3 = (num * BigInt(3) + acc) / den;
    BigInt d4 = (num * BigInt(4) + acc) / den;
    if (d3 != d4) continue;
    digits += d3.to_string();
    acc = (acc - den * d3) * BigInt(10);
    num = num * BigInt(10);
  }
  EXPECT_EQ(digits, "314159265358979323846264338327950288419716939937510582097494");
}

TEST(BigIntTest, Int64Boundaries) {
  BigInt min(INT64_MIN), max(INT64_MAX);
  EXPECT_TRUE(min.fits_int64());
  EXPECT_TRUE(max.fits_int64());
  EXPECT_FALSE((max + 1).fits_int64());
  EXPECT_FALSE((min - 1).fits_int64());
  EXPECT_EQ(min.to_int64(), INT64_MIN);
  EXPECT_EQ((-min).to_string(), "9223372036854775808");
  EXPECT_EQ(BigInt(-1).low_uint64(), UINT64_MAX);
  EXPECT_EQ(BigInt().sign(), 0);
  EXPECT_EQ((-BigInt()).sign(), 0);  // no negative zero
  EXPECT_EQ(BigInt(-5).abs(), BigInt(5));
  EXPECT_EQ(BigInt::from_uint64(UINT64_MAX).to_string(), "18446744073709551615");
}

TEST(BigIntTest, ScaledDoubleForHugeValues) {
  int64_t e;
  double m = (BigInt(1) << 5000).to_double_scaled(&e);
  EXPECT_EQ(m, 0.5);
  EXPECT_EQ(e, 5001);
  m = (-(BigInt(3) << 2000)).to_double_scaled(&e);
  EXPECT_EQ(m, -0.75);
  EXPECT_EQ(e, 2002);
}

TEST(IntOpsTest, FloorDivModMatchPython) {
  // (a, b, a // b, a % b) from CPython.
  const int64_t cases[][4] = {{7, 2, 3, 1},
                              {-7, 2, -4, 1},
                              {7, -2, -4, -1},
                              {-7, -2, 3, -1},
                              {-7, 3, -3, 2},
                              {6, 3, 2, 0},
                              {-6, 3, -2, 0},
                              {0, -5, 0, 0},
                              {INT64_MIN, 1, INT64_MIN, 0},
                              {INT64_MAX, -1, -INT64_MAX, 0},
                              {INT64_MIN, 2, INT64_MIN / 2, 0},
                              {INT64_MIN, 3, -3074457345618258603, 1},
                              {INT64_MAX, INT64_MIN, -1, -1}};
  for (const auto& c : cases) {
    EXPECT_EQ(python_floor_div(c[0], c[1]), c[2]) << c[0] << " // " << c[1];
    EXPECT_EQ(python_floor_mod(c[0], c[1]), c[3]) << c[0] << " % " << c[1];
  }
  EXPECT_EQ(python_floor_div(INT64_MIN, -1), std::nullopt);
  EXPECT_EQ(python_floor_mod(INT64_MIN, -1), 0);
  EXPECT_THROW(python_floor_div(1, 0), std::domain_error);
  EXPECT_THROW(python_floor_mod(1, 0), std::domain_error);
}

TEST(IntOpsTest, HashesMatchCPython) {
  EXPECT_EQ(python_hash_int64(-1), -2);
  EXPECT_EQ(python_hash_int64(INT64_MIN), -4);
  EXPECT_EQ(python_hash_int64(INT64_MAX), 3);
  EXPECT_EQ(python_hash_int64(2305843009213693951), 0);
  // hash(float) values from CPython 3.11.
  EXPECT_EQ(python_hash_double(51.0), 51);
  EXPECT_EQ(python_hash_double(-1.0), -2);
  EXPECT_EQ(python_hash_double(0.5), 1152921504606846976);
  EXPECT_EQ(python_hash_double(-0.0), 0);
  EXPECT_EQ(python_hash_double(1.1), 230584300921369601);
  EXPECT_EQ(python_hash_double(-3.75e-7), -311875138886535303);
  EXPECT_EQ(python_hash_double(1e300), 1224995262755759164);
  EXPECT_EQ(python_hash_double(1.5e-320), 50935627776);
  EXPECT_EQ(python_hash_double(INFINITY), 314159);
  EXPECT_EQ(python_hash_double(-INFINITY), -314159);
  EXPECT_EQ(python_hash_double(9007199254740993.0), BigInt(9007199254740992).python_hash());
}

}  // namespace
}  // namespace gilpy
