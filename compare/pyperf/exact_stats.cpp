// Exact statistics over doubles with big-integer arithmetic.
//
// Design: every finite double is m·2^e with an integer m of at most 53 bits. Aligning all
// values to the smallest exponent e_min turns the sum into an integer S (boost cpp_int), so
//   mean     = S / n            · 2^e_min
//   variance = (n·ΣX² − S²) / (n·(n−1)) · 2^(2·e_min)      (X = aligned integers)
// are exact rationals. `round_to_double` then takes a quotient with at least 55 significant
// bits plus a sticky bit and rounds to nearest-even once — the same answer as CPython's
// Fraction-based statistics.mean/stdev (3.11+) and math.fsum.
#include "compare/pyperf/exact_stats.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

namespace gilbench::compare::pyperf {
namespace {

using boost::multiprecision::cpp_int;

struct Aligned {
  std::vector<cpp_int> integers;  // X_i, with value_i = X_i · 2^exponent
  int exponent = 0;
};

Aligned align(std::span<const double> values) {
  Aligned out;
  int min_exponent = INT_MAX;
  std::vector<std::pair<std::int64_t, int>> parts;
  parts.reserve(values.size());
  for (double v : values) {
    if (v == 0.0) {
      parts.emplace_back(0, 0);
      continue;
    }
    int e = 0;
    const double fraction = std::frexp(v, &e);  // v = fraction · 2^e, 0.5 <= |fraction| < 1
    const auto mantissa = static_cast<std::int64_t>(std::ldexp(fraction, 53));
    parts.emplace_back(mantissa, e - 53);
    min_exponent = std::min(min_exponent, e - 53);
  }
  if (min_exponent == INT_MAX) min_exponent = 0;
  out.exponent = min_exponent;
  out.integers.reserve(parts.size());
  for (const auto& [mantissa, e] : parts) {
    cpp_int x = mantissa;
    if (mantissa != 0) x <<= static_cast<unsigned>(e - min_exponent);
    out.integers.push_back(std::move(x));
  }
  return out;
}

std::int64_t bit_length(const cpp_int& x) {
  return x == 0 ? 0 : static_cast<std::int64_t>(boost::multiprecision::msb(x)) + 1;
}

// Rounds q·2^exponent (q > 0, `sticky` = the true value is slightly above) to a double,
// nearest-even, with gradual underflow.
double round_scaled(cpp_int q, bool sticky, std::int64_t exponent) {
  std::int64_t drop = std::max<std::int64_t>(bit_length(q) - 53, 0);
  drop = std::max<std::int64_t>(drop, -1074 - exponent);  // subnormal results keep fewer bits
  if (drop > 0) {
    const bool half = boost::multiprecision::bit_test(q, static_cast<unsigned>(drop - 1));
    cpp_int below = q & ((cpp_int(1) << static_cast<unsigned>(drop - 1)) - 1);
    sticky = sticky || below != 0;
    q >>= static_cast<unsigned>(drop);
    if (half && (sticky || boost::multiprecision::bit_test(q, 0))) ++q;
    exponent += drop;
  }
  const double kept = q.convert_to<double>();  // at most 2^53: exact
  if (exponent > INT_MAX / 2) return HUGE_VAL;
  if (exponent < INT_MIN / 2) return 0.0;
  return std::ldexp(kept, static_cast<int>(exponent));
}

// numerator/denominator · 2^exponent rounded once (numerator may be negative).
double round_rational(cpp_int numerator, const cpp_int& denominator, std::int64_t exponent) {
  if (numerator == 0) return 0.0;
  const bool negative = numerator < 0;
  if (negative) numerator = -numerator;
  // Scale so the integer quotient has at least 55 bits.
  const std::int64_t shift =
      std::max<std::int64_t>(0, 56 - (bit_length(numerator) - bit_length(denominator)));
  numerator <<= static_cast<unsigned>(shift);
  cpp_int remainder;
  cpp_int quotient;
  boost::multiprecision::divide_qr(numerator, denominator, quotient, remainder);
  const double result = round_scaled(std::move(quotient), remainder != 0, exponent - shift);
  return negative ? -result : result;
}

cpp_int sum_of(const std::vector<cpp_int>& integers) {
  cpp_int total = 0;
  for (const cpp_int& x : integers) total += x;
  return total;
}

}  // namespace

double exact_sum(std::span<const double> values) {
  const Aligned aligned = align(values);
  return round_rational(sum_of(aligned.integers), 1, aligned.exponent);
}

double exact_mean(std::span<const double> values) {
  const Aligned aligned = align(values);
  return round_rational(sum_of(aligned.integers), cpp_int(values.size()), aligned.exponent);
}

double exact_stdev(std::span<const double> values) {
  const Aligned aligned = align(values);
  const cpp_int n = values.size();
  cpp_int sum = 0, sum_squares = 0;
  for (const cpp_int& x : aligned.integers) {
    sum += x;
    sum_squares += x * x;
  }
  const cpp_int numerator = n * sum_squares - sum * sum;  // n·SS, >= 0
  const cpp_int denominator = n * (n - 1);
  if (numerator <= 0) return 0.0;
  // sqrt(numerator/denominator) · 2^exponent: scale by 4^t so the integer square root has at
  // least 55 bits, then round with a sticky bit for the discarded remainder.
  const std::int64_t excess = bit_length(numerator) - bit_length(denominator);
  const std::int64_t t = std::max<std::int64_t>(0, (112 - excess) / 2 + 1);
  cpp_int scaled = numerator << static_cast<unsigned>(2 * t);
  cpp_int quotient, remainder;
  boost::multiprecision::divide_qr(scaled, denominator, quotient, remainder);
  cpp_int root = boost::multiprecision::sqrt(quotient);
  const bool sticky = remainder != 0 || root * root != quotient;
  return round_scaled(std::move(root), sticky, aligned.exponent - t);
}

std::optional<std::int64_t> exact_integer_mean(std::span<const double> values) {
  if (values.empty()) return std::nullopt;
  cpp_int total = 0;
  for (double v : values) {
    if (std::floor(v) != v || std::fabs(v) > 9.0e15) return std::nullopt;
    total += static_cast<std::int64_t>(v);
  }
  const cpp_int n = values.size();
  if (total % n != 0) return std::nullopt;
  return static_cast<std::int64_t>(total / n);
}

}  // namespace gilbench::compare::pyperf
