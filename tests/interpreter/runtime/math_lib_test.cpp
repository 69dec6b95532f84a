// Tests for runtime/math_lib.hpp against CPython 3.11 (data/gen_math_cases.py
// wrote data/math_cases.inc).
#include "runtime/math_lib.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "runtime/float_format.hpp"

namespace gilpy {
namespace {

enum Status { kOk = 0, kZeroDivision = 1, kValueError = 2, kOverflow = 3 };

struct BinaryFloatCase {
  double x, y;
  int mod_status;
  double mod;
  int div_status;
  double div;
  int pow_status;
  double pow;
};

struct RoundCase {
  double x;
  int64_t ndigits;
  int status;
  double result;
};

struct RoundIntCase {
  double x;
  const char *round, *floor, *ceil, *trunc;  // hex ints
};

struct CompareCase {
  const char* n;
  double x;
  int order;  // -1 less, 0 equal, 1 greater, 2 unordered
};

struct FsumCase {
  std::vector<double> values;
  int status;
  double sum;
};

struct IntMathCase {
  const char* n;
  double log, log2, log10;
  const char* isqrt;
};

#include "data/math_cases.inc"

BigInt big(const char* hex) {
  return *BigInt::parse(hex, 0);
}

bool same_double(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return a == b && std::signbit(a) == std::signbit(b);
}

// Calls fn and maps its exception to the Status numbering of the data.
template <typename Fn>
int status_of(Fn fn, double* result) {
  try {
    *result = fn();
    return kOk;
  } catch (const std::domain_error&) {
    return kZeroDivision;
  } catch (const std::invalid_argument&) {
    return kValueError;
  } catch (const std::overflow_error&) {
    return kOverflow;
  }
}

std::string show(double x) {
  return float_repr(x);
}

TEST(MathLibTest, FloatModFloorDivPow) {
  for (const auto& c : kBinaryFloatCases) {
    std::string where = show(c.x) + ", " + show(c.y);
    double r = 0.0;
    ASSERT_EQ(status_of([&] { return float_mod(c.x, c.y); }, &r), c.mod_status) << where;
    if (c.mod_status == kOk) {
      EXPECT_TRUE(same_double(r, c.mod)) << where << " % -> " << show(r);
    }
    ASSERT_EQ(status_of([&] { return float_floor_div(c.x, c.y); }, &r), c.div_status) << where;
    if (c.div_status == kOk) {
      EXPECT_TRUE(same_double(r, c.div)) << where << " // -> " << show(r);
    }
    if (c.div_status == kOk) {
      double q, m;
      float_divmod(c.x, c.y, &q, &m);
      EXPECT_TRUE(same_double(q, c.div) && same_double(m, c.mod)) << "divmod " << where;
    }
    ASSERT_EQ(status_of([&] { return float_pow(c.x, c.y); }, &r), c.pow_status) << where;
    if (c.pow_status == kOk) {
      EXPECT_TRUE(same_double(r, c.pow)) << where << " ** -> " << show(r);
    }
  }
}

TEST(MathLibTest, RoundWithDigitsIsCorrectlyRounded) {
  for (const auto& c : kRoundCases) {
    double r = 0.0;
    std::string where = "round(" + show(c.x) + ", " + std::to_string(c.ndigits) + ")";
    ASSERT_EQ(status_of([&] { return float_round(c.x, c.ndigits); }, &r), c.status) << where;
    if (c.status == kOk) {
      EXPECT_TRUE(same_double(r, c.result)) << where << " -> " << show(r);
    }
  }
}

TEST(MathLibTest, FloatToIntConversions) {
  for (const auto& c : kRoundIntCases) {
    EXPECT_EQ(float_round_to_int(c.x), big(c.round)) << show(c.x);
    EXPECT_EQ(float_floor_to_int(c.x), big(c.floor)) << show(c.x);
    EXPECT_EQ(float_ceil_to_int(c.x), big(c.ceil)) << show(c.x);
    EXPECT_EQ(float_trunc_to_int(c.x), big(c.trunc)) << show(c.x);
  }
  EXPECT_THROW(float_floor_to_int(INFINITY), std::overflow_error);
  EXPECT_THROW(float_round_to_int(-INFINITY), std::overflow_error);
  EXPECT_THROW(float_ceil_to_int(NAN), std::invalid_argument);
  EXPECT_THROW(float_trunc_to_int(NAN), std::invalid_argument);
}

TEST(MathLibTest, IntFloatComparisonIsExact) {
  for (const auto& c : kCompareCases) {
    BigInt n = big(c.n);
    std::partial_ordering want = c.order == -1  ? std::partial_ordering::less
                                 : c.order == 0 ? std::partial_ordering::equivalent
                                 : c.order == 1 ? std::partial_ordering::greater
                                                : std::partial_ordering::unordered;
    EXPECT_EQ(compare_bigint_double(n, c.x), want) << c.n << " vs " << show(c.x);
    if (n.fits_int64()) {
      EXPECT_EQ(compare_int64_double(n.to_int64(), c.x), want) << c.n << " vs " << show(c.x);
    }
  }
}

TEST(MathLibTest, FsumMatchesCPython) {
  for (const auto& c : kFsumCases) {
    double r = 0.0;
    ASSERT_EQ(status_of([&] { return fsum(c.values); }, &r), c.status) << c.values.size();
    if (c.status == kOk) {
      EXPECT_TRUE(same_double(r, c.sum)) << show(r) << " vs " << show(c.sum);
    }
  }
}

TEST(MathLibTest, LogsAndIsqrtOfInts) {
  for (const auto& c : kIntMathCases) {
    BigInt n = big(c.n);
    EXPECT_TRUE(same_double(math_log(n), c.log)) << c.n << " " << show(math_log(n));
    EXPECT_TRUE(same_double(math_log2(n), c.log2)) << c.n << " " << show(math_log2(n));
    EXPECT_TRUE(same_double(math_log10(n), c.log10)) << c.n << " " << show(math_log10(n));
    EXPECT_EQ(isqrt(n), big(c.isqrt)) << c.n;
  }
  EXPECT_THROW(math_log(BigInt(0)), std::invalid_argument);
  EXPECT_THROW(math_log(BigInt(-5)), std::invalid_argument);
  EXPECT_THROW(isqrt(BigInt(-1)), std::invalid_argument);
  EXPECT_EQ(isqrt(BigInt(0)), BigInt(0));
}

TEST(MathLibTest, FloatLogsAndUnaryErrors) {
  EXPECT_EQ(math_log(1.0), 0.0);
  EXPECT_EQ(math_log10(1000.0), 3.0);
  EXPECT_EQ(math_log2(0.125), -3.0);
  EXPECT_EQ(math_log(INFINITY), INFINITY);
  EXPECT_TRUE(std::isnan(math_log(NAN)));
  EXPECT_THROW(math_log(0.0), std::invalid_argument);
  EXPECT_THROW(math_log(-1.0), std::invalid_argument);
  EXPECT_THROW(math_log10(-INFINITY), std::invalid_argument);
  auto sqrt_fn = static_cast<double (*)(double)>(std::sqrt);
  auto exp_fn = static_cast<double (*)(double)>(std::exp);
  auto sin_fn = static_cast<double (*)(double)>(std::sin);
  EXPECT_EQ(math_unary(16.0, sqrt_fn, false), 4.0);
  EXPECT_THROW(math_unary(-1.0, sqrt_fn, false), std::invalid_argument);
  EXPECT_THROW(math_unary(1000.0, exp_fn, true), std::overflow_error);
  EXPECT_EQ(math_unary(-INFINITY, exp_fn, true), 0.0);
  EXPECT_EQ(math_unary(INFINITY, exp_fn, true), INFINITY);
  EXPECT_THROW(math_unary(INFINITY, sin_fn, false), std::invalid_argument);
  EXPECT_TRUE(std::isnan(math_unary(NAN, sin_fn, false)));
}

TEST(MathLibTest, GcdAndFactorial) {
  for (const auto& c : kGcdCase) {
    EXPECT_EQ(gcd(big(c[0]), big(c[1])), big(c[2])) << c[0] << ", " << c[1];
    BigInt a = big(c[0]), b = big(c[1]);
    if (a.fits_int64() && b.fits_int64()) {
      EXPECT_EQ(BigInt(gcd_int64(a.to_int64(), b.to_int64())), big(c[2]));
    }
  }
  EXPECT_EQ(factorial(0), BigInt(1));
  EXPECT_EQ(factorial(1), BigInt(1));
  EXPECT_EQ(factorial(20), BigInt(2432902008176640000));
  EXPECT_EQ(factorial(100).to_string(), kFactorial100);
}

}  // namespace
}  // namespace gilpy
