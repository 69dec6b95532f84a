// Python float arithmetic that C++ operators do not give: floor division and
// modulo with the divisor's sign, ** with CPython's special cases, round() with
// and without ndigits, float -> int conversions and exact int/float comparison.
//
// Design note. The rules follow CPython 3.11's Objects/floatobject.c as its
// comments document them: divmod starts from fmod (exact) and corrects the sign;
// the quotient (x - mod) / y is snapped to the nearest integer; zeros get the sign
// of the true result. round(x, n) must round the exact binary value of x, so it is
// computed here with BigInt: x = m * 2**e exactly, the scaled value is rounded half
// to even as a fraction, and the result is divided back with one correct rounding,
// which is what CPython's string round trip through dtoa/strtod produces.
#include <cerrno>
#include <cfenv>
#include <cmath>
#include <stdexcept>

#include "runtime/math_lib.hpp"

namespace gilpy {

namespace {

bool is_odd_integer(double y) {
  return std::fmod(std::fabs(y), 2.0) == 1.0;
}

// The remainder of fmod, moved into the divisor's sign; signed zero as the divisor.
double adjusted_mod(double x, double y) {
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

void check_finite_for_int(double x) {
  if (std::isnan(x)) throw std::invalid_argument("cannot convert float NaN to integer");
  if (std::isinf(x)) throw std::overflow_error("cannot convert float infinity to integer");
}

// Rounds num / den (den > 0) to the nearest integer, ties to even.
BigInt divide_round_half_even(const BigInt& num, const BigInt& den) {
  BigInt q, r;
  BigInt::floor_divmod(num, den, q, r);  // 0 <= r < den
  auto twice = r << 1;
  if (twice > den || (twice == den && q.is_odd())) q = q + BigInt(1);
  return q;
}

}  // namespace

double float_mod(double x, double y) {
  if (y == 0.0) throw std::domain_error("float modulo");
  return adjusted_mod(x, y);
}

void float_divmod(double x, double y, double* quotient, double* remainder) {
  if (y == 0.0) throw std::domain_error("float divmod()");
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;  // snap to the nearest integer
  } else {
    floordiv = std::copysign(0.0, x / y);
  }
  *quotient = floordiv;
  *remainder = mod;
}

double float_floor_div(double x, double y) {
  if (y == 0.0) throw std::domain_error("float floor division by zero");
  double q, r;
  float_divmod(x, y, &q, &r);
  return q;
}

double float_pow(double x, double y) {
  if (y == 0.0) return 1.0;
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return 1.0;
    return (y > 0) == (ax > 1.0) ? INFINITY : 0.0;
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0) return odd ? x : std::fabs(x);
    return odd ? std::copysign(0.0, x) : 0.0;
  }
  if (x == 0.0) {
    if (y < 0) throw std::domain_error("0.0 cannot be raised to a negative power");
    return is_odd_integer(y) ? x : 0.0;
  }
  bool negate = false;
  if (x < 0) {
    if (y != std::floor(y)) {
      throw std::invalid_argument("a negative number to a fractional power is complex");
    }
    negate = is_odd_integer(y);
    x = -x;
  }
  if (x == 1.0) return negate ? -1.0 : 1.0;
  errno = 0;
  double r = std::pow(x, y);
  if (std::isinf(r)) throw std::overflow_error("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

BigInt float_trunc_to_int(double x) {
  check_finite_for_int(x);
  return BigInt::from_double(x);
}

BigInt float_floor_to_int(double x) {
  check_finite_for_int(x);
  return BigInt::from_double(std::floor(x));
}

BigInt float_ceil_to_int(double x) {
  check_finite_for_int(x);
  return BigInt::from_double(std::ceil(x));
}

BigInt float_round_to_int(double x) {
  check_finite_for_int(x);
  // nearbyint rounds ties to even in the default rounding mode, which gilpy never
  // changes.
  return BigInt::from_double(std::nearbyint(x));
}

double float_round(double x, int64_t ndigits) {
  // Beyond these bounds every double is unchanged, or rounds to zero (CPython's
  // NDIGITS_MAX and NDIGITS_MIN for IEEE doubles).
  constexpr int64_t kMaxDigits = 323, kMinDigits = -308;
  if (!std::isfinite(x) || x == 0.0 || ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  int exp2;
  double frac = std::frexp(x, &exp2);
  BigInt num = BigInt::from_double(std::ldexp(frac, 53));  // x = num * 2**(exp2 - 53)
  BigInt den(1);
  int64_t e = exp2 - 53;
  if (e >= 0) {
    num = num << static_cast<uint64_t>(e);
  } else {
    den = den << static_cast<uint64_t>(-e);
  }
  BigInt scale = BigInt::pow(10, static_cast<uint64_t>(ndigits >= 0 ? ndigits : -ndigits));
  double result;
  try {
    if (ndigits >= 0) {
      BigInt q = divide_round_half_even(num * scale, den);
      result = BigInt::true_divide(q, scale);
    } else {
      BigInt q = divide_round_half_even(num, den * scale);
      result = (q * scale).to_double();
    }
  } catch (const std::overflow_error&) {
    throw std::overflow_error("rounded value too large to represent");
  }
  return std::copysign(result, x);  // a result of zero keeps x's sign
}

std::partial_ordering compare_bigint_double(const BigInt& n, double x) {
  if (std::isnan(x)) return std::partial_ordering::unordered;
  if (std::isinf(x)) return x > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
  if (n.bit_length() <= 53) {
    auto nd = static_cast<double>(n.to_int64());  // exact
    return nd <=> x;
  }
  double f = std::floor(x);
  auto c = n <=> BigInt::from_double(f);
  if (c != 0) return c;
  return f == x ? std::partial_ordering::equivalent : std::partial_ordering::less;
}

std::partial_ordering compare_int64_double(int64_t n, double x) {
  constexpr int64_t kExact = int64_t{1} << 53;
  if (n >= -kExact && n <= kExact) return static_cast<double>(n) <=> x;
  return compare_bigint_double(BigInt(n), x);
}

}  // namespace gilpy
