// The math module's exact algorithms: CPython's libm error rules, logs of ints of
// any size, fsum, isqrt, gcd and factorial.
//
// Design note. fsum is Shewchuk's algorithm ("Adaptive Precision Floating-Point
// Arithmetic and Fast Robust Geometric Predicates", 1997) as the Python recipe
// msum() states it: a list of non-overlapping partials summed exactly, then added
// from the top with a check that makes round-half-even work across partials.
// Non-finite inputs are summed apart so that inf - inf can be reported.
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <vector>

#include "runtime/math_lib.hpp"

namespace gilpy {

namespace {

[[noreturn]] void domain_error() {
  throw std::invalid_argument("math domain error");
}

template <typename Fn>
double log_of_float(double x, Fn fn) {
  if (std::isnan(x) || (std::isinf(x) && x > 0)) return x;
  if (x <= 0) domain_error();
  return fn(x);
}

// log of an int: the plain double when it converts, else log(m) + log(2) * e.
template <typename Fn>
double log_of_int(const BigInt& n, Fn fn) {
  if (n.sign() <= 0) domain_error();
  try {
    return fn(n.to_double());
  } catch (const std::overflow_error&) {
    int64_t e;
    double m = n.to_double_scaled(&e);
    return fn(m) + fn(2.0) * static_cast<double>(e);
  }
}

BigInt product_range(uint64_t lo, uint64_t hi) {  // lo * (lo+1) * ... * hi
  if (lo > hi) return BigInt(1);
  if (hi - lo < 16) {
    BigInt r(1);
    for (uint64_t k = lo; k <= hi; ++k) r = r * BigInt(static_cast<int64_t>(k));
    return r;
  }
  uint64_t mid = lo + (hi - lo) / 2;  // balanced halves keep the multiplies even
  return product_range(lo, mid) * product_range(mid + 1, hi);
}

}  // namespace

double math_unary(double x, double (*fn)(double), bool can_overflow) {
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) throw std::overflow_error("math range error");
    domain_error();
  }
  return r;
}

double math_log(double x) {
  return log_of_float(x, [](double v) { return std::log(v); });
}
double math_log2(double x) {
  return log_of_float(x, [](double v) { return std::log2(v); });
}
double math_log10(double x) {
  return log_of_float(x, [](double v) { return std::log10(v); });
}
double math_log(const BigInt& n) {
  return log_of_int(n, [](double v) { return std::log(v); });
}
double math_log2(const BigInt& n) {
  return log_of_int(n, [](double v) { return std::log2(v); });
}
double math_log10(const BigInt& n) {
  return log_of_int(n, [](double v) { return std::log10(v); });
}

double fsum(std::span<const double> values) {
  std::vector<double> partials;
  double special_sum = 0.0;  // sum of the non-finite inputs
  double inf_sum = 0.0;      // sum of the infinite inputs: NaN means inf - inf
  for (double input : values) {
    double x = input;
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);  // exact: x + y == hi + lo
      if (lo != 0.0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (x == 0.0) continue;  // zeros are not kept, so fsum([-0.0]) is 0.0 as CPython
    partials.push_back(x);
    if (!std::isfinite(x)) {
      // A finite input overflowing the running sum is an error; inf and nan
      // inputs are set aside.
      if (std::isfinite(input)) throw std::overflow_error("intermediate overflow in fsum");
      if (std::isinf(input)) inf_sum += input;
      special_sum += input;
      partials.clear();
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) throw std::invalid_argument("-inf + inf in fsum");
    return special_sum;
  }
  size_t n = partials.size();
  double hi = 0.0;
  if (n == 0) return hi;
  hi = partials[--n];
  double lo = 0.0;
  while (n > 0) {  // add from the top until the sum stops being exact
    double x = hi;
    double y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo != 0.0) break;
  }
  // The rounding of hi + lo was half-even; if the next partial pushes the same way,
  // the true sum is not a tie and must round away from hi.
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    double y = lo * 2;
    double x = hi + y;
    if (y == x - hi) hi = x;
  }
  return hi;
}

BigInt isqrt(const BigInt& n) {
  if (n.is_negative()) throw std::invalid_argument("isqrt() argument must be nonnegative");
  if (n.is_zero()) return BigInt(0);
  // Newton's iteration from above: x = 2**ceil(bits/2) >= sqrt(n), decreasing to
  // floor(sqrt(n)).
  BigInt x = BigInt(1) << ((n.bit_length() + 1) / 2);
  while (true) {
    BigInt y = (x + n / x) >> 1;
    if (y >= x) return x;
    x = std::move(y);
  }
}

BigInt gcd(const BigInt& a, const BigInt& b) {
  BigInt x = a.abs(), y = b.abs();
  while (!y.is_zero()) {
    BigInt r = x % y;
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

int64_t gcd_int64(int64_t a, int64_t b) {
  uint64_t x = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  uint64_t y = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
  while (y != 0) {
    uint64_t r = x % y;
    x = y;
    y = r;
  }
  return static_cast<int64_t>(x);
}

BigInt factorial(uint64_t n) {
  return product_range(2, n);
}

}  // namespace gilpy
